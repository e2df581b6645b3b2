package dev.readiness.rules.checklist;

import static dev.readiness.rules.types.AzureTypes.AKS_CLUSTERS;
import static dev.readiness.rules.types.AzureTypes.APPLICATION_GATEWAYS;
import static dev.readiness.rules.types.AzureTypes.AUTOMATION_ACCOUNTS;
import static dev.readiness.rules.types.AzureTypes.AZURE_FIREWALLS;
import static dev.readiness.rules.types.AzureTypes.BLOB_SERVICES;
import static dev.readiness.rules.types.AzureTypes.CONTAINER_REGISTRIES;
import static dev.readiness.rules.types.AzureTypes.COSMOS_DB_ACCOUNTS;
import static dev.readiness.rules.types.AzureTypes.EVENT_HUB_NAMESPACES;
import static dev.readiness.rules.types.AzureTypes.FILE_SERVICES;
import static dev.readiness.rules.types.AzureTypes.FRONT_DOORS;
import static dev.readiness.rules.types.AzureTypes.KEY_VAULTS;
import static dev.readiness.rules.types.AzureTypes.LOGIC_WORKFLOWS;
import static dev.readiness.rules.types.AzureTypes.NETWORK_SECURITY_GROUPS;
import static dev.readiness.rules.types.AzureTypes.PUBLIC_IP_ADDRESSES;
import static dev.readiness.rules.types.AzureTypes.QUEUE_SERVICES;
import static dev.readiness.rules.types.AzureTypes.RECOVERY_SERVICES_VAULTS;
import static dev.readiness.rules.types.AzureTypes.SERVICE_BUS_NAMESPACES;
import static dev.readiness.rules.types.AzureTypes.SQL_DATABASES;
import static dev.readiness.rules.types.AzureTypes.TABLE_SERVICES;
import static dev.readiness.rules.types.AzureTypes.WEB_SITES;
import static dev.readiness.rules.types.AzureTypes.WEB_SITE_SLOTS;

import dev.readiness.api.ResourceType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The names and bounds Azure itself defines that the options are checked against: a value outside
 * them could never be met, so the option refuses it.
 */
final class AzureNames {
  /**
   * Azure Monitor keeps a Log Analytics table at most 12 years in total, archive included
   * (https://learn.microsoft.com/azure/azure-monitor/logs/data-retention-configure): a longer
   * requirement could never be met.
   */
  static final int MOST_RETENTION_DAYS = 4383;

  /**
   * The names of Defender for Cloud plans, as {@code Microsoft.Security/pricings} resources are
   * named (https://learn.microsoft.com/rest/api/defenderforcloud/pricings/list); Dns,
   * ContainerRegistry and KubernetesService are legacy plans that Containers and the Defender for
   * Servers plan replaced, still listed where a subscription had them.
   */
  static final List<String> DEFENDER_PLANS =
      List.of(
          "AI",
          "Api",
          "AppServices",
          "Arm",
          "CloudPosture",
          "ContainerRegistry",
          "Containers",
          "CosmosDbs",
          "Dns",
          "KeyVaults",
          "KubernetesService",
          "OpenSourceRelationalDatabases",
          "SqlServerVirtualMachines",
          "SqlServers",
          "StorageAccounts",
          "VirtualMachines");

  /** The Activity Log's categories, as its diagnostic settings name them. */
  static final List<String> ACTIVITY_LOG_CATEGORIES =
      List.of(
          "Administrative",
          "Security",
          "ServiceHealth",
          "Alert",
          "Recommendation",
          "Policy",
          "Autoscale",
          "ResourceHealth");

  /** The Syslog facilities a data collection rule can name ({@code facilityNames}). */
  static final List<String> SYSLOG_FACILITIES =
      List.of(
          "alert",
          "audit",
          "auth",
          "authpriv",
          "clock",
          "cron",
          "daemon",
          "ftp",
          "kern",
          "local0",
          "local1",
          "local2",
          "local3",
          "local4",
          "local5",
          "local6",
          "local7",
          "lpr",
          "mail",
          "mark",
          "news",
          "nopri",
          "ntp",
          "syslog",
          "user",
          "uucp");

  /** The storage services whose data-plane logs a storage account can export. */
  static final List<ResourceType> STORAGE_SERVICES =
      List.of(BLOB_SERVICES, FILE_SERVICES, QUEUE_SERVICES, TABLE_SERVICES);

  private AzureNames() {}

  /**
   * The audit-relevant resource log categories of the critical resource types, as their diagnostic
   * settings name them.
   */
  static Map<ResourceType, List<String>> criticalLogCategories() {
    Map<ResourceType, List<String>> types = new LinkedHashMap<>();
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
}
