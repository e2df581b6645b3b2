package dev.readiness.rules.network;

import static dev.readiness.rules.types.AzureTypes.NETWORK_SECURITY_GROUPS;
import static dev.readiness.rules.types.AzureTypes.VIRTUAL_NETWORKS;

import dev.readiness.api.ArmChange;
import dev.readiness.api.Change;
import dev.readiness.api.Fix;
import dev.readiness.api.Json;
import dev.readiness.api.Resource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fix for a virtual network's subnets that no NSG guards: for each, a new NSG that keeps what
 * the subnet lets in today but for the management ports from the Internet, then the subnet with
 * that NSG attached.
 *
 * <p>A subnet with no NSG admits everything; a new NSG's default rules deny inbound traffic from
 * outside the virtual network
 * (https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview, "Default
 * security rules"), so an NSG with default rules alone would cut off what the subnet serves today.
 * The NSG therefore allows the Internet in at the lowest priority and denies it the management
 * ports above that: the subnet keeps its traffic, loses only the way in an attacker uses most, and
 * gains the NSG its owner narrows further. A subnet takes no PATCH, only a PUT of its whole
 * definition (azure-rest-api-specs
 * specification/network/resource-manager/Microsoft.Network/stable/2024-05-01/virtualNetwork.json,
 * Subnets_CreateOrUpdate), so the PUT sends every property the snapshot holds for it back as it is,
 * apart from those ARM computes.
 */
final class SubnetGuardFix {
  private static final String API_VERSION = "2024-05-01";

  /** Subnet properties ARM computes; the definition marks them read-only. */
  private static final Set<String> READ_ONLY =
      Set.of(
          "provisioningState",
          "ipConfigurations",
          "ipConfigurationProfiles",
          "privateEndpoints",
          "resourceNavigationLinks",
          "serviceAssociationLinks",
          "purpose");

  private SubnetGuardFix() {}

  /** The changes that guard {@code subnets} of {@code network}, with {@code ports} closed. */
  static Fix guard(Resource network, List<Json> subnets, List<Integer> ports) {
    List<Change> changes = new ArrayList<>();
    for (Json subnet : subnets) {
      String name = subnet.get("name").textOr("");
      String nsgId =
          "/subscriptions/"
              + network.id().subscriptionId().orElse("")
              + "/resourceGroups/"
              + network.id().resourceGroup().orElse("")
              + "/providers/Microsoft.Network/networkSecurityGroups/readiness-"
              + network.name()
              + "-"
              + name;
      changes.add(securityGroup(network, name, nsgId, ports));
      changes.add(attach(network, subnet, name, nsgId));
    }
    return Fix.of(changes);
  }

  private static ArmChange securityGroup(
      Resource network, String subnet, String nsgId, List<Integer> ports) {
    List<Object> rules = new ArrayList<>();
    rules.add(
        rule(
            "readiness-deny-management-from-internet",
            4000,
            "Deny",
            ports.stream().map(String::valueOf).toList()));
    rules.add(rule("readiness-allow-inbound-as-before", 4096, "Allow", List.of("*")));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("location", network.location().orElse(""));
    body.put("properties", Map.of("securityRules", rules));
    return ArmChange.put(
        nsgId,
        NETWORK_SECURITY_GROUPS.toString(),
        API_VERSION,
        body,
        "Create NSG '"
            + nsgId.substring(nsgId.lastIndexOf('/') + 1)
            + "' for subnet '"
            + subnet
            + "' of virtual network '"
            + network.name()
            + "': it denies management ports "
            + ports
            + " from the Internet and lets in everything else the subnet receives today; narrow"
            + " its rules to what the subnet's workloads need.");
  }

  private static Map<String, Object> rule(
      String name, int priority, String access, List<String> ports) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("priority", priority);
    properties.put("direction", "Inbound");
    properties.put("access", access);
    properties.put("protocol", "*");
    properties.put("sourceAddressPrefix", "Internet");
    properties.put("sourcePortRange", "*");
    properties.put("destinationAddressPrefix", "*");
    if (ports.size() == 1) {
      properties.put("destinationPortRange", ports.get(0));
    } else {
      properties.put("destinationPortRanges", ports);
    }
    Map<String, Object> rule = new LinkedHashMap<>();
    rule.put("name", name);
    rule.put("properties", properties);
    return rule;
  }

  private static ArmChange attach(Resource network, Json subnet, String name, String nsgId) {
    Map<String, Object> properties = new LinkedHashMap<>();
    subnet
        .get("properties")
        .toPlainMap()
        .forEach(
            (field, value) -> {
              if (value != null && !READ_ONLY.contains(field)) {
                properties.put(field, value);
              }
            });
    properties.put("networkSecurityGroup", Map.of("id", nsgId));
    return ArmChange.put(
        network.id() + "/subnets/" + name,
        VIRTUAL_NETWORKS + "/subnets",
        API_VERSION,
        Map.of("properties", properties),
        "Attach NSG '"
            + nsgId.substring(nsgId.lastIndexOf('/') + 1)
            + "' to subnet '"
            + name
            + "' of virtual network '"
            + network.name()
            + "', keeping the subnet's other settings as they are.");
  }
}
