package dev.readiness.rules.types;

import dev.readiness.api.ResourceType;

/**
 * The resource types the built-in rules read, spelled in ARM's canonical casing. Types compare
 * case-insensitively, so these match Resource Graph's lower-case spelling too.
 */
public final class AzureTypes {
  // Scopes
  public static final ResourceType TENANT = ResourceType.of("Microsoft.Resources/tenants");
  public static final ResourceType SUBSCRIPTIONS =
      ResourceType.of("Microsoft.Resources/subscriptions");

  // Monitoring and logging
  public static final ResourceType DIAGNOSTIC_SETTINGS =
      ResourceType.of("Microsoft.Insights/diagnosticSettings");
  public static final ResourceType ENTRA_DIAGNOSTIC_SETTINGS =
      ResourceType.of("microsoft.aadiam/diagnosticSettings");
  public static final ResourceType DIAGNOSTIC_SETTINGS_CATEGORIES =
      ResourceType.of("Microsoft.Insights/diagnosticSettingsCategories");
  public static final ResourceType DATA_COLLECTION_RULES =
      ResourceType.of("Microsoft.Insights/dataCollectionRules");
  public static final ResourceType DATA_COLLECTION_RULE_ASSOCIATIONS =
      ResourceType.of("Microsoft.Insights/dataCollectionRuleAssociations");
  public static final ResourceType ACTIVITY_LOG_ALERTS =
      ResourceType.of("Microsoft.Insights/activityLogAlerts");
  public static final ResourceType ACTION_GROUPS =
      ResourceType.of("Microsoft.Insights/actionGroups");
  public static final ResourceType WORKSPACES =
      ResourceType.of("Microsoft.OperationalInsights/workspaces");
  public static final ResourceType WORKSPACE_TABLES =
      ResourceType.of("Microsoft.OperationalInsights/workspaces/tables");
  public static final ResourceType SENTINEL_ONBOARDING_STATES =
      ResourceType.of("Microsoft.SecurityInsights/onboardingStates");
  public static final ResourceType SENTINEL_ALERT_RULES =
      ResourceType.of("Microsoft.SecurityInsights/alertRules");
  public static final ResourceType DEFENDER_PRICINGS =
      ResourceType.of("Microsoft.Security/pricings");

  // Compute
  public static final ResourceType VIRTUAL_MACHINES =
      ResourceType.of("Microsoft.Compute/virtualMachines");
  public static final ResourceType VM_EXTENSIONS =
      ResourceType.of("Microsoft.Compute/virtualMachines/extensions");
  public static final ResourceType VM_SCALE_SETS =
      ResourceType.of("Microsoft.Compute/virtualMachineScaleSets");
  public static final ResourceType ARC_MACHINES =
      ResourceType.of("Microsoft.HybridCompute/machines");
  public static final ResourceType ARC_EXTENSIONS =
      ResourceType.of("Microsoft.HybridCompute/machines/extensions");
  public static final ResourceType RESTORE_POINT_COLLECTIONS =
      ResourceType.of("Microsoft.Compute/restorePointCollections");
  public static final ResourceType BACKUP_PROTECTED_ITEMS =
      ResourceType.of(
          "Microsoft.RecoveryServices/vaults/backupFabrics/protectionContainers/protectedItems");

  // Storage
  public static final ResourceType STORAGE_ACCOUNTS =
      ResourceType.of("Microsoft.Storage/storageAccounts");
  public static final ResourceType BLOB_SERVICES =
      ResourceType.of("Microsoft.Storage/storageAccounts/blobServices");
  public static final ResourceType FILE_SERVICES =
      ResourceType.of("Microsoft.Storage/storageAccounts/fileServices");
  public static final ResourceType QUEUE_SERVICES =
      ResourceType.of("Microsoft.Storage/storageAccounts/queueServices");
  public static final ResourceType TABLE_SERVICES =
      ResourceType.of("Microsoft.Storage/storageAccounts/tableServices");
  public static final ResourceType MANAGEMENT_POLICIES =
      ResourceType.of("Microsoft.Storage/storageAccounts/managementPolicies");

