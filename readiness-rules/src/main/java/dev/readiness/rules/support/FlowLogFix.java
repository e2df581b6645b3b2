package dev.readiness.rules.support;

import static dev.readiness.rules.types.AzureTypes.FLOW_LOGS;
import static dev.readiness.rules.types.AzureTypes.NETWORK_INTERFACES;

import dev.readiness.api.ArmChange;
import dev.readiness.api.Change;
import dev.readiness.api.Fix;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The fix for traffic no flow log records: a VNet flow log on each virtual network (or, for an NSG
 * that guards only network interfaces, on each interface), since NSG flow logs can no longer be
 * created after 30 June 2025
 * (https://learn.microsoft.com/azure/network-watcher/nsg-flow-logs-rest). Body per
 * azure-rest-api-specs
 * specification/network/resource-manager/Microsoft.Network/stable/2024-05-01/networkWatcher.json
 * (FlowLog, FlowLogPropertiesFormat; example NetworkWatcherFlowLogCreate.json).
 */
public final class FlowLogFix {
  private static final String API_VERSION = "2024-05-01";

  private FlowLogFix() {}

  /**
   * A VNet flow log, kept {@code days} days, for each of {@code targets} (virtual networks or
   * network interfaces) whose region is known; none for the others. {@code index} finds the Network
   * Watcher of each target's subscription and region.
   */
  public static Fix recording(FlowLogIndex index, Collection<ResourceId> targets, int days) {
    List<Change> changes = new ArrayList<>();
    for (ResourceId target : new TreeSet<>(targets)) {
      index
          .snapshot()
          .resource(target)
          .flatMap(Resource::location)
          .ifPresent(location -> changes.add(flowLog(index, target, location, days)));
    }
    return Fix.of(changes);
  }

  private static ArmChange flowLog(FlowLogIndex index, ResourceId vnet, String location, int days) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("targetResourceId", vnet.toString());
    properties.put("storageId", FixParameters.FLOW_LOG_STORAGE_ID);
    properties.put("enabled", true);
    properties.put("retentionPolicy", Map.of("days", days, "enabled", true));
    properties.put("format", Map.of("type", "JSON", "version", 2));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("location", location);
    body.put("properties", properties);
    return ArmChange.put(
            watcher(index, vnet, location) + "/flowLogs/readiness-" + vnet.name(),
            FLOW_LOGS.toString(),
            API_VERSION,
            body,
            "Add a VNet flow log on "
                + (vnet.type().equals(NETWORK_INTERFACES)
                    ? "network interface '"
                    : "virtual network '")
                + vnet.name()
                + "' that keeps its flow records "
                + days
                + " days in the chosen storage account.")
        .costing(
            "Network Watcher bills the flow log data collected per GB, and the storage account"
                + " bills what it keeps.");
  }

  /**
   * The Network Watcher of the virtual network's subscription and region: the one an existing flow
   * log there hangs under, otherwise the one Azure creates, NetworkWatcher_{region} in
   * NetworkWatcherRG. There is one per subscription and region
   * (https://learn.microsoft.com/rest/api/network-watcher).
   */
  private static String watcher(FlowLogIndex index, ResourceId vnet, String location) {
    return index
        .watcherOf(vnet.subscriptionId(), location)
        .map(ResourceId::toString)
        .orElse(
            "/subscriptions/"
                + vnet.subscriptionId().orElseThrow()
                + "/resourceGroups/NetworkWatcherRG/providers/Microsoft.Network/networkWatchers/"
                + "NetworkWatcher_"
                + location);
  }
}
