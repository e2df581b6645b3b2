package dev.readiness.rules.support;

import dev.readiness.api.Resource;
import dev.readiness.api.ResourceId;
import dev.readiness.api.ResourceType;
import dev.readiness.rules.types.AzureTypes;
import java.util.Map;

/** How messages name a resource: "Key vault 'kv-prod'", "Virtual machine 'THA-VM'". */
public final class ResourceLabels {
  private static final Map<ResourceType, String> LABELS =
      Map.ofEntries(
          Map.entry(AzureTypes.KEY_VAULTS, "Key vault"),
          Map.entry(AzureTypes.VIRTUAL_MACHINES, "Virtual machine"),
          Map.entry(AzureTypes.VM_SCALE_SETS, "Virtual machine scale set"),
          Map.entry(AzureTypes.ARC_MACHINES, "Arc-enabled server"),
          Map.entry(AzureTypes.STORAGE_ACCOUNTS, "Storage account"),
          Map.entry(AzureTypes.NETWORK_SECURITY_GROUPS, "Network security group"),
          Map.entry(AzureTypes.VIRTUAL_NETWORKS, "Virtual network"),
          Map.entry(AzureTypes.PUBLIC_IP_ADDRESSES, "Public IP address"),
          Map.entry(AzureTypes.SQL_DATABASES, "SQL database"),
          Map.entry(AzureTypes.WEB_SITES, "App Service app"),
          Map.entry(AzureTypes.WEB_SITE_SLOTS, "App Service deployment slot"),
          Map.entry(AzureTypes.AKS_CLUSTERS, "AKS cluster"),
          Map.entry(AzureTypes.AZURE_FIREWALLS, "Azure Firewall"),
          Map.entry(AzureTypes.APPLICATION_GATEWAYS, "Application gateway"),
          Map.entry(AzureTypes.FRONT_DOORS, "Front Door"),
          Map.entry(AzureTypes.LOGIC_WORKFLOWS, "Logic app"),
          Map.entry(AzureTypes.EVENT_HUB_NAMESPACES, "Event Hubs namespace"),
          Map.entry(AzureTypes.SERVICE_BUS_NAMESPACES, "Service Bus namespace"),
          Map.entry(AzureTypes.COSMOS_DB_ACCOUNTS, "Cosmos DB account"),
          Map.entry(AzureTypes.CONTAINER_REGISTRIES, "Container registry"),
          Map.entry(AzureTypes.RECOVERY_SERVICES_VAULTS, "Recovery Services vault"),
          Map.entry(AzureTypes.AUTOMATION_ACCOUNTS, "Automation account"),
          Map.entry(AzureTypes.WORKSPACES, "Log Analytics workspace"),
          Map.entry(AzureTypes.DIAGNOSTIC_SETTINGS, "Diagnostic setting"),
          Map.entry(AzureTypes.ENTRA_DIAGNOSTIC_SETTINGS, "Entra ID diagnostic setting"),
          Map.entry(AzureTypes.FLOW_LOGS, "Flow log"),
          Map.entry(AzureTypes.NETWORK_WATCHERS, "Network Watcher"));

  private ResourceLabels() {}

  /** The label of {@code type}, for example "Key vault"; the type's own name when unknown. */
  public static String of(ResourceType type) {
    return LABELS.getOrDefault(type, type.simpleName());
  }

  /**
   * How a message names the owner of a diagnostic setting or other extension: "'kv-prod'", "the
   * blob service of 'stdata'", "subscription '…'", "Entra ID".
   */
  public static String owner(ResourceId owner) {
    if (owner.equals(ResourceId.TENANT)) {
      return "Entra ID";
    }
    if (owner.isScope()) {
      return "subscription '" + owner.name() + "'";
    }
    if (owner.type().parent().equals(AzureTypes.STORAGE_ACCOUNTS)) {
      return "the " + service(owner.type()) + " of '" + owner.parent().name() + "'";
    }
    return "'" + owner.name() + "'";
  }

  /** "blob service" for {@code Microsoft.Storage/storageAccounts/blobServices}. */
  public static String service(ResourceType storageService) {
    return storageService.simpleName().replaceFirst("(?i)services$", "") + " service";
  }

  /** "Key vault 'kv-prod'". */
  public static String of(Resource resource) {
    return of(resource.type()) + " '" + resource.name() + "'";
  }
}
