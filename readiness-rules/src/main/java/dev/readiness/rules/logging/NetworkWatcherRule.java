package dev.readiness.rules.logging;

import static dev.readiness.rules.types.AzureTypes.NETWORK_SECURITY_GROUPS;
import static dev.readiness.rules.types.AzureTypes.NETWORK_WATCHERS;
import static dev.readiness.rules.types.AzureTypes.PUBLIC_IP_ADDRESSES;
import static dev.readiness.rules.types.AzureTypes.VIRTUAL_NETWORKS;

import dev.readiness.api.ArmChange;
import dev.readiness.api.Category;
import dev.readiness.api.Evidence;
import dev.readiness.api.Fix;
import dev.readiness.api.Remediation;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceType;
import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleMetadata;
import dev.readiness.api.Severity;
import dev.readiness.rules.checklist.ChecklistOptions;
import dev.readiness.rules.checklist.ChecklistRow;
import dev.readiness.rules.support.ChecklistRule;
import dev.readiness.rules.support.ResourceLabels;
import dev.readiness.rules.support.Texts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** FR-LOG-10: Network Watcher is enabled in every subscription region that holds networking. */
public final class NetworkWatcherRule extends ChecklistRule {
  private static final List<ResourceType> NETWORKING =
      List.of(VIRTUAL_NETWORKS, NETWORK_SECURITY_GROUPS, PUBLIC_IP_ADDRESSES);

  private final int listed;

  /** The rule; {@code options} limits how many items a message lists. */
  public NetworkWatcherRule(ChecklistOptions options) {
    super(
        RuleMetadata.builder("FR-LOG-10")
            .title("Network Watcher enabled in every region in use")
            .category(Category.LOGGING_AND_MONITORING)
            .severity(
                Severity.MEDIUM,
                "Without it no flow log can be created in the region when it is needed.")
            .rationale(
                "Can traffic in this region be recorded at all, today or the day an incident"
                    + " starts? Flow logs and packet captures live under the region's Network"
                    + " Watcher; a region without one records nothing.")
            .remediation(
                Remediation.of(
                    "Network Watcher > Overview > Enable Network Watcher for every region and"
                        + " subscription that holds virtual networks.",
                    "az network watcher configure --resource-group NetworkWatcherRG"
                        + " --locations westeurope --enabled true"))
            .learnMore("https://learn.microsoft.com/azure/network-watcher/network-watcher-create")
            .controls("MCSB LT-4", "CIS Azure 1.3.0 6.5")
            .peerChecks(
                "Prowler network_watcher_enabled",
                "Azure Policy 'Network Watcher should be enabled'")
            .checklistItems(ChecklistRow.FLOW_LOGS.text())
            .reads(NETWORK_WATCHERS, VIRTUAL_NETWORKS, NETWORK_SECURITY_GROUPS, PUBLIC_IP_ADDRESSES)
            .build(),
        options);
    this.listed = options.listedItemsLimit();
  }

  @Override
  public void evaluate(RuleContext context) {
    Map<String, List<Resource>> networkingByRegion = new TreeMap<>();
    for (ResourceType type : NETWORKING) {
      for (Resource resource : context.resources(type)) {
        networkingByRegion.computeIfAbsent(key(resource), k -> new ArrayList<>()).add(resource);
      }
    }
    networkingByRegion.forEach(
        (key, resources) -> {
          String region = resources.get(0).location().orElse("an unknown region");
          Optional<Resource> watcher =
              context.resources(NETWORK_WATCHERS).stream()
                  .filter(w -> key(w).equals(key))
                  .filter(
                      w -> !w.properties().get("provisioningState").textEqualsIgnoreCase("Failed"))
                  .findFirst();
          if (watcher.isPresent()) {
            context
                .verdict(watcher.get())
                .evidence(Evidence.of(watcher.get().root().get("location"), region))
                .pass(
                    "Network Watcher '"
                        + watcher.get().name()
                        + "' serves "
                        + region
                        + ", which holds "
                        + Texts.count(
                            resources.size(), "networking resource", "networking resources")
                        + ".")
                .report();
            return;
          }
          List<String> names = resources.stream().map(Resource::name).toList();
          Fix fix =
              resources.get(0).location().isPresent() && !key.startsWith("/")
                  ? Fix.of(watcher(key, region))
                  : Fix.NONE;
          for (Resource resource : resources) {
            context
                .verdict(resource)
                .dependsOn(NETWORK_WATCHERS, resource.type())
                .evidence(
                    Evidence.absent(
                        resource.id(),
                        "no Network Watcher in " + region,
                        "a Network Watcher in the resource's subscription and region"))
                .fix(fix)
                .fail(
                    ResourceLabels.of(resource)
                        + " lies in "
                        + region
                        + ", where its subscription has no Network Watcher, so no flow log can"
                        + " record traffic there (region holds "
                        + Texts.listed(names, listed)
                        + ").")
                .report();
          }
        });
  }

  /**
   * Creates the Network Watcher Azure itself would create for the region: NetworkWatcher_{region}
   * in the resource group NetworkWatcherRG, which must already exist (one watcher per subscription
   * and region, https://learn.microsoft.com/rest/api/network-watcher; the group is created first in
   * https://learn.microsoft.com/powershell/module/az.network/new-aznetworkwatcher). Body per
   * azure-rest-api-specs
   * specification/network/resource-manager/Microsoft.Network/stable/2024-05-01/networkWatcher.json
   * (NetworkWatcher: location and properties; example NetworkWatcherCreate.json).
   */
  private static ArmChange watcher(String key, String location) {
    String subscription = key.substring(0, key.indexOf('/'));
    String region = key.substring(key.indexOf('/') + 1);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("location", location);
    body.put("properties", Map.of());
    return ArmChange.put(
        "/subscriptions/"
            + subscription
            + "/resourceGroups/NetworkWatcherRG/providers/Microsoft.Network/networkWatchers/"
            + "NetworkWatcher_"
            + region,
        NETWORK_WATCHERS.toString(),
        "2024-05-01",
        body,
        "Enable Network Watcher in "
            + location
            + " (create the resource group NetworkWatcherRG first if the subscription has none).");
  }

  /** Subscription and normalized region: "West Europe" and "westeurope" are the same place. */
  private static String key(Resource resource) {
    String region = resource.location().orElse("").replace(" ", "").toLowerCase(Locale.ROOT);
    return resource.subscriptionId().orElse("").toLowerCase(Locale.ROOT) + "/" + region;
  }
}
