package dev.readiness.rules.support;

import static dev.readiness.rules.types.AzureTypes.FLOW_LOGS;
import static dev.readiness.rules.types.AzureTypes.NETWORK_SECURITY_GROUPS;

import dev.readiness.api.Evidence;
import dev.readiness.api.Json;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceId;
import dev.readiness.api.Snapshot;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether traffic through a network path is recorded by an NSG or VNet flow log, and for
 * how long: the flow log's own retention capped by its storage account's lifecycle rules, or the
 * Traffic Analytics workspace's retention, whichever keeps the records longer.
 */
public final class FlowLogs {
  private FlowLogs() {}

  /**
   * The ids whose flow log records traffic through {@code nsg}: the NSG itself, the subnets it
   * guards and their virtual networks, and the network interfaces it guards. Both the NSG's
   * back-references ({@code subnets}, {@code networkInterfaces}) and the forward references of
   * subnets and interfaces in the snapshot count, since either may be missing from an export.
   */
  public static Set<ResourceId> pathsGuardedBy(FlowLogIndex index, Resource nsg) {
    Set<ResourceId> paths = new LinkedHashSet<>();
    paths.add(nsg.id());
    for (Json subnet : nsg.properties().get("subnets").items()) {
      Ids.parse(subnet.get("id")).ifPresent(id -> addSubnet(paths, id));
    }
    for (Json nic : nsg.properties().get("networkInterfaces").items()) {
      Ids.parse(nic.get("id")).ifPresent(paths::add);
    }
    index.subnetsNaming(nsg.id()).forEach(subnet -> addSubnet(paths, subnet));
    paths.addAll(index.interfacesNaming(nsg.id()));
    return paths;
  }

  private static void addSubnet(Set<ResourceId> paths, ResourceId subnet) {
    paths.add(subnet);
    paths.add(subnet.parent());
  }

  /**
   * The ids whose flow log records traffic of {@code vm}: its network interfaces and their NSGs,
   * their subnets, the subnets' NSGs and the virtual networks.
   */
  public static Set<ResourceId> pathsOf(Snapshot snapshot, Resource vm) {
    Set<ResourceId> paths = new LinkedHashSet<>();
    for (Json reference : vm.properties().at("/networkProfile/networkInterfaces").items()) {
      Optional<ResourceId> nicId = Ids.parse(reference.get("id"));
      if (nicId.isEmpty()) {
        continue;
      }
      paths.add(nicId.get());
      Optional<Resource> nic = snapshot.resource(nicId.get());
      if (nic.isEmpty()) {
        continue;
      }
      Ids.parse(nic.get().properties().at("/networkSecurityGroup/id")).ifPresent(paths::add);
      for (Json config : nic.get().properties().get("ipConfigurations").items()) {
        Optional<ResourceId> subnet = Ids.parse(config.at("/properties/subnet/id"));
        if (subnet.isPresent()) {
          paths.add(subnet.get());
          ResourceId vnet = subnet.get().parent();
          paths.add(vnet);
          subnetNsg(snapshot, vnet, subnet.get()).ifPresent(paths::add);
        }
      }
    }
    return paths;
  }

  private static Optional<ResourceId> subnetNsg(
      Snapshot snapshot, ResourceId vnet, ResourceId subnet) {
    return snapshot.resource(vnet).stream()
        .flatMap(v -> v.properties().get("subnets").items().stream())
        .filter(s -> Ids.parse(s.get("id")).map(subnet::equals).orElse(false))
        .findFirst()
        .flatMap(s -> Ids.parse(s.at("/properties/networkSecurityGroup/id")));
  }

  /** The flow logs recording traffic through any of {@code paths}. */
  public static FlowLogCoverage covering(
      FlowLogIndex index, ResourceId subject, Collection<ResourceId> paths, int thresholdDays) {
    Snapshot snapshot = index.snapshot();
    List<Resource> enabled = new ArrayList<>();
    List<Resource> disabled = new ArrayList<>();
    // A flow log has one target, so distinct paths find each flow log once.
    for (ResourceId path : new HashSet<>(paths)) {
      for (Resource flowLog : index.flowLogsOf(path)) {
        (flowLog.properties().get("enabled").isTrue() ? enabled : disabled).add(flowLog);
      }
    }
    // The snapshot's order, as a pass over its flow logs would give.
    Comparator<Resource> snapshotOrder = Comparator.comparing(Resource::id);
    enabled.sort(snapshotOrder);
    disabled.sort(snapshotOrder);
    List<Retention> retentions = new ArrayList<>();
    for (Resource flowLog : enabled) {
      retentions.add(retention(snapshot, flowLog, thresholdDays));
    }
    return new FlowLogCoverage(
        subject,
        enabled,
        disabled,
        snapshot.coverage().whyMissing(subject, FLOW_LOGS),
        Retention.best(retentions, thresholdDays));
  }

  /** How long one flow log's records are kept. */
  static Retention retention(Snapshot snapshot, Resource flowLog, int thresholdDays) {
    List<Retention> kept = new ArrayList<>();
    Json policy = flowLog.properties().get("retentionPolicy");
    long days = policy.get("days").longValue().orElse(0);
    Retention own =
        policy.get("enabled").isTrue() && days > 0
            ? Retention.days(
                (int) days,
                "flow log '" + flowLog.name() + "' deletes its records after " + days + " days",
                Evidence.of(policy, "a retention that meets the threshold"))
            : Retention.unlimited(
                "flow log '" + flowLog.name() + "' sets no retention limit",
                Evidence.of(policy, "no early deletion"));
    // NSG flow logs and VNet flow logs write to different containers and, through Traffic
    // Analytics, to different tables: AzureNetworkAnalytics_CL for NSG flow logs, NTANetAnalytics
    // for VNet flow logs
    // (https://learn.microsoft.com/azure/network-watcher/traffic-analytics-schema, "TableName").
    boolean nsgTarget =
        Ids.parse(flowLog.properties().get("targetResourceId"))
            .map(t -> t.type().equals(NETWORK_SECURITY_GROUPS))
            .orElse(false);
    Ids.parse(flowLog.properties().get("storageId"))
        .ifPresent(
            storage -> {
              String container =
                  nsgTarget
                      ? "insights-logs-networksecuritygroupflowevent"
                      : "insights-logs-flowlogflowevent";
              kept.add(own.cappedBy(RetentionChain.ofStorage(snapshot, storage, container)));
            });
    Json analytics =
        flowLog
            .properties()
            .at("/flowAnalyticsConfiguration/networkWatcherFlowAnalyticsConfiguration");
    if (analytics.get("enabled").isTrue()) {
      String table = nsgTarget ? "AzureNetworkAnalytics_CL" : "NTANetAnalytics";
      Ids.parse(analytics.get("workspaceResourceId"))
          .ifPresent(ws -> kept.add(RetentionChain.ofWorkspace(snapshot, ws, Optional.of(table))));
    }
    return Retention.best(kept, thresholdDays);
  }
}
