package dev.readiness.rules.checklist;

import static dev.readiness.rules.checklist.OptionArea.DATA_PROTECTION;
import static dev.readiness.rules.checklist.OptionArea.IDENTITY;
import static dev.readiness.rules.checklist.OptionArea.LOGGING;
import static dev.readiness.rules.checklist.OptionArea.NETWORK;
import static dev.readiness.rules.checklist.OptionArea.REPORTING;
import static dev.readiness.rules.types.AzureTypes.BLOB_SERVICES;

import dev.readiness.api.ResourceType;
import dev.readiness.rules.checklist.OptionKind.CategoriesByType;
import dev.readiness.rules.checklist.OptionKind.Flag;
import dev.readiness.rules.checklist.OptionKind.Numbers;
import dev.readiness.rules.checklist.OptionKind.OneOf;
import dev.readiness.rules.checklist.OptionKind.Texts;
import dev.readiness.rules.checklist.OptionKind.Types;
import dev.readiness.rules.checklist.OptionKind.WholeNumber;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every option of the checklist, one row each: the only place an option's name, default, meaning
 * and accepted values are written. The builder checks values with it, the command line's options
 * file reads every row, and {@code docs/options.md} is generated from it.
 */
public final class OptionTable {
  /** Days a security log must be kept. */
  public static final Option<Integer> RETENTION_DAYS =
      new Option<>(
          "retentionDays",
          LOGGING,
          "Days a security log must be kept, along the chain resource → diagnostic setting →"
              + " destination (a workspace's or table's retention, or a storage account's"
              + " lifecycle rule). 365 is the year most investigations reach back and most"
              + " audit regimes ask for.",
          new WholeNumber(
              1, AzureNames.MOST_RETENTION_DAYS, "Azure Monitor keeps logs at most 12 years"),
          365);

  /** The most workspaces logs may be spread over and still count as central. */
  public static final Option<Integer> MAX_WORKSPACES =
      new Option<>(
          "maxWorkspaces",
          LOGGING,
          "The most Log Analytics workspaces the logs may be spread over and still count as"
              + " central (FR-LOG-05): beyond a few, an investigator no longer queries them"
              + " together.",
          new WholeNumber(1, Integer.MAX_VALUE, ""),
          3);

  /** The Defender for Cloud plans every subscription needs at Standard. */
  public static final Option<List<String>> REQUIRED_DEFENDER_PLANS =
      new Option<>(
          "requiredDefenderPlans",
          LOGGING,
          "The Defender for Cloud plans every subscription needs at Standard (FR-LOG-02). The"
              + " default covers the resources an intruder in the case study touches — servers,"
              + " storage, key vaults, the Resource Manager control plane, SQL, App Service and"
              + " containers — and Defender CSPM for attack paths; plans for services a tenant"
              + " does not use (AI, Api, CosmosDbs, OpenSourceRelationalDatabases,"
              + " SqlServerVirtualMachines) are left to add, and the legacy ContainerRegistry"
              + " and KubernetesService plans (replaced by Containers) and Dns (part of Defender"
              + " for Servers plan 2) are not asked for.",
          Texts.knownAs(false, "Defender plan", AzureNames.DEFENDER_PLANS),
          List.of(
              "VirtualMachines",
              "StorageAccounts",
              "KeyVaults",
              "Arm",
              "SqlServers",
              "AppServices",
              "Containers",
              "CloudPosture"));

  /** Break-glass accounts allowed standing privileged access. */
  public static final Option<List<String>> BREAK_GLASS_ACCOUNTS =
      new Option<>(
          "breakGlassAccounts",
          IDENTITY,
          "Break-glass accounts (object ids or user principal names) allowed standing privileged"
              + " access and left out of conditional access, as Microsoft advises for emergency"
              + " access accounts.",
          Texts.free(false),
          List.of());

  /** How many offending items a failure message lists. */
  public static final Option<Integer> LISTED_ITEMS_LIMIT =
      new Option<>(
          "listedItemsLimit",
          REPORTING,
          "How many offending items a failure message lists before it says \"and N more\".",
          new WholeNumber(1, Integer.MAX_VALUE, ""),
          10);