  // Network
  public static final ResourceType NETWORK_SECURITY_GROUPS =
      ResourceType.of("Microsoft.Network/networkSecurityGroups");
  public static final ResourceType VIRTUAL_NETWORKS =
      ResourceType.of("Microsoft.Network/virtualNetworks");
  public static final ResourceType SUBNETS =
      ResourceType.of("Microsoft.Network/virtualNetworks/subnets");
  public static final ResourceType NETWORK_INTERFACES =
      ResourceType.of("Microsoft.Network/networkInterfaces");
  public static final ResourceType PUBLIC_IP_ADDRESSES =
      ResourceType.of("Microsoft.Network/publicIPAddresses");
  public static final ResourceType NETWORK_WATCHERS =
      ResourceType.of("Microsoft.Network/networkWatchers");
  public static final ResourceType FLOW_LOGS =
      ResourceType.of("Microsoft.Network/networkWatchers/flowLogs");
  public static final ResourceType AZURE_FIREWALLS =
      ResourceType.of("Microsoft.Network/azureFirewalls");
  public static final ResourceType APPLICATION_GATEWAYS =
      ResourceType.of("Microsoft.Network/applicationGateways");
  public static final ResourceType FRONT_DOORS = ResourceType.of("Microsoft.Network/frontDoors");
  public static final ResourceType CDN_PROFILES = ResourceType.of("Microsoft.Cdn/profiles");

  // Other critical services
  public static final ResourceType KEY_VAULTS = ResourceType.of("Microsoft.KeyVault/vaults");
  public static final ResourceType SQL_SERVERS = ResourceType.of("Microsoft.Sql/servers");
  public static final ResourceType SQL_DATABASES =
      ResourceType.of("Microsoft.Sql/servers/databases");
  public static final ResourceType WEB_SITES = ResourceType.of("Microsoft.Web/sites");
  public static final ResourceType AKS_CLUSTERS =
      ResourceType.of("Microsoft.ContainerService/managedClusters");
  public static final ResourceType LOGIC_WORKFLOWS = ResourceType.of("Microsoft.Logic/workflows");
  public static final ResourceType EVENT_HUB_NAMESPACES =
      ResourceType.of("Microsoft.EventHub/namespaces");
  public static final ResourceType SERVICE_BUS_NAMESPACES =
      ResourceType.of("Microsoft.ServiceBus/namespaces");
  public static final ResourceType COSMOS_DB_ACCOUNTS =
      ResourceType.of("Microsoft.DocumentDB/databaseAccounts");
  public static final ResourceType CONTAINER_REGISTRIES =
      ResourceType.of("Microsoft.ContainerRegistry/registries");
  public static final ResourceType RECOVERY_SERVICES_VAULTS =
      ResourceType.of("Microsoft.RecoveryServices/vaults");
  public static final ResourceType AUTOMATION_ACCOUNTS =
      ResourceType.of("Microsoft.Automation/automationAccounts");

  // Microsoft Graph
  public static final ResourceType GRAPH_USER_REGISTRATION_DETAILS =
      ResourceType.of("microsoft.graph/userRegistrationDetails");

