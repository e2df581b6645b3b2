package dev.readiness.rules.checklist;

import static dev.readiness.rules.types.AzureTypes.AKS_CLUSTERS;
import static dev.readiness.rules.types.AzureTypes.APPLICATION_GATEWAYS;
import static dev.readiness.rules.types.AzureTypes.AUTOMATION_ACCOUNTS;
import static dev.readiness.rules.types.AzureTypes.AZURE_FIREWALLS;
import static dev.readiness.rules.types.AzureTypes.BLOB_SERVICES;
import static dev.readiness.rules.types.AzureTypes.CONTAINER_REGISTRIES;
import static dev.readiness.rules.types.AzureTypes.COSMOS_DB_ACCOUNTS;
import static dev.readiness.rules.types.AzureTypes.EVENT_HUB_NAMESPACES;
import static dev.readiness.rules.types.AzureTypes.FRONT_DOORS;
import static dev.readiness.rules.types.AzureTypes.KEY_VAULTS;
import static dev.readiness.rules.types.AzureTypes.LOGIC_WORKFLOWS;
import static dev.readiness.rules.types.AzureTypes.NETWORK_SECURITY_GROUPS;
import static dev.readiness.rules.types.AzureTypes.PUBLIC_IP_ADDRESSES;
import static dev.readiness.rules.types.AzureTypes.RECOVERY_SERVICES_VAULTS;
import static dev.readiness.rules.types.AzureTypes.SERVICE_BUS_NAMESPACES;
import static dev.readiness.rules.types.AzureTypes.SQL_DATABASES;
import static dev.readiness.rules.types.AzureTypes.WEB_SITES;
import static dev.readiness.rules.types.AzureTypes.WEB_SITE_SLOTS;

import dev.readiness.api.Resource;
import dev.readiness.api.ResourceType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The thresholds of the built-in checklist, in one typed, immutable object. Every field has a
 * documented default; override what your organisation decides differently:
 *
 * <pre>{@code
 * ChecklistOptions options = ChecklistOptions.defaults().toBuilder().retentionDays(730).build();
 * List<Rule> rules = BuiltInRules.all(options);
 * }</pre>
 */
public final class ChecklistOptions {
  private final int retentionDays;
  private final int maxWorkspaces;
  private final List<String> requiredDefenderPlans;
  private final List<String> breakGlassAccounts;
  private final int listedItemsLimit;
  private final Map<ResourceType, List<String>> criticalResourceCategories;
  private final List<String> functionAppCategories;
  private final List<String> activityLogCategories;
  private final List<String> entraLogCategories;
  private final List<String> windowsEventLogs;
  private final List<String> syslogFacilities;
  private final List<ResourceType> loggedStorageServices;
  private final int maxSubscriptionOwners;
  private final int maxSubscriptionContributors;
  private final int keyRotationDays;
  private final int restorePointMaxAgeDays;
  private final String minimumTlsVersion;
  private final boolean requireStorageInfrastructureEncryption;
  private final boolean requireStorageCustomerManagedKeys;
  private final boolean requireDiskCustomerManagedKeysOrEncryptionAtHost;
  private final List<Integer> managementPorts;
  private final List<String> privilegedRoleIds;
  private final List<String> approvalRequiredRoleIds;

