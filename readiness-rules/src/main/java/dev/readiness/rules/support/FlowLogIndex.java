package dev.readiness.rules.support;

import static dev.readiness.rules.types.AzureTypes.FLOW_LOGS;
import static dev.readiness.rules.types.AzureTypes.NETWORK_INTERFACES;
import static dev.readiness.rules.types.AzureTypes.VIRTUAL_NETWORKS;

import dev.readiness.api.Json;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceId;
import dev.readiness.api.Snapshot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The references {@link FlowLogs} follows, gathered in one pass over a snapshot so that a rule
 * asking about every network security group does linear work, not a pass over every flow log,
 * subnet and network interface per group. Build one per evaluation with {@link #of(Snapshot)}.
 */
public final class FlowLogIndex {
  private final Snapshot snapshot;
  private final Map<ResourceId, List<Resource>> flowLogsByTarget = new HashMap<>();
  private final Map<ResourceId, List<ResourceId>> subnetsByNsg = new HashMap<>();
  private final Map<ResourceId, List<ResourceId>> interfacesByNsg = new HashMap<>();

  /**
   * Per subscription, and per region ignoring case, the least id of a Network Watcher that an
   * existing flow log hangs under.
   */
  private final Map<Optional<String>, Map<String, ResourceId>> watchers = new HashMap<>();

  private FlowLogIndex(Snapshot snapshot) {
    this.snapshot = snapshot;
    for (Resource flowLog : snapshot.resources(FLOW_LOGS)) {
      Ids.parse(flowLog.properties().get("targetResourceId"))
          .ifPresent(target -> add(flowLogsByTarget, target, flowLog));
      flowLog
          .location()
          .ifPresent(
              location ->
                  watchers
                      .computeIfAbsent(
                          flowLog.id().subscriptionId(),
                          s -> new TreeMap<>(String.CASE_INSENSITIVE_ORDER))
                      .merge(
                          location, flowLog.id().parent(), (a, b) -> a.compareTo(b) <= 0 ? a : b));
    }
    for (Resource vnet : snapshot.resources(VIRTUAL_NETWORKS)) {
      for (Json subnet : vnet.properties().get("subnets").items()) {
        Ids.parse(subnet.at("/properties/networkSecurityGroup/id"))
            .ifPresent(
                nsg -> Ids.parse(subnet.get("id")).ifPresent(s -> add(subnetsByNsg, nsg, s)));
      }
    }
    for (Resource nic : snapshot.resources(NETWORK_INTERFACES)) {
      Ids.parse(nic.properties().at("/networkSecurityGroup/id"))
          .ifPresent(nsg -> add(interfacesByNsg, nsg, nic.id()));
    }
  }

  /** Indexes {@code snapshot}. */
  public static FlowLogIndex of(Snapshot snapshot) {
    return new FlowLogIndex(snapshot);
  }

  private static <V> void add(Map<ResourceId, List<V>> map, ResourceId key, V value) {
    map.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
  }

  Snapshot snapshot() {
    return snapshot;
  }

  /** The flow logs whose target is {@code id}, in the snapshot's order. */
  List<Resource> flowLogsOf(ResourceId id) {
    return flowLogsByTarget.getOrDefault(id, List.of());
  }

  /** The subnets whose own {@code networkSecurityGroup} names {@code nsg}. */
  List<ResourceId> subnetsNaming(ResourceId nsg) {
    return subnetsByNsg.getOrDefault(nsg, List.of());
  }

  /**
   * The least id of the Network Watchers that a flow log in {@code subscriptionId} and {@code
   * location} (ignoring case) hangs under; empty when no flow log is there.
   */
  Optional<ResourceId> watcherOf(Optional<String> subscriptionId, String location) {
    return Optional.ofNullable(watchers.getOrDefault(subscriptionId, Map.of()).get(location));
  }

  /** The network interfaces whose own {@code networkSecurityGroup} names {@code nsg}. */
  List<ResourceId> interfacesNaming(ResourceId nsg) {
    return interfacesByNsg.getOrDefault(nsg, List.of());
  }
}
