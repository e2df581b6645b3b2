package dev.readiness.azure.implementation;

import dev.readiness.api.ResourceType;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which call reads which resource type. Resource Graph answers most ARM types in one paged query;
 * the rest (what Resource Graph does not hold) are read per subscription, per parent resource, for
 * the tenant, or from Microsoft Graph.
 */
public final class FetchCatalog {
  static final String READER = "Reader (Microsoft.Resources/subscriptions/resources/read)";
  static final String SECURITY_READER = "Security Reader (Microsoft.Security/*/read)";
  static final String ARM_API_DIAGNOSTICS = "2021-05-01-preview";

  /** Diagnostic settings, of resources and of the Activity Log. */
  public static final ResourceType DIAGNOSTIC_SETTINGS =
      ResourceType.of("Microsoft.Insights/diagnosticSettings");

  /** The log categories and category groups Azure lists for a resource. */
  public static final ResourceType DIAGNOSTIC_SETTINGS_CATEGORIES =
      ResourceType.of("Microsoft.Insights/diagnosticSettingsCategories");

  /** Entra ID (sign-in and audit log) diagnostic settings. */
  public static final ResourceType AADIAM_DIAGNOSTIC_SETTINGS =
      ResourceType.of("microsoft.aadiam/diagnosticSettings");

  private static final Map<String, FetchSpec> SPECS = new LinkedHashMap<>();

  /**
   * Resource types that emit resource logs, so a diagnostic setting on them can carry evidence.
   * Types without resource logs (VMs, disks, NICs) only have metrics; asking for their settings
   * would cost a call each and tell nothing.
   */
  public static final Set<ResourceType> TYPES_WITH_RESOURCE_LOGS =
      Stream.of(
              "Microsoft.KeyVault/vaults",
              "Microsoft.Storage/storageAccounts/blobServices",
              "Microsoft.Storage/storageAccounts/fileServices",
              "Microsoft.Storage/storageAccounts/queueServices",
              "Microsoft.Storage/storageAccounts/tableServices",
              "Microsoft.Sql/servers/databases",
              "Microsoft.Web/sites",
              // Deployment slots have their own resource logs and diagnostic settings
              // (https://learn.microsoft.com/azure/azure-monitor/reference/supported-logs/microsoft-web-sites-slots-logs).
              "Microsoft.Web/sites/slots",
              "Microsoft.Network/networkSecurityGroups",
              "Microsoft.Network/bastionHosts",
              "Microsoft.Network/azureFirewalls",
              "Microsoft.Network/applicationGateways",
              "Microsoft.Network/virtualNetworkGateways",
              "Microsoft.Network/expressRouteCircuits",
              "Microsoft.Network/publicIPAddresses",
              "Microsoft.Network/frontDoors",
              "Microsoft.Cdn/profiles",
              "Microsoft.ContainerService/managedClusters",
              "Microsoft.ContainerRegistry/registries",
              "Microsoft.RecoveryServices/vaults",
              "Microsoft.DataProtection/backupVaults",
              "Microsoft.Logic/workflows",
              "Microsoft.EventHub/namespaces",
              "Microsoft.ServiceBus/namespaces",
              "Microsoft.DocumentDB/databaseAccounts",
              "Microsoft.Automation/automationAccounts",
              "Microsoft.OperationalInsights/workspaces",
              "Microsoft.Cache/redis",
              "Microsoft.ApiManagement/service",
              "Microsoft.CognitiveServices/accounts",
              "Microsoft.DataFactory/factories",
              "Microsoft.Synapse/workspaces")
          .map(ResourceType::of)
          .collect(Collectors.toUnmodifiableSet());