  /** The critical resource types and the log categories each must export. */
  public static final Option<Map<ResourceType, List<String>>> CRITICAL_RESOURCE_CATEGORIES =
      new Option<>(
          "criticalResourceCategories",
          LOGGING,
          "The critical resource types whose diagnostic logs must be exported (FR-LOG-03) and"
              + " kept (FR-LOG-06), each with its audit-relevant log categories. SQL databases"
              + " include `master`, which carries the server's audit; App Service deployment"
              + " slots serve code and traffic like their site and have the same resource logs;"
              + " function apps export `functionAppCategories` instead.",
          new CategoriesByType(),
          AzureNames.criticalLogCategories());

  /** The log categories a function app must export instead of the App Service ones. */
  public static final Option<List<String>> FUNCTION_APP_CATEGORIES =
      new Option<>(
          "functionAppCategories",
          LOGGING,
          "The log categories a function app (a site whose `kind` names `functionapp`) or its"
              + " deployment slot must export instead of the App Service ones: FunctionAppLogs"
              + " is the resource log of function apps.",
          Texts.free(true),
          List.of("FunctionAppLogs"));

  /** The Activity Log categories each subscription must export. */
  public static final Option<List<String>> ACTIVITY_LOG_CATEGORIES_REQUIRED =
      new Option<>(
          "activityLogCategories",
          LOGGING,
          "The Activity Log categories each subscription must export (FR-LOG-01): who changed"
              + " what (Administrative), Defender alerts (Security), policy decisions (Policy)"
              + " and fired alerts (Alert).",
          Texts.knownAs(true, "Activity Log category", AzureNames.ACTIVITY_LOG_CATEGORIES),
          List.of("Administrative", "Security", "Policy", "Alert"));

  /** The Entra ID log categories the tenant must export. */
  public static final Option<List<String>> ENTRA_LOG_CATEGORIES =
      new Option<>(
          "entraLogCategories",
          LOGGING,
          "The Entra ID log categories the tenant must export (FR-IAM-05): the directory's"
              + " changes and every kind of sign-in, by people, applications and managed"
              + " identities.",
          Texts.free(true),
          List.of(
              "AuditLogs",
              "SignInLogs",
              "NonInteractiveUserSignInLogs",
              "ServicePrincipalSignInLogs",
              "ManagedIdentitySignInLogs"));

  /** The Windows event logs a data collection rule must collect. */
  public static final Option<List<String>> WINDOWS_EVENT_LOGS =
      new Option<>(
          "windowsEventLogs",
          LOGGING,
          "The Windows event logs a data collection rule must collect from Windows machines"
              + " (FR-LOG-04): logons and privilege use (Security), services and drivers"
              + " (System).",
          Texts.free(true),
          List.of("Security", "System"));

  /** The Syslog facilities a data collection rule must collect. */
  public static final Option<List<String>> SYSLOG_FACILITIES_REQUIRED =
      new Option<>(
          "syslogFacilities",
          LOGGING,
          "The Syslog facilities a data collection rule must collect from Linux machines"
              + " (FR-LOG-04): authentication and privilege use.",
          Texts.knownAs(true, "Syslog facility", AzureNames.SYSLOG_FACILITIES),
          List.of("auth", "authpriv"));

  /** The storage services whose data-plane logs every storage account must export. */
  public static final Option<List<ResourceType>> LOGGED_STORAGE_SERVICES =
      new Option<>(
          "loggedStorageServices",
          LOGGING,
          "The storage services whose data-plane logs (StorageRead, StorageWrite,"
              + " StorageDelete) every storage account must export (FR-LOG-09). The blob"
              + " service only by default: configuration does not show whether file shares,"
              + " queues or tables hold data, so add their service types where they do.",
          new Types(true, AzureNames.STORAGE_SERVICES),
          List.of(BLOB_SERVICES));