  private ChecklistOptions(Builder builder) {
    this.retentionDays = builder.retentionDays;
    this.maxWorkspaces = builder.maxWorkspaces;
    this.requiredDefenderPlans = List.copyOf(builder.requiredDefenderPlans);
    this.breakGlassAccounts = List.copyOf(builder.breakGlassAccounts);
    this.listedItemsLimit = builder.listedItemsLimit;
    this.maxSubscriptionOwners = builder.maxSubscriptionOwners;
    this.maxSubscriptionContributors = builder.maxSubscriptionContributors;
    this.keyRotationDays = builder.keyRotationDays;
    this.restorePointMaxAgeDays = builder.restorePointMaxAgeDays;
    this.minimumTlsVersion = builder.minimumTlsVersion;
    this.requireStorageInfrastructureEncryption = builder.requireStorageInfrastructureEncryption;
    this.requireStorageCustomerManagedKeys = builder.requireStorageCustomerManagedKeys;
    this.requireDiskCustomerManagedKeysOrEncryptionAtHost =
        builder.requireDiskCustomerManagedKeysOrEncryptionAtHost;
    this.managementPorts = List.copyOf(builder.managementPorts);
    this.privilegedRoleIds = List.copyOf(builder.privilegedRoleIds);
    this.approvalRequiredRoleIds = List.copyOf(builder.approvalRequiredRoleIds);
    this.criticalResourceCategories = copy(builder.criticalResourceCategories);
    this.functionAppCategories = List.copyOf(builder.functionAppCategories);
    this.activityLogCategories = List.copyOf(builder.activityLogCategories);
    this.entraLogCategories = List.copyOf(builder.entraLogCategories);
    this.windowsEventLogs = List.copyOf(builder.windowsEventLogs);
    this.syslogFacilities = List.copyOf(builder.syslogFacilities);
    this.loggedStorageServices = List.copyOf(builder.loggedStorageServices);
  }

  private static Map<ResourceType, List<String>> copy(Map<ResourceType, List<String>> map) {
    Map<ResourceType, List<String>> sorted = new TreeMap<>();
    map.forEach((type, categories) -> sorted.put(type, List.copyOf(categories)));
    return Collections.unmodifiableMap(sorted);
  }

  /** The defaults documented on each accessor. */
  public static ChecklistOptions defaults() {
    return new Builder().build();
  }

  /** A builder starting from these options. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Days a security log must be kept, along the chain resource → diagnostic setting → destination.
   * Default 365.
   */
  public int retentionDays() {
    return retentionDays;
  }

  /**
   * The most Log Analytics workspaces logs may be spread over and still count as central. Default
   * 3.
   */
  public int maxWorkspaces() {
    return maxWorkspaces;
  }

  /**
   * The Defender for Cloud plans every subscription needs at Standard. Default VirtualMachines,
   * StorageAccounts, KeyVaults, Arm, SqlServers, AppServices, Containers, CloudPosture.
   */
  public List<String> requiredDefenderPlans() {
    return requiredDefenderPlans;
  }

  /**
   * Break-glass accounts (object ids or user principal names) allowed standing privileged access.
   * Default none.
   */
  public List<String> breakGlassAccounts() {
    return breakGlassAccounts;
  }

  /** How many offending items a failure message lists before it says "and N more". Default 10. */
  public int listedItemsLimit() {
    return listedItemsLimit;
  }

  /**
   * The critical resource types whose diagnostic logs must be exported (FR-LOG-03), each with its
   * audit-relevant log categories, sorted by type. Default: Key Vault (AuditEvent); NSG
   * (NetworkSecurityGroupEvent, NetworkSecurityGroupRuleCounter); SQL database, including {@code
   * master}, which carries the server's audit (SQLSecurityAuditEvents); App Service
   * (AppServiceHTTPLogs, AppServiceAuditLogs; function apps export {@link #functionAppCategories()}
   * instead), and the same for App Service deployment slots, which serve code and traffic like
   * their site and have the same resource logs
   * (https://learn.microsoft.com/azure/azure-monitor/reference/supported-logs/microsoft-web-sites-slots-logs);
   * AKS (kube-audit-admin); Azure Firewall (AZFWNetworkRule, AZFWApplicationRule); Application
   * Gateway (ApplicationGatewayAccessLog, ApplicationGatewayFirewallLog); Front Door classic
   * (FrontdoorAccessLog, FrontdoorWebApplicationFirewallLog); Logic Apps (WorkflowRuntime); Event
   * Hubs and Service Bus namespaces (OperationalLogs); Cosmos DB (DataPlaneRequests,
   * ControlPlaneRequests); Container Registry (ContainerRegistryLoginEvents,
   * ContainerRegistryRepositoryEvents); Recovery Services vault (CoreAzureBackup,
   * AddonAzureBackupJobs); Automation account (AuditEvent, JobLogs); public IP address
   * (DDoSProtectionNotifications, DDoSMitigationFlowLogs).
   */
  public Map<ResourceType, List<String>> criticalResourceCategories() {
    return criticalResourceCategories;
  }