  static {
    resourceGraph("resourcecontainers", "Microsoft.Resources/subscriptions", READER);
    SPECS.put(
        key("Microsoft.Resources/resourceGroups"),
        new FetchSpec.ResourceGraph(
            "resourcecontainers",
            "microsoft.resources/subscriptions/resourcegroups",
            READER,
            null));
    resourceGraph("resourcecontainers", "Microsoft.Resources/subscriptions/resourceGroups", READER);
    resourceGraph("securityresources", "Microsoft.Security/pricings", SECURITY_READER);
    resourceGraph("securityresources", "Microsoft.Security/assessments", SECURITY_READER);
    resourceGraph(
        "recoveryservicesresources",
        "Microsoft.RecoveryServices/vaults/backupFabrics/protectionContainers/protectedItems",
        "Backup Reader or Reader (Microsoft.RecoveryServices/vaults/backupFabrics/"
            + "protectionContainers/protectedItems/read)");
    resourceGraph(
        "insightsresources",
        "Microsoft.Insights/dataCollectionRuleAssociations",
        "Reader (Microsoft.Insights/dataCollectionRuleAssociations/read)");
    resourceGraph(
        "authorizationresources",
        "Microsoft.Authorization/roleAssignments",
        "Reader (Microsoft.Authorization/roleAssignments/read)");
    resourceGraph(
        "authorizationresources",
        "Microsoft.Authorization/roleDefinitions",
        "Reader (Microsoft.Authorization/roleDefinitions/read)");
    SPECS.put(
        key("Microsoft.Compute/restorePointCollections"),
        new FetchSpec.ResourceGraph(
            "resources",
            "microsoft.compute/restorepointcollections",
            READER,
            "api-version=2024-07-01&$expand=restorePoints"));

    perSubscription(
        "Microsoft.Security/securityContacts",
        "/providers/Microsoft.Security/securityContacts",
        "2023-12-01-preview",
        SECURITY_READER);
    for (String pim :
        new String[] {
          "roleEligibilityScheduleInstances",
          "roleAssignmentScheduleInstances",
          "roleManagementPolicies",
          "roleManagementPolicyAssignments"
        }) {
      perSubscription(
          "Microsoft.Authorization/" + pim,
          "/providers/Microsoft.Authorization/" + pim,
          "2020-10-01",
          "Reader (Microsoft.Authorization/" + pim + "/read)");
    }

    String storage = "Microsoft.Storage/storageAccounts";
    for (String service : new String[] {"blob", "file", "queue", "table"}) {
      perParent(storage, service + "Services", "/" + service + "Services", "2023-05-01", false);
    }
    perParent(storage, "managementPolicies", "/managementPolicies/default", "2023-05-01", true);
    String workspaces = "Microsoft.OperationalInsights/workspaces";
    perParent(workspaces, "tables", "/tables", "2022-10-01", false);
    perParent(workspaces, "savedSearches", "/savedSearches", "2020-08-01", false);
    perParent("Microsoft.KeyVault/vaults", "keys", "/keys", "2023-07-01", false);
    perParent("Microsoft.KeyVault/vaults", "secrets", "/secrets", "2023-07-01", false);
    perParent(
        "Microsoft.Sql/servers/databases",
        "transparentDataEncryption",
        "/transparentDataEncryption",
        "2023-08-01",
        false);
    // SQL auditing decides whether SQLSecurityAuditEvents flow at all; Resource Graph does not
    // hold it. GET {server}/auditingSettings and {database}/auditingSettings (list operations
    // ServerBlobAuditingPolicies_ListByServer and DatabaseBlobAuditingPolicies_ListByDatabase in
    // azure-rest-api-specs specification/sql/resource-manager/Microsoft.Sql/stable/2023-08-01/
    // BlobAuditing.json).
    perParent(
        "Microsoft.Sql/servers", "auditingSettings", "/auditingSettings", "2023-08-01", false);
    perParent(
        "Microsoft.Sql/servers/databases",
        "auditingSettings",
        "/auditingSettings",
        "2023-08-01",
        false);
    perParent("Microsoft.Web/sites", "config", "/config/web", "2023-12-01", true);
    // A deployment slot has its own site configuration: GET {slot}/config/web
    // (WebApps_GetConfigurationSlot, azure-rest-api-specs specification/web/resource-manager/
    // Microsoft.Web/stable/2023-12-01/WebApps.json). The slots themselves are Resource Graph rows.
    perParent("Microsoft.Web/sites/slots", "config", "/config/web", "2023-12-01", true);
    // Firewall policy rules live in rule collection groups, child resources listed per policy
    // (FirewallPolicyRuleCollectionGroups_List, azure-rest-api-specs specification/network/
    // resource-manager/Microsoft.Network/stable/2024-05-01/firewallPolicy.json).
    perParent(
        "Microsoft.Network/firewallPolicies",
        "ruleCollectionGroups",
        "/ruleCollectionGroups",
        "2024-05-01",
        false);
    for (String sentinel :
        new String[] {"onboardingStates", "alertRules", "automationRules", "dataConnectors"}) {
      SPECS.put(
          key("Microsoft.SecurityInsights/" + sentinel),
          new FetchSpec.PerParent(
              ResourceType.of(workspaces),
              "/providers/Microsoft.SecurityInsights/" + sentinel,
              "2024-09-01",
              false,
              "Microsoft Sentinel Reader (Microsoft.SecurityInsights/" + sentinel + "/read)"));
    }

    // Reading a rotation policy needs a Key Vault data-plane role and network reach to each vault;
    // recording nothing leaves the rotation part of a key UNKNOWN instead of a false absence.
    SPECS.put(
        key("Microsoft.KeyVault/vaults/keys/rotationPolicy"),
        new FetchSpec.NotRead(
            "not read: GET {vaultUri}/keys/{name}/rotationpolicy is Key Vault data plane",
            "Key Vault Crypto Officer or Key Vault Reader data-plane access"));
    SPECS.put(
        key("Microsoft.Resources/tenants"),
        new FetchSpec.NotRead(
            "not read: the tenant root is a scope, not a resource", FetchCatalog.READER));
    SPECS.put(
        key(DIAGNOSTIC_SETTINGS.toString()),
        new FetchSpec.DiagnosticSettings(
            ARM_API_DIAGNOSTICS, "Reader (Microsoft.Insights/diagnosticSettings/read)"));
    // DiagnosticSettingsCategory_List (azure-rest-api-specs specification/monitor/resource-manager/
    // Microsoft.Insights/preview/2021-05-01-preview/diagnosticsSettingsCategories_API.json); the
    // action is Microsoft.Insights/DiagnosticSettingsCategories/Read ("Read diagnostic settings
    // categories",
    // https://learn.microsoft.com/azure/role-based-access-control/permissions/monitor),
    // which Reader holds.
    SPECS.put(
        key(DIAGNOSTIC_SETTINGS_CATEGORIES.toString()),
        new FetchSpec.DiagnosticSettingsCategories(
            ARM_API_DIAGNOSTICS, "Reader (Microsoft.Insights/diagnosticSettingsCategories/read)"));
    SPECS.put(
        key(AADIAM_DIAGNOSTIC_SETTINGS.toString()),
        new FetchSpec.Tenant(
            "/providers/microsoft.aadiam/diagnosticSettings",
            "2017-04-01",
            "Security Reader in Entra ID (microsoft.aadiam/diagnosticSettings/read)"));

    // Graph pages users by 100 unless asked for its maximum of 999.
    graph(
        "users",
        "/users?$select=id,userPrincipalName,userType,accountEnabled&$top=999",
        "User.Read.All");
    graph(
        "userRegistrationDetails",
        "/reports/authenticationMethods/userRegistrationDetails",
        "AuditLog.Read.All");
    graph("conditionalAccessPolicies", "/identity/conditionalAccess/policies", "Policy.Read.All");
    SPECS.put(
        key("microsoft.graph/identitySecurityDefaultsEnforcementPolicy"),
        new FetchSpec.MicrosoftGraph(
            "identitySecurityDefaultsEnforcementPolicy",
            "/policies/identitySecurityDefaultsEnforcementPolicy",
            true,
            "Policy.Read.All"));
    graph(
        "directoryRoleAssignments",
        "/roleManagement/directory/roleAssignments",
        "RoleManagement.Read.Directory");
    graph(
        "directoryRoleEligibilitySchedules",
        "/roleManagement/directory/roleEligibilitySchedules",
        "RoleManagement.Read.Directory");
    graph(
        "accessReviewDefinitions",
        "/identityGovernance/accessReviews/definitions",
        "AccessReview.Read.All");
  }

