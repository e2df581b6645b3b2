package dev.readiness.rules.network;

import dev.readiness.api.Json;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceId;
import dev.readiness.api.RuleContext;
import java.util.Optional;
import java.util.Set;

/** Finds subnets inside their virtual network and says which ones Azure reserves for itself. */
final class Subnets {
  /** Subnets that Azure services own; they must not, or need not, carry an NSG. */
  private static final Set<String> EXEMPT =
      Set.of(
          "gatewaysubnet",
          "azurefirewallsubnet",
          "azurefirewallmanagementsubnet",
          "azurebastionsubnet",
          "routeserversubnet");

  private Subnets() {}

  static boolean exempt(String subnetName) {
    return EXEMPT.contains(subnetName.toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * The subnet with id {@code subnetId}, read from its virtual network in the snapshot; empty when
   * the network is not there.
   */
  static Optional<Json> find(RuleContext context, String subnetId) {
    ResourceId id = ResourceId.parse(subnetId);
    return context.snapshot().resource(id.parent()).flatMap(network -> subnet(network, id.name()));
  }

  static Optional<Json> subnet(Resource network, String name) {
    return network.properties().get("subnets").items().stream()
        .filter(s -> s.get("name").textEqualsIgnoreCase(name))
        .findFirst();
  }
}
