package dev.readiness.rules.network;

import static dev.readiness.rules.types.AzureTypes.AZURE_FIREWALLS;
import static dev.readiness.rules.types.AzureTypes.FIREWALL_POLICIES;
import static dev.readiness.rules.types.AzureTypes.FIREWALL_POLICY_RULE_COLLECTION_GROUPS;
import static dev.readiness.rules.types.AzureTypes.LOAD_BALANCERS;

import dev.readiness.api.Evidence;
import dev.readiness.api.Json;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceId;
import dev.readiness.api.ResourceType;
import dev.readiness.api.RuleContext;
import dev.readiness.rules.support.Ids;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;

/**
 * The ways the Internet reaches one IP configuration of a network interface besides a public IP of
 * its own: a public load balancer frontend that forwards to it (an inbound NAT rule, or a
 * load-balancing or pool NAT rule on a backend pool it belongs to), and an Azure Firewall DNAT rule
 * that translates Internet traffic to its private address.
 *
 * <p>Shapes: a NIC IP configuration names {@code loadBalancerInboundNatRules[].id} and {@code
 * loadBalancerBackendAddressPools[].id} (a scale set's also {@code
 * loadBalancerInboundNatPools[].id}, matching the balancer's {@code inboundNatPools[]}); a load
 * balancer holds {@code frontendIPConfigurations[]} (public when {@code properties.publicIPAddress}
 * or {@code publicIPPrefix} is set), {@code inboundNatRules[]} (with {@code backendPort}, and
 * {@code backendAddressPool} for rules on a pool) and {@code loadBalancingRules[]} (with {@code
 * backendAddressPool} or {@code backendAddressPools}, {@code protocol} Tcp, Udp or All, and {@code
 * backendPort} 0 for every port); azure-rest-api-specs
 * specification/network/resource-manager/Microsoft.Network/stable/2024-05-01/loadBalancer.json and
 * networkInterface.json, example LoadBalancerGetInboundNatRulePortMapping.json. Azure Firewall DNAT
 * rules are {@code properties.natRuleCollections[].properties.rules[]} of the firewall ({@code
 * sourceAddresses}, {@code destinationPorts}, {@code protocols}, {@code translatedAddress}, {@code
 * translatedPort}; azureFirewall.json) or, under a firewall policy, rules of {@code ruleType}
 * NatRule in {@code ruleCollections[]} of type FirewallPolicyNatRuleCollection of its rule
 * collection groups ({@code ipProtocols} instead of {@code protocols}; firewallPolicy.json,
 * https://learn.microsoft.com/azure/firewall/tutorial-firewall-dnat-policy).
 */
final class InternetPaths {
  /** A backend port of 0 means every port (a load-balancing rule for all ports). */
  static final int EVERY_PORT = 0;

  /** What a DNAT path is read from: the firewall, its policy and the policy's rule groups. */
  static final List<ResourceType> FIREWALL_TYPES =
      List.of(AZURE_FIREWALLS, FIREWALL_POLICIES, FIREWALL_POLICY_RULE_COLLECTION_GROUPS);

  /**
   * One way in from the Internet: what it is, the port it delivers to on the NIC, whether the NIC's
   * and subnet's NSGs still filter it, the value that proves it, and the types it was read from
   * beyond the NIC's own.
   */
  record Path(
      String description,
      int backendPort,
      boolean filteredByNsgs,
      Evidence proof,
      List<ResourceType> readFrom) {
    boolean delivers(int port) {
      return backendPort == EVERY_PORT || backendPort == port;
    }
  }

  private final RuleContext context;
  private final List<Path> paths = new ArrayList<>();
  private final List<String> undecided = new ArrayList<>();

  private InternetPaths(RuleContext context) {
    this.context = context;
  }

  /**
   * The paths from the Internet to {@code configuration} of a NIC through load balancers and {@code
   * firewalls}; what could not be read is in {@link #undecided()}.
   */
  static InternetPaths to(
      RuleContext context, Json configuration, List<Resource> firewalls, ResourceId network) {
    InternetPaths found = new InternetPaths(context);
    found.loadBalancers(configuration);
    configuration
        .at("/properties/privateIPAddress")
        .text()
        .filter(address -> !address.isBlank())
        .ifPresent(address -> firewalls.forEach(fw -> found.firewall(fw, address, network)));
    return found;
  }

  List<Path> paths() {
    return paths;
  }