  /** The most Owner and User Access Administrator assignments a subscription may have. */
  public static final Option<Integer> MAX_SUBSCRIPTION_OWNERS =
      new Option<>(
          "maxSubscriptionOwners",
          IDENTITY,
          "The most Owner and User Access Administrator assignments (together: either can make"
              + " itself Owner) a subscription may have at subscription or management-group"
              + " scope (FR-IAM-03).",
          new WholeNumber(1, Integer.MAX_VALUE, ""),
          3);

  /** The most Contributor assignments a subscription may have. */
  public static final Option<Integer> MAX_SUBSCRIPTION_CONTRIBUTORS =
      new Option<>(
          "maxSubscriptionContributors",
          IDENTITY,
          "The most Contributor assignments a subscription may have at subscription or"
              + " management-group scope (FR-IAM-03).",
          new WholeNumber(1, Integer.MAX_VALUE, ""),
          10);

  /** The longest a key may live before its rotation policy rotates it. */
  public static final Option<Integer> KEY_ROTATION_DAYS =
      new Option<>(
          "keyRotationDays",
          DATA_PROTECTION,
          "The longest a key may live before its rotation policy rotates it, in days"
              + " (FR-DATA-04): keys that encrypt evidence stores should rotate at least"
              + " yearly.",
          new WholeNumber(1, Integer.MAX_VALUE, ""),
          365);

  /** The oldest a VM's newest restore point may be. */
  public static final Option<Integer> RESTORE_POINT_MAX_AGE_DAYS =
      new Option<>(
          "restorePointMaxAgeDays",
          DATA_PROTECTION,
          "The oldest the newest restore point of a VM may be and still count as disk evidence,"
              + " in days (FR-DATA-07).",
          new WholeNumber(1, Integer.MAX_VALUE, ""),
          7);

  /** The lowest TLS version data services may accept. */
  public static final Option<String> MINIMUM_TLS_VERSION =
      new Option<>(
          "minimumTlsVersion",
          DATA_PROTECTION,
          "The lowest TLS version data services may accept (FR-DATA-02).",
          new OneOf(List.of("1.0", "1.1", "1.2", "1.3")),
          "1.2");

  /** Whether storage accounts need infrastructure (double) encryption. */
  public static final Option<Boolean> REQUIRE_STORAGE_INFRASTRUCTURE_ENCRYPTION =
      new Option<>(
          "requireStorageInfrastructureEncryption",
          DATA_PROTECTION,
          "Whether storage accounts need infrastructure (double) encryption (FR-DATA-01). Off by"
              + " default: it can only be chosen when an account is created.",
          new Flag(),
          false);

  /** Whether storage accounts need customer-managed keys. */
  public static final Option<Boolean> REQUIRE_STORAGE_CUSTOMER_MANAGED_KEYS =
      new Option<>(
          "requireStorageCustomerManagedKeys",
          DATA_PROTECTION,
          "Whether storage accounts need customer-managed keys (FR-DATA-01).",
          new Flag(),
          false);

  /** Whether managed disks need more than platform-managed keys. */
  public static final Option<Boolean> REQUIRE_DISK_CUSTOMER_MANAGED_KEYS_OR_ENCRYPTION_AT_HOST =
      new Option<>(
          "requireDiskCustomerManagedKeysOrEncryptionAtHost",
          DATA_PROTECTION,
          "Whether managed disks need more than the platform-managed keys every disk is"
              + " encrypted with: a disk encryption set (customer-managed keys), encryption at"
              + " host on their VM, or Azure Disk Encryption (FR-DATA-01). Off by default:"
              + " platform-managed server-side encryption already encrypts every disk at rest.",
          new Flag(),
          false);

  /** The TCP ports of remote management that must not be open to the Internet. */
  public static final Option<List<Integer>> MANAGEMENT_PORTS =
      new Option<>(
          "managementPorts",
          NETWORK,
          "The TCP ports of remote management that must not be open to the Internet (FR-NET-01,"
              + " FR-NET-03): SSH, RDP and WinRM over HTTP and HTTPS.",
          new Numbers(false, 1, 65535, "TCP ports"),
          List.of(22, 3389, 5985, 5986));

