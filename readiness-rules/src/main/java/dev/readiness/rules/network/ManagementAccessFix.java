package dev.readiness.rules.network;

import static dev.readiness.rules.types.AzureTypes.BASTION_HOSTS;
import static dev.readiness.rules.types.AzureTypes.NETWORK_SECURITY_GROUPS;
import static dev.readiness.rules.types.AzureTypes.VIRTUAL_MACHINES;
import static dev.readiness.rules.types.AzureTypes.VM_SCALE_SETS;

import dev.readiness.api.ArmChange;
import dev.readiness.api.Change;
import dev.readiness.api.Fix;
import dev.readiness.api.HumanStep;
import dev.readiness.api.Json;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceId;
import dev.readiness.api.RuleContext;
import dev.readiness.rules.support.FixParameters;
import dev.readiness.rules.support.Scopes;
import dev.readiness.rules.support.Texts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Collects, for one VM or scale set, the changes that close the Internet's ways to its management
 * ports: each NSG rule that lets the Internet in is narrowed to the private management sources; a
 * way no NSG rule opens (no NSG at all, a firewall DNAT rule) is a person's decision.
 */
final class ManagementAccessFix {

  private final Map<String, ArmChange> narrowedRules = new LinkedHashMap<>();
  private final Map<String, Resource> unguardedInterfaces = new LinkedHashMap<>();
  private final Set<String> otherWays = new LinkedHashSet<>();