  /** Why some path could not be decided, as clauses. */
  List<String> undecided() {
    return undecided;
  }

  private void loadBalancers(Json configuration) {
    Set<ResourceId> natRules = ids(configuration.at("/properties/loadBalancerInboundNatRules"));
    Set<ResourceId> pools = ids(configuration.at("/properties/loadBalancerBackendAddressPools"));
    Set<ResourceId> natPools = ids(configuration.at("/properties/loadBalancerInboundNatPools"));
    Set<ResourceId> balancers = new TreeSet<>();
    natRules.forEach(id -> balancers.add(id.parent()));
    pools.forEach(id -> balancers.add(id.parent()));
    natPools.forEach(id -> balancers.add(id.parent()));
    for (ResourceId balancerId : balancers) {
      Optional<Resource> balancer = context.snapshot().resource(balancerId);
      if (balancer.isEmpty()) {
        undecided.add("its load balancer '" + balancerId.name() + "' is not in the snapshot");
        continue;
      }
      for (Json rule : balancer.get().properties().get("inboundNatRules").items()) {
        if (id(rule).map(natRules::contains).orElse(false)
            || idAt(rule, "backendAddressPool").map(pools::contains).orElse(false)) {
          forwarding(balancer.get(), rule, "inbound NAT rule");
        }
      }
      // Inbound NAT pools give each scale set instance a frontend port of a range.
      for (Json pool : balancer.get().properties().get("inboundNatPools").items()) {
        if (id(pool).map(natPools::contains).orElse(false)) {
          forwarding(balancer.get(), pool, "inbound NAT pool");
        }
      }
      for (Json rule : balancer.get().properties().get("loadBalancingRules").items()) {
        Set<ResourceId> rulePools = ids(rule.at("/properties/backendAddressPools"));
        idAt(rule, "backendAddressPool").ifPresent(rulePools::add);
        if (rulePools.stream().anyMatch(pools::contains)) {
          forwarding(balancer.get(), rule, "load-balancing rule");
        }
      }
    }
  }

  /** Adds the rule as a path when it forwards TCP from a public frontend. */
  private void forwarding(Resource balancer, Json rule, String kind) {
    Json protocol = rule.at("/properties/protocol");
    if (!protocol.textEqualsIgnoreCase("Tcp") && !protocol.textEqualsIgnoreCase("All")) {
      return;
    }
    Optional<ResourceId> frontendId = idAt(rule, "frontendIPConfiguration");
    Optional<Json> frontend =
        balancer.properties().get("frontendIPConfigurations").items().stream()
            .filter(f -> frontendId.isPresent() && frontendId.equals(id(f)))
            .findFirst();
    if (frontend.isEmpty()) {
      return;
    }
    Json publicIp = frontend.get().at("/properties/publicIPAddress/id");
    Json publicPrefix = frontend.get().at("/properties/publicIPPrefix/id");
    Json proof = publicIp.textOr("").isBlank() ? publicPrefix : publicIp;
    if (proof.textOr("").isBlank()) {
      return;
    }
    int backendPort = (int) rule.at("/properties/backendPort").longValue().orElse(EVERY_PORT);
    paths.add(
        new Path(
            "load balancer '"
                + balancer.name()
                + "' ("
                + kind
                + " '"
                + rule.get("name").textOr("")
                + "')",
            backendPort,
            true,
            Evidence.of(proof, "no public frontend forwarding management ports"),
            List.of(LOAD_BALANCERS)));
  }

  /**
   * Adds the DNAT rules of {@code firewall} (its own and its policy's) that translate Internet
   * traffic to {@code address}, when the firewall can reach the NIC's network {@code network}.
   */
  private void firewall(Resource firewall, String address, ResourceId network) {
    List<Json> rules = new ArrayList<>();
    for (Json collection : firewall.properties().get("natRuleCollections").items()) {
      rules.addAll(collection.at("/properties/rules").items());
    }
    Optional<ResourceId> policy = Ids.parse(firewall.at("/properties/firewallPolicy/id"));
    boolean policyUnread =
        policy.isPresent() && context.snapshot().resource(policy.get()).isEmpty();
    policy.ifPresent(id -> rules.addAll(policyNatRules(id)));
    List<Json> translating =
        rules.stream()
            .filter(rule -> rule.get("translatedAddress").textEqualsIgnoreCase(address))
            .filter(InternetPaths::carriesTcp)
            .toList();
    if (translating.isEmpty() && !policyUnread) {
      return;
    }
    Optional<Boolean> reaches = reachesNetwork(firewall, network);
    if (reaches.isPresent() && !reaches.get()) {
      return;
    }
    if (reaches.isEmpty() || policyUnread) {
      undecided.add(
          "firewall '"
              + firewall.name()
              + (reaches.isEmpty()
                  ? "' may translate to its address, but the firewall's virtual network is not in"
                      + " the snapshot"
                  : "' may translate to its address, but its firewall policy '"
                      + policy.get().name()
                      + "' is not in the snapshot"));
      return;
    }
    translating.forEach(rule -> dnat(firewall, rule));
  }