  // Identity, data protection, network and response (the FR-IAM, FR-DATA, FR-NET, FR-IR rules)
  public static final ResourceType GRAPH_USERS = ResourceType.of("microsoft.graph/users");
  public static final ResourceType GRAPH_CONDITIONAL_ACCESS_POLICIES =
      ResourceType.of("microsoft.graph/conditionalAccessPolicies");
  public static final ResourceType GRAPH_SECURITY_DEFAULTS =
      ResourceType.of("microsoft.graph/identitySecurityDefaultsEnforcementPolicy");
  public static final ResourceType GRAPH_DIRECTORY_ROLE_ASSIGNMENTS =
      ResourceType.of("microsoft.graph/directoryRoleAssignments");
  public static final ResourceType GRAPH_DIRECTORY_ROLE_ELIGIBILITY_SCHEDULES =
      ResourceType.of("microsoft.graph/directoryRoleEligibilitySchedules");
  public static final ResourceType GRAPH_ACCESS_REVIEW_DEFINITIONS =
      ResourceType.of("microsoft.graph/accessReviewDefinitions");
  public static final ResourceType ROLE_ASSIGNMENTS =
      ResourceType.of("Microsoft.Authorization/roleAssignments");
  public static final ResourceType ROLE_DEFINITIONS =
      ResourceType.of("Microsoft.Authorization/roleDefinitions");
  public static final ResourceType ROLE_ASSIGNMENT_SCHEDULE_INSTANCES =
      ResourceType.of("Microsoft.Authorization/roleAssignmentScheduleInstances");
  public static final ResourceType ROLE_ELIGIBILITY_SCHEDULE_INSTANCES =
      ResourceType.of("Microsoft.Authorization/roleEligibilityScheduleInstances");
  public static final ResourceType ROLE_MANAGEMENT_POLICIES =
      ResourceType.of("Microsoft.Authorization/roleManagementPolicies");
  public static final ResourceType ROLE_MANAGEMENT_POLICY_ASSIGNMENTS =
      ResourceType.of("Microsoft.Authorization/roleManagementPolicyAssignments");
  public static final ResourceType SECURITY_CONTACTS =
      ResourceType.of("Microsoft.Security/securityContacts");
  public static final ResourceType SECURITY_AUTOMATIONS =
      ResourceType.of("Microsoft.Security/automations");
  public static final ResourceType SAVED_SEARCHES =
      ResourceType.of("Microsoft.OperationalInsights/workspaces/savedSearches");

  public static final ResourceType SENTINEL_AUTOMATION_RULES =
      ResourceType.of("Microsoft.SecurityInsights/automationRules");
  public static final ResourceType SENTINEL_DATA_CONNECTORS =
      ResourceType.of("Microsoft.SecurityInsights/dataConnectors");
  public static final ResourceType DISKS = ResourceType.of("Microsoft.Compute/disks");
  public static final ResourceType BACKUP_VAULTS =
      ResourceType.of("Microsoft.DataProtection/backupVaults");
  public static final ResourceType SQL_TRANSPARENT_DATA_ENCRYPTION =
      ResourceType.of("Microsoft.Sql/servers/databases/transparentDataEncryption");
  public static final ResourceType SQL_SERVER_AUDITING_SETTINGS =
      ResourceType.of("Microsoft.Sql/servers/auditingSettings");
  public static final ResourceType SQL_DATABASE_AUDITING_SETTINGS =
      ResourceType.of("Microsoft.Sql/servers/databases/auditingSettings");
  public static final ResourceType WEB_SITE_CONFIG = ResourceType.of("Microsoft.Web/sites/config");
  public static final ResourceType REDIS = ResourceType.of("Microsoft.Cache/Redis");
  public static final ResourceType KEY_VAULT_KEYS =
      ResourceType.of("Microsoft.KeyVault/vaults/keys");
  public static final ResourceType KEY_ROTATION_POLICIES =
      ResourceType.of("Microsoft.KeyVault/vaults/keys/rotationPolicy");
  public static final ResourceType KEY_VAULT_SECRETS =
      ResourceType.of("Microsoft.KeyVault/vaults/secrets");
  public static final ResourceType BASTION_HOSTS =
      ResourceType.of("Microsoft.Network/bastionHosts");
  public static final ResourceType VIRTUAL_NETWORK_GATEWAYS =
      ResourceType.of("Microsoft.Network/virtualNetworkGateways");
  public static final ResourceType EXPRESS_ROUTE_CIRCUITS =
      ResourceType.of("Microsoft.Network/expressRouteCircuits");
  public static final ResourceType LOAD_BALANCERS =
      ResourceType.of("Microsoft.Network/loadBalancers");
  public static final ResourceType FIREWALL_POLICIES =
      ResourceType.of("Microsoft.Network/firewallPolicies");
  public static final ResourceType FIREWALL_POLICY_RULE_COLLECTION_GROUPS =
      ResourceType.of("Microsoft.Network/firewallPolicies/ruleCollectionGroups");
  public static final ResourceType WEB_SITE_SLOTS = ResourceType.of("Microsoft.Web/sites/slots");
  public static final ResourceType WEB_SITE_SLOT_CONFIG =
      ResourceType.of("Microsoft.Web/sites/slots/config");

  private AzureTypes() {}
}