  /**
   * The log categories a function app ({@code Microsoft.Web/sites} whose {@code kind} names {@code
   * functionapp}) must export instead of the App Service ones. Default FunctionAppLogs, the
   * resource log of function apps
   * (https://learn.microsoft.com/azure/azure-functions/monitor-functions-reference#resource-logs).
   */
  public List<String> functionAppCategories() {
    return functionAppCategories;
  }

  /**
   * The categories {@code resource}, of the critical type {@code type}, must export: those of
   * {@link #criticalResourceCategories()} for its type, or {@link #functionAppCategories()} for a
   * function app or a function app's deployment slot (a slot's {@code kind} names {@code
   * functionapp} like its site's); empty when the type is not critical.
   */
  public List<String> criticalCategoriesOf(Resource resource, ResourceType type) {
    if ((type.equals(WEB_SITES) || type.equals(WEB_SITE_SLOTS)) && isFunctionApp(resource)) {
      return functionAppCategories;
    }
    return criticalResourceCategories.getOrDefault(type, List.of());
  }

  /**
   * True when the site's {@code kind} (a comma-separated list such as {@code functionapp,linux} or
   * {@code app,linux,container}) names {@code functionapp}.
   */
  private static boolean isFunctionApp(Resource resource) {
    for (String token : resource.kind().orElse("").split(",")) {
      if (token.trim().toLowerCase(Locale.ROOT).equals("functionapp")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The Activity Log categories each subscription must export (FR-LOG-01). Default Administrative,
   * Security, Policy, Alert.
   */
  public List<String> activityLogCategories() {
    return activityLogCategories;
  }

  /**
   * The Entra ID log categories the tenant must export (FR-IAM-05). Default AuditLogs, SignInLogs,
   * NonInteractiveUserSignInLogs, ServicePrincipalSignInLogs, ManagedIdentitySignInLogs.
   */
  public List<String> entraLogCategories() {
    return entraLogCategories;
  }

  /**
   * The Windows event logs a data collection rule must collect from Windows machines (FR-LOG-04).
   * Default Security, System.
   */
  public List<String> windowsEventLogs() {
    return windowsEventLogs;
  }

  /**
   * The Syslog facilities a data collection rule must collect from Linux machines (FR-LOG-04).
   * Default auth, authpriv.
   */
  public List<String> syslogFacilities() {
    return syslogFacilities;
  }

  /**
   * The storage services whose data-plane logs (StorageRead, StorageWrite, StorageDelete) every
   * storage account must export (FR-LOG-09). Default the blob service only: configuration does not
   * show whether file shares, queues or tables hold data, so add their service types where they do.
   */
  public List<ResourceType> loggedStorageServices() {
    return loggedStorageServices;
  }

  /**
   * The most Owner and User Access Administrator assignments (together: either can make itself
   * Owner) a subscription may have at subscription or management-group scope. Default 3.
   */
  public int maxSubscriptionOwners() {
    return maxSubscriptionOwners;
  }

  /**
   * The most Contributor assignments a subscription may have at subscription or management-group
   * scope. Default 10.
   */
  public int maxSubscriptionContributors() {
    return maxSubscriptionContributors;
  }

  /**
   * The longest a key may live before its rotation policy rotates it, in days. Default 365 (keys
   * used to encrypt evidence stores should rotate at least yearly).
   */
  public int keyRotationDays() {
    return keyRotationDays;
  }

  /**
   * The oldest the newest restore point of a VM may be and still count as disk evidence, in days.
   * Default 7.
   */
  public int restorePointMaxAgeDays() {
    return restorePointMaxAgeDays;
  }

  /** The lowest TLS version data services may accept, as {@code "1.2"}. Default {@code "1.2"}. */
  public String minimumTlsVersion() {
    return minimumTlsVersion;
  }

  /**
   * Whether storage accounts need infrastructure (double) encryption. Default false: it can only be
   * chosen when an account is created.
   */
  public boolean requireStorageInfrastructureEncryption() {
    return requireStorageInfrastructureEncryption;
  }

  /** Whether storage accounts need customer-managed keys. Default false. */
  public boolean requireStorageCustomerManagedKeys() {
    return requireStorageCustomerManagedKeys;
  }

  /**
   * Whether managed disks need more than the platform-managed keys every disk is encrypted with: a
   * disk encryption set (customer-managed keys), encryption at host on their VM, or Azure Disk
   * Encryption. Default false: platform-managed server-side encryption already encrypts every disk
   * at rest.
   */
  public boolean requireDiskCustomerManagedKeysOrEncryptionAtHost() {
    return requireDiskCustomerManagedKeysOrEncryptionAtHost;
  }

  /**
   * The TCP ports of remote management that must not be open to the Internet. Default 22 (SSH),
   * 3389 (RDP), 5985 and 5986 (WinRM).
   */
  public List<Integer> managementPorts() {
    return managementPorts;
  }

  /**
   * The privileged roles that need just-in-time access: Entra role template ids and Azure role
   * definition ids (lower case). Default Global Administrator, Privileged Role Administrator,
   * Privileged Authentication Administrator, Security Administrator, Conditional Access
   * Administrator, User Administrator, Application Administrator, Owner, User Access Administrator
   * and Role Based Access Control Administrator.
   */
  public List<String> privilegedRoleIds() {
    return privilegedRoleIds;
  }

  /**
   * The highest roles whose activation needs approval (Azure role definition ids, lower case).
   * Default Owner and User Access Administrator.
   */
  public List<String> approvalRequiredRoleIds() {
    return approvalRequiredRoleIds;
  }

  /** Builds {@link ChecklistOptions}; {@link #build()} validates the values. */
  public static final class Builder {
    private int retentionDays = 365;
    private int maxWorkspaces = 3;
    private List<String> requiredDefenderPlans =
        List.of(
            "VirtualMachines",
            "StorageAccounts",
            "KeyVaults",
            "Arm",
            "SqlServers",
            "AppServices",
            "Containers",
            "CloudPosture");
    private List<String> breakGlassAccounts = List.of();
    private int listedItemsLimit = 10;
    private Map<ResourceType, List<String>> criticalResourceCategories = defaultCriticalTypes();
    private List<String> functionAppCategories = List.of("FunctionAppLogs");
    private List<String> activityLogCategories =
        List.of("Administrative", "Security", "Policy", "Alert");
    private List<String> entraLogCategories =
        List.of(
            "AuditLogs",
            "SignInLogs",
            "NonInteractiveUserSignInLogs",
            "ServicePrincipalSignInLogs",
            "ManagedIdentitySignInLogs");
    private List<String> windowsEventLogs = List.of("Security", "System");
    private List<String> syslogFacilities = List.of("auth", "authpriv");
    private List<ResourceType> loggedStorageServices = List.of(BLOB_SERVICES);
    private int maxSubscriptionOwners = 3;
    private int maxSubscriptionContributors = 10;
    private int keyRotationDays = 365;
    private int restorePointMaxAgeDays = 7;
    private String minimumTlsVersion = "1.2";
    private boolean requireStorageInfrastructureEncryption;
    private boolean requireStorageCustomerManagedKeys;
    private boolean requireDiskCustomerManagedKeysOrEncryptionAtHost;
    private List<Integer> managementPorts = List.of(22, 3389, 5985, 5986);
    private List<String> privilegedRoleIds =
        List.of(
            "62e90394-69f5-4237-9190-012177145e10", // Global Administrator
            "e8611ab8-c189-46e8-94e1-60213ab1f814", // Privileged Role Administrator
            "7be44c8a-adaf-4e2a-84d6-ab2649e08a13", // Privileged Authentication Administrator
            "194ae4cb-b126-40b2-bd5b-6091b380977d", // Security Administrator
            "b1be1c3e-b65d-4f19-8427-f6fa0d97feb9", // Conditional Access Administrator
            "fe930be7-5e62-47db-91af-98c3a49a38b1", // User Administrator
            "9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3", // Application Administrator
            "8e3af657-a8ff-443c-a75c-2fe8c4bcb635", // Owner
            "18d7d88d-d35e-4fb5-a5c3-7773c20a72d9", // User Access Administrator
            "f58310d9-a9f6-439a-9e8d-f62e7b41a168"); // Role Based Access Control Administrator
    private List<String> approvalRequiredRoleIds =
        List.of(
            "8e3af657-a8ff-443c-a75c-2fe8c4bcb635", // Owner
            "18d7d88d-d35e-4fb5-a5c3-7773c20a72d9"); // User Access Administrator

    private Builder() {}

    private static Map<ResourceType, List<String>> defaultCriticalTypes() {
      Map<ResourceType, List<String>> types = new TreeMap<>();
      types.put(KEY_VAULTS, List.of("AuditEvent"));
      types.put(
          NETWORK_SECURITY_GROUPS,
          List.of("NetworkSecurityGroupEvent", "NetworkSecurityGroupRuleCounter"));
      types.put(SQL_DATABASES, List.of("SQLSecurityAuditEvents"));
      types.put(WEB_SITES, List.of("AppServiceHTTPLogs", "AppServiceAuditLogs"));
      types.put(WEB_SITE_SLOTS, List.of("AppServiceHTTPLogs", "AppServiceAuditLogs"));
      types.put(AKS_CLUSTERS, List.of("kube-audit-admin"));
      types.put(AZURE_FIREWALLS, List.of("AZFWNetworkRule", "AZFWApplicationRule"));
      types.put(
          APPLICATION_GATEWAYS,
          List.of("ApplicationGatewayAccessLog", "ApplicationGatewayFirewallLog"));
      types.put(FRONT_DOORS, List.of("FrontdoorAccessLog", "FrontdoorWebApplicationFirewallLog"));
      types.put(LOGIC_WORKFLOWS, List.of("WorkflowRuntime"));
      types.put(EVENT_HUB_NAMESPACES, List.of("OperationalLogs"));
      types.put(SERVICE_BUS_NAMESPACES, List.of("OperationalLogs"));
      types.put(COSMOS_DB_ACCOUNTS, List.of("DataPlaneRequests", "ControlPlaneRequests"));
      types.put(
          CONTAINER_REGISTRIES,
          List.of("ContainerRegistryLoginEvents", "ContainerRegistryRepositoryEvents"));
      types.put(RECOVERY_SERVICES_VAULTS, List.of("CoreAzureBackup", "AddonAzureBackupJobs"));
      types.put(AUTOMATION_ACCOUNTS, List.of("AuditEvent", "JobLogs"));
      types.put(
          PUBLIC_IP_ADDRESSES, List.of("DDoSProtectionNotifications", "DDoSMitigationFlowLogs"));
      return types;
    }

    private Builder(ChecklistOptions options) {
      this.retentionDays = options.retentionDays;
      this.maxWorkspaces = options.maxWorkspaces;
      this.requiredDefenderPlans = options.requiredDefenderPlans;
      this.breakGlassAccounts = options.breakGlassAccounts;
      this.listedItemsLimit = options.listedItemsLimit;
      this.criticalResourceCategories = options.criticalResourceCategories;
      this.functionAppCategories = options.functionAppCategories;
      this.activityLogCategories = options.activityLogCategories;
      this.entraLogCategories = options.entraLogCategories;
      this.windowsEventLogs = options.windowsEventLogs;
      this.syslogFacilities = options.syslogFacilities;
      this.loggedStorageServices = options.loggedStorageServices;
      this.maxSubscriptionOwners = options.maxSubscriptionOwners;
      this.maxSubscriptionContributors = options.maxSubscriptionContributors;
      this.keyRotationDays = options.keyRotationDays;
      this.restorePointMaxAgeDays = options.restorePointMaxAgeDays;
      this.minimumTlsVersion = options.minimumTlsVersion;
      this.requireStorageInfrastructureEncryption = options.requireStorageInfrastructureEncryption;
      this.requireStorageCustomerManagedKeys = options.requireStorageCustomerManagedKeys;
      this.requireDiskCustomerManagedKeysOrEncryptionAtHost =
          options.requireDiskCustomerManagedKeysOrEncryptionAtHost;
      this.managementPorts = options.managementPorts;
      this.privilegedRoleIds = options.privilegedRoleIds;
      this.approvalRequiredRoleIds = options.approvalRequiredRoleIds;
    }

    /** See {@link ChecklistOptions#retentionDays()}. */
    public Builder retentionDays(int days) {
      this.retentionDays = days;
      return this;
    }

    /** See {@link ChecklistOptions#maxWorkspaces()}. */
    public Builder maxWorkspaces(int count) {
      this.maxWorkspaces = count;
      return this;
    }

    /** See {@link ChecklistOptions#requiredDefenderPlans()}. */
    public Builder requiredDefenderPlans(Collection<String> plans) {
      this.requiredDefenderPlans =
          new ArrayList<>(Objects.requireNonNull(plans, "'plans' cannot be null."));
      return this;
    }

    /** See {@link ChecklistOptions#breakGlassAccounts()}. */
    public Builder breakGlassAccounts(Collection<String> accounts) {
      this.breakGlassAccounts =
          new ArrayList<>(Objects.requireNonNull(accounts, "'accounts' cannot be null."));
      return this;
    }

    /** See {@link ChecklistOptions#listedItemsLimit()}. */
    public Builder listedItemsLimit(int limit) {
      this.listedItemsLimit = limit;
      return this;
    }

    /** See {@link ChecklistOptions#maxSubscriptionOwners()}. */
    public Builder maxSubscriptionOwners(int count) {
      this.maxSubscriptionOwners = count;
      return this;
    }

    /** See {@link ChecklistOptions#maxSubscriptionContributors()}. */
    public Builder maxSubscriptionContributors(int count) {
      this.maxSubscriptionContributors = count;
      return this;
    }

    /** See {@link ChecklistOptions#keyRotationDays()}. */
    public Builder keyRotationDays(int days) {
      this.keyRotationDays = days;
      return this;
    }

    /** See {@link ChecklistOptions#restorePointMaxAgeDays()}. */
    public Builder restorePointMaxAgeDays(int days) {
      this.restorePointMaxAgeDays = days;
      return this;
    }

    /** See {@link ChecklistOptions#minimumTlsVersion()}; one of 1.0, 1.1, 1.2, 1.3. */
    public Builder minimumTlsVersion(String version) {
      this.minimumTlsVersion = Objects.requireNonNull(version, "'version' cannot be null.");
      return this;
    }

    /** See {@link ChecklistOptions#requireStorageInfrastructureEncryption()}. */
    public Builder requireStorageInfrastructureEncryption(boolean required) {
      this.requireStorageInfrastructureEncryption = required;
      return this;
    }

    /** See {@link ChecklistOptions#requireStorageCustomerManagedKeys()}. */
    public Builder requireStorageCustomerManagedKeys(boolean required) {
      this.requireStorageCustomerManagedKeys = required;
      return this;
    }

    /** See {@link ChecklistOptions#requireDiskCustomerManagedKeysOrEncryptionAtHost()}. */
    public Builder requireDiskCustomerManagedKeysOrEncryptionAtHost(boolean required) {
      this.requireDiskCustomerManagedKeysOrEncryptionAtHost = required;
      return this;
    }

    /** See {@link ChecklistOptions#managementPorts()}. */
    public Builder managementPorts(Collection<Integer> ports) {
      this.managementPorts =
          new ArrayList<>(Objects.requireNonNull(ports, "'ports' cannot be null."));
      return this;
    }

    /** See {@link ChecklistOptions#privilegedRoleIds()}. */
    public Builder privilegedRoleIds(Collection<String> roleIds) {
      this.privilegedRoleIds = lowerCase(roleIds);
      return this;
    }

    /** See {@link ChecklistOptions#approvalRequiredRoleIds()}. */
    public Builder approvalRequiredRoleIds(Collection<String> roleIds) {
      this.approvalRequiredRoleIds = lowerCase(roleIds);
      return this;
    }

    private static List<String> lowerCase(Collection<String> ids) {
      return Objects.requireNonNull(ids, "'roleIds' cannot be null.").stream()
          .map(id -> id.toLowerCase(java.util.Locale.ROOT))
          .toList();
    }

    /** See {@link ChecklistOptions#criticalResourceCategories()}. */
    public Builder criticalResourceCategories(Map<ResourceType, List<String>> categories) {
      this.criticalResourceCategories =
          new TreeMap<>(Objects.requireNonNull(categories, "'categories' cannot be null."));
      return this;
    }

    /** See {@link ChecklistOptions#functionAppCategories()}. */
    public Builder functionAppCategories(Collection<String> categories) {
      this.functionAppCategories = nonEmpty("functionAppCategories", categories);
      return this;
    }

    /** See {@link ChecklistOptions#activityLogCategories()}. */
    public Builder activityLogCategories(Collection<String> categories) {
      this.activityLogCategories = nonEmpty("activityLogCategories", categories);
      return this;
    }

    /** See {@link ChecklistOptions#entraLogCategories()}. */
    public Builder entraLogCategories(Collection<String> categories) {
      this.entraLogCategories = nonEmpty("entraLogCategories", categories);
      return this;
    }

    /** See {@link ChecklistOptions#windowsEventLogs()}. */
    public Builder windowsEventLogs(Collection<String> logs) {
      this.windowsEventLogs = nonEmpty("windowsEventLogs", logs);
      return this;
    }

    /** See {@link ChecklistOptions#syslogFacilities()}. */
    public Builder syslogFacilities(Collection<String> facilities) {
      this.syslogFacilities = nonEmpty("syslogFacilities", facilities);
      return this;
    }

    /** See {@link ChecklistOptions#loggedStorageServices()}. */
    public Builder loggedStorageServices(Collection<ResourceType> services) {
      this.loggedStorageServices = nonEmpty("loggedStorageServices", services);
      return this;
    }

    private static <T> List<T> nonEmpty(String option, Collection<T> values) {
      Objects.requireNonNull(values, "'" + option + "' cannot be null.");
      if (values.isEmpty()) {
        throw new IllegalArgumentException("Option '" + option + "' needs at least one value.");
      }
      return new ArrayList<>(values);
    }

    /**
     * Validates and builds.
     *
     * @throws IllegalArgumentException naming the option and the allowed range
     */
    public ChecklistOptions build() {
      positive("retentionDays", retentionDays);
      positive("maxWorkspaces", maxWorkspaces);
      positive("listedItemsLimit", listedItemsLimit);
      positive("maxSubscriptionOwners", maxSubscriptionOwners);
      positive("maxSubscriptionContributors", maxSubscriptionContributors);
      positive("keyRotationDays", keyRotationDays);
      positive("restorePointMaxAgeDays", restorePointMaxAgeDays);
      if (!List.of("1.0", "1.1", "1.2", "1.3").contains(minimumTlsVersion)) {
        throw new IllegalArgumentException(
            "Option 'minimumTlsVersion' must be one of 1.0, 1.1, 1.2, 1.3, not '"
                + minimumTlsVersion
                + "'.");
      }
      for (Integer port : managementPorts) {
        if (port == null || port < 1 || port > 65535) {
          throw new IllegalArgumentException(
              "Option 'managementPorts' must hold TCP ports from 1 to 65535, not " + port + ".");
        }
      }
      return new ChecklistOptions(this);
    }

    private static void positive(String option, int value) {
      if (value < 1) {
        throw new IllegalArgumentException(
            "Option '" + option + "' must be at least 1, not " + value + ".");
      }
    }
  }
}