  private FetchCatalog() {}

  /**
   * How {@code type} is read. A type the table does not name is an ordinary ARM type and is read
   * from Resource Graph's {@code resources} table.
   */
  public static FetchSpec specFor(ResourceType type) {
    FetchSpec spec = SPECS.get(type.key());
    if (spec != null) {
      return spec;
    }
    if (type.namespace().equalsIgnoreCase("microsoft.graph")) {
      throw new IllegalArgumentException(
          "Unknown Microsoft Graph collection '"
              + type
              + "'; known: "
              + SPECS.keySet().stream().filter(k -> k.startsWith("microsoft.graph/")).toList()
              + ".");
    }
    return new FetchSpec.ResourceGraph("resources", type.key(), "Reader (" + type + "/read)", null);
  }

  private static void resourceGraph(String table, String type, String permission) {
    SPECS.put(
        key(type),
        new FetchSpec.ResourceGraph(table, type.toLowerCase(Locale.ROOT), permission, null));
  }

  private static void perSubscription(
      String type, String path, String apiVersion, String permission) {
    SPECS.put(key(type), new FetchSpec.PerSubscription(path, apiVersion, permission));
  }

  private static void perParent(
      String parent, String child, String suffix, String apiVersion, boolean single) {
    String type = parent + "/" + child;
    SPECS.put(
        key(type),
        new FetchSpec.PerParent(
            ResourceType.of(parent), suffix, apiVersion, single, "Reader (" + type + "/read)"));
  }

  private static void graph(String collection, String path, String permission) {
    SPECS.put(
        key("microsoft.graph/" + collection),
        new FetchSpec.MicrosoftGraph(collection, path, false, permission));
  }

  private static String key(String type) {
    return type.toLowerCase(Locale.ROOT);
  }
}