  /** The DNAT rules of the rule collection groups of firewall policy {@code policy}. */
  private List<Json> policyNatRules(ResourceId policy) {
    List<Json> rules = new ArrayList<>();
    for (Resource group :
        context.snapshot().children(policy, FIREWALL_POLICY_RULE_COLLECTION_GROUPS)) {
      for (Json collection : group.properties().get("ruleCollections").items()) {
        if (collection
            .get("ruleCollectionType")
            .textEqualsIgnoreCase("FirewallPolicyNatRuleCollection")) {
          rules.addAll(collection.get("rules").items());
        }
      }
    }
    return rules;
  }

  /**
   * Adds a DNAT rule that admits the Internet as a path. The rule's own source list is the filter
   * DNAT traffic passes at the firewall, so it decides whether the Internet is let in.
   */
  private void dnat(Resource firewall, Json rule) {
    String name =
        "firewall '" + firewall.name() + "' (DNAT rule '" + rule.get("name").textOr("") + "')";
    boolean fromInternet =
        rule.get("sourceAddresses").items().stream()
            .anyMatch(source -> NsgRules.isInternet(source.textOr("")));
    if (!fromInternet) {
      if (!rule.get("sourceIpGroups").items().isEmpty()) {
        undecided.add(name + " admits IP groups, whose addresses are not read");
      }
      return;
    }
    parsePort(rule.get("translatedPort"))
        .ifPresent(
            port ->
                paths.add(
                    new Path(
                        name,
                        (int) port,
                        false,
                        Evidence.of(rule.get("sourceAddresses"), "no DNAT from the Internet"),
                        FIREWALL_TYPES)));
  }

  /**
   * Whether the firewall sits in {@code network} or in a network peered with it; empty when the
   * firewall's network is not in the snapshot.
   */
  private Optional<Boolean> reachesNetwork(Resource firewall, ResourceId network) {
    Optional<ResourceId> own =
        firewall.properties().get("ipConfigurations").items().stream()
            .map(c -> Ids.parse(c.at("/properties/subnet/id")))
            .flatMap(Optional::stream)
            .map(ResourceId::parent)
            .findFirst();
    if (own.isEmpty()) {
      return Optional.empty();
    }
    if (network != null && own.get().equals(network)) {
      return Optional.of(true);
    }
    return context
        .snapshot()
        .resource(own.get())
        .map(
            hub ->
                hub.properties().get("virtualNetworkPeerings").items().stream()
                    .map(p -> Ids.parse(p.at("/properties/remoteVirtualNetwork/id")))
                    .flatMap(Optional::stream)
                    .anyMatch(remote -> remote.equals(network)));
  }

  private static boolean carriesTcp(Json rule) {
    List<Json> protocols = new ArrayList<>(rule.get("protocols").items());
    protocols.addAll(rule.get("ipProtocols").items());
    return protocols.stream()
        .anyMatch(p -> p.textEqualsIgnoreCase("TCP") || p.textEqualsIgnoreCase("Any"));
  }

  /** A translated port as ARM spells it: a string such as "3389" (or a number). */
  private static OptionalLong parsePort(Json port) {
    try {
      return OptionalLong.of(Long.parseLong(port.textOr("").strip()));
    } catch (NumberFormatException notAPort) {
      return port.longValue();
    }
  }

  private static Set<ResourceId> ids(Json references) {
    Set<ResourceId> ids = new TreeSet<>();
    references.items().forEach(reference -> Ids.parse(reference.get("id")).ifPresent(ids::add));
    return ids;
  }

  private static Optional<ResourceId> id(Json item) {
    return Ids.parse(item.get("id"));
  }

  private static Optional<ResourceId> idAt(Json rule, String reference) {
    return Ids.parse(rule.at("/properties/" + reference + "/id"));
  }
}