  /** The privileged roles that need just-in-time access. */
  public static final Option<List<String>> PRIVILEGED_ROLE_IDS =
      new Option<>(
          "privilegedRoleIds",
          IDENTITY,
          "The privileged roles that need just-in-time access (FR-IAM-04) and whose assignments"
              + " are reviewed (FR-IAM-02): Entra role template ids and Azure role definition"
              + " ids. The default names the roles that can grant themselves or others any"
              + " access.",
          Texts.guidsOf(true),
          List.of(
              WellKnownRoles.GLOBAL_ADMINISTRATOR,
              WellKnownRoles.PRIVILEGED_ROLE_ADMINISTRATOR,
              WellKnownRoles.PRIVILEGED_AUTHENTICATION_ADMINISTRATOR,
              WellKnownRoles.SECURITY_ADMINISTRATOR,
              WellKnownRoles.CONDITIONAL_ACCESS_ADMINISTRATOR,
              WellKnownRoles.USER_ADMINISTRATOR,
              WellKnownRoles.APPLICATION_ADMINISTRATOR,
              WellKnownRoles.OWNER,
              WellKnownRoles.USER_ACCESS_ADMINISTRATOR,
              WellKnownRoles.RBAC_ADMINISTRATOR));

  /** The highest roles whose activation needs approval. */
  public static final Option<List<String>> APPROVAL_REQUIRED_ROLE_IDS =
      new Option<>(
          "approvalRequiredRoleIds",
          IDENTITY,
          "The highest roles whose activation needs approval (FR-IAM-04), as Azure role"
              + " definition ids: by default the two that can make themselves Owner of"
              + " everything below their scope.",
          Texts.guidsOf(false),
          List.of(WellKnownRoles.OWNER, WellKnownRoles.USER_ACCESS_ADMINISTRATOR));

  private static final List<Option<?>> ROWS =
      List.of(
          RETENTION_DAYS,
          MAX_WORKSPACES,
          REQUIRED_DEFENDER_PLANS,
          CRITICAL_RESOURCE_CATEGORIES,
          FUNCTION_APP_CATEGORIES,
          ACTIVITY_LOG_CATEGORIES_REQUIRED,
          ENTRA_LOG_CATEGORIES,
          WINDOWS_EVENT_LOGS,
          SYSLOG_FACILITIES_REQUIRED,
          LOGGED_STORAGE_SERVICES,
          BREAK_GLASS_ACCOUNTS,
          MAX_SUBSCRIPTION_OWNERS,
          MAX_SUBSCRIPTION_CONTRIBUTORS,
          PRIVILEGED_ROLE_IDS,
          APPROVAL_REQUIRED_ROLE_IDS,
          KEY_ROTATION_DAYS,
          RESTORE_POINT_MAX_AGE_DAYS,
          MINIMUM_TLS_VERSION,
          REQUIRE_STORAGE_INFRASTRUCTURE_ENCRYPTION,
          REQUIRE_STORAGE_CUSTOMER_MANAGED_KEYS,
          REQUIRE_DISK_CUSTOMER_MANAGED_KEYS_OR_ENCRYPTION_AT_HOST,
          MANAGEMENT_PORTS,
          LISTED_ITEMS_LIMIT);

  private static final Map<String, Option<?>> BY_NAME = byName();

  private OptionTable() {}

  /** Every option, grouped by area in the order the docs list them. */
  public static List<Option<?>> rows() {
    return ROWS;
  }

  /** The option named {@code name}, spelled exactly. */
  public static Optional<Option<?>> find(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  /**
   * The option named {@code name}.
   *
   * @throws IllegalArgumentException naming the unknown option and the nearest known name
   */
  public static Option<?> named(String name) {
    return find(name)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown option '"
                        + name
                        + "'; "
                        + Suggestions.nearest(name, BY_NAME.keySet())
                            .map(near -> "did you mean \"" + near + "\"?")
                            .orElse("the options are listed in docs/options.md.")));
  }

  private static Map<String, Option<?>> byName() {
    Map<String, Option<?>> byName = new LinkedHashMap<>();
    for (Option<?> option : ROWS) {
      if (byName.put(option.name(), option) != null) {
        throw new IllegalStateException("Option '" + option.name() + "' is listed twice.");
      }
    }
    return byName;
  }
}