  /**
   * Narrows {@code rule} of {@code nsg}, which lets the Internet reach {@code ports}: a PUT of the
   * rule with every property it has and the source set to the chosen private sources
   * (azure-rest-api-specs
   * specification/network/resource-manager/Microsoft.Network/stable/2024-05-01/examples/NetworkSecurityGroupRuleCreate.json).
   * A PUT replaces the rule, so the properties it keeps are sent back as they are.
   */
  void narrow(Resource nsg, Json rule, List<Integer> ports) {
    String name = rule.get("name").textOr("");
    String id = nsg.id() + "/securityRules/" + name;
    if (name.isBlank() || narrowedRules.containsKey(id)) {
      return;
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    Map<String, Object> current = rule.get("properties").toPlainMap();
    current.forEach(
        (field, value) -> {
          // provisioningState is read-only; the plural source list gives way to the single source.
          if (value != null
              && !field.equals("provisioningState")
              && !field.equals("sourceAddressPrefixes")) {
            properties.put(field, value);
          }
        });
    properties.put("sourceAddressPrefix", FixParameters.MANAGEMENT_SOURCE_PREFIX);
    narrowedRules.put(
        id,
        ArmChange.put(
            id,
            NETWORK_SECURITY_GROUPS + "/securityRules",
            "2024-05-01",
            Map.of("properties", properties),
            "Let NSG rule '"
                + name
                + "' of '"
                + nsg.name()
                + "', which lets the Internet reach management "
                + (ports.size() == 1 ? "port " : "ports ")
                + ports
                + ", admit only the private management sources; if it also serves public"
                + " traffic on other ports, split it first."));
  }

  /**
   * A VM's network interface that the Internet reaches with no NSG on it or its subnet: it gets an
   * NSG of its own ({@link InterfaceGuardFix}).
   */
  void guardInterface(Resource nic) {
    unguardedInterfaces.putIfAbsent(nic.id().key(), nic);
  }

  /** A way in that no NSG rule opens, such as a scale set with no NSG or a DNAT rule. */
  void closeByHand(String way) {
    otherWays.add(way);
  }

  /**
   * The fix: the narrowed rules, the new NSGs of unguarded interfaces, then a person's step for the
   * other ways, if any.
   */
  Fix fix() {
    List<Change> changes = new ArrayList<>(narrowedRules.values());
    unguardedInterfaces.values().forEach(nic -> changes.addAll(InterfaceGuardFix.guard(nic)));
    if (!otherWays.isEmpty()) {
      changes.add(
          new HumanStep(
              "Close the management ports reached through "
                  + Texts.joinClauses(List.copyOf(otherWays))
                  + ": attach an NSG that admits them only from the private management path, or"
                  + " remove the public IP address or DNAT rule if it serves administration only.",
              "the network administrator"));
    }
    if (changes.isEmpty()) {
      return Fix.NONE;
    }
    // The new NSGs' ids name the suffix parameter; a fix without them must not declare it.
    return unguardedInterfaces.isEmpty()
        ? Fix.of(changes)
        : Fix.of(changes, FixParameters.NIC_NSG_SUFFIX);
  }

  /**
   * The fix for a subscription with no private management path: an Azure Bastion host of the
   * Developer tier in each virtual network its VMs and scale sets are in. That tier is free, needs
   * no AzureBastionSubnet and no public IP address (azure-rest-api-specs
   * specification/network/resource-manager/Microsoft.Network/stable/2024-05-01/examples/BastionHostDeveloperGet.json),
   * so no address space or budget has to be chosen first; the paid tiers, a VPN or ExpressRoute
   * stay the architect's later choice. Where no VM's network is in the snapshot, choosing the path
   * is a person's step.
   */
  static Fix privatePath(RuleContext context, String subscription) {
    Map<String, Resource> networks = new TreeMap<>();
    List<String> subnetIds = new ArrayList<>();
    for (Resource vm : Scopes.inSubscription(context, VIRTUAL_MACHINES, subscription)) {
      for (Json reference : vm.at("/properties/networkProfile/networkInterfaces").items()) {
        reference
            .get("id")
            .text()
            .flatMap(id -> context.snapshot().resource(id))
            .ifPresent(nic -> addSubnets(nic.properties().get("ipConfigurations"), subnetIds));
      }
    }
    for (Resource scaleSet : Scopes.inSubscription(context, VM_SCALE_SETS, subscription)) {
      for (Json configuration :
          scaleSet
              .at("/properties/virtualMachineProfile/networkProfile/networkInterfaceConfigurations")
              .items()) {
        addSubnets(configuration.at("/properties/ipConfigurations"), subnetIds);
      }
    }
    for (String subnetId : subnetIds) {
      ResourceId network = ResourceId.parse(subnetId).parent();
      context
          .snapshot()
          .resource(network)
          .ifPresent(found -> networks.putIfAbsent(network.key(), found));
    }
    if (networks.isEmpty()) {
      return Fix.of(
          new HumanStep(
              "Choose and build a private management path for the VMs of subscription "
                  + subscription
                  + ": Azure Bastion in their virtual network (billed per hour and by outbound"
                  + " data), a point-to-site or site-to-site VPN gateway, or ExpressRoute; then"
                  + " administer the VMs only through it.",
              "the network architect"));
    }
    return Fix.of(networks.values().stream().map(ManagementAccessFix::bastion).toList());
  }

  private static void addSubnets(Json ipConfigurations, List<String> subnetIds) {
    for (Json configuration : ipConfigurations.items()) {
      configuration
          .at("/properties/subnet/id")
          .text()
          .filter(id -> !id.isBlank())
          .ifPresent(subnetIds::add);
    }
  }

  private static ArmChange bastion(Resource network) {
    String name = "readiness-" + network.name();
    String id =
        "/subscriptions/"
            + network.id().subscriptionId().orElse("")
            + "/resourceGroups/"
            + network.id().resourceGroup().orElse("")
            + "/providers/Microsoft.Network/bastionHosts/"
            + name;
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("location", network.location().orElse(""));
    body.put("sku", Map.of("name", "Developer"));
    body.put("properties", Map.of("virtualNetwork", Map.of("id", network.id().toString())));
    return ArmChange.put(
        id,
        BASTION_HOSTS.toString(),
        "2024-05-01",
        body,
        "Create Azure Bastion '"
            + name
            + "' (Developer tier) for virtual network '"
            + network.name()
            + "', so that its VMs are administered through the portal over Bastion rather than"
            + " from the Internet; the Developer tier serves one session at a time in the regions"
            + " that offer it, and the Basic or Standard tier (with an AzureBastionSubnet) replaces"
            + " it for a team.");
  }
}
