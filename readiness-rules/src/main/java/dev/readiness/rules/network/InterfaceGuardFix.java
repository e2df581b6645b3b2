package dev.readiness.rules.network;

import static dev.readiness.rules.types.AzureTypes.NETWORK_INTERFACES;
import static dev.readiness.rules.types.AzureTypes.NETWORK_SECURITY_GROUPS;

import dev.readiness.api.ArmChange;
import dev.readiness.api.Resource;
import dev.readiness.rules.support.FixParameters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fix for a VM's network interface that the Internet reaches when no NSG guards it or its
 * subnet: a new NSG in the interface's resource group and region, named after the interface with
 * the {@code nicNsgSuffix} parameter, whose one rule denies inbound traffic from the Internet; then
 * the interface with that NSG attached, in that order, since the interface can only name an NSG
 * that exists.
 *
 * <p>The NSG's default rules already deny inbound traffic from outside the virtual network
 * (https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview, "Default
 * security rules"); the explicit rule says so where its owner will look, and stays when someone
 * adds allow rules above it. Whatever the VM serves to the Internet stops until an allow rule
 * admits it, which the summary says. A network interface takes a PUT of its whole definition
 * (azure-rest-api-specs
 * specification/network/resource-manager/Microsoft.Network/stable/2024-05-01/networkInterface.json,
 * NetworkInterfaces_CreateOrUpdate), so the PUT sends back what the snapshot holds for it, apart
 * from the properties that definition marks read-only.
 */
final class InterfaceGuardFix {
  private static final String API_VERSION = "2024-05-01";

  /** Interface properties ARM computes (NetworkInterfacePropertiesFormat, readOnly). */
  private static final Set<String> READ_ONLY =
      Set.of(
          "virtualMachine",
          "privateEndpoint",
          "tapConfigurations",
          "macAddress",
          "primary",
          "vnetEncryptionSupported",
          "defaultOutboundConnectivityEnabled",
          "hostedWorkloads",
          "dscpConfiguration",
          "resourceGuid",
          "provisioningState");

  /** IP configuration properties ARM computes (NetworkInterfaceIPConfigurationPropertiesFormat). */
  private static final Set<String> IP_CONFIGURATION_READ_ONLY =
      Set.of("provisioningState", "privateLinkConnectionProperties");

  /** DNS settings ARM computes (NetworkInterfaceDnsSettings). */
  private static final Set<String> DNS_READ_ONLY =
      Set.of("appliedDnsServers", "internalFqdn", "internalDomainNameSuffix");

  private InterfaceGuardFix() {}

  /** The new NSG, then {@code nic} with it attached. */
  static List<ArmChange> guard(Resource nic) {
    String nsgName = nic.name() + FixParameters.NIC_NSG_SUFFIX.inId();
    String nsgId =
        "/subscriptions/"
            + nic.id().subscriptionId().orElse("")
            + "/resourceGroups/"
            + nic.id().resourceGroup().orElse("")
            + "/providers/Microsoft.Network/networkSecurityGroups/"
            + nsgName;
    return List.of(securityGroup(nic, nsgId), attach(nic, nsgId));
  }

  private static ArmChange securityGroup(Resource nic, String nsgId) {
    Map<String, Object> rule = new LinkedHashMap<>();
    rule.put("priority", 4096);
    rule.put("direction", "Inbound");
    rule.put("access", "Deny");
    rule.put("protocol", "*");
    rule.put("sourceAddressPrefix", "Internet");
    rule.put("sourcePortRange", "*");
    rule.put("destinationAddressPrefix", "*");
    rule.put("destinationPortRange", "*");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("location", nic.location().orElse(""));
    body.put(
        "properties",
        Map.of(
            "securityRules",
            List.of(Map.of("name", "readiness-deny-internet-inbound", "properties", rule))));
    return ArmChange.put(
        nsgId,
        NETWORK_SECURITY_GROUPS.toString(),
        API_VERSION,
        body,
        "Create NSG '"
            + byDefault(nic)
            + "' (the interface's name and the nicNsgSuffix parameter) for network interface '"
            + nic.name()
            + "': it denies inbound traffic from the Internet, so whatever the VM serves there"
            + " stops until an allow rule above it admits that alone.");
  }

  private static ArmChange attach(Resource nic, String nsgId) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("networkSecurityGroup", Map.of("id", nsgId));
    nic.properties()
        .toPlainMap()
        .forEach(
            (field, value) -> {
              if (value != null && !READ_ONLY.contains(field) && !properties.containsKey(field)) {
                properties.put(field, writable(field, value));
              }
            });
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("location", nic.location().orElse(""));
    if (!nic.tags().isEmpty()) {
      // A PUT replaces the tags too: sent back, they stay.
      body.put("tags", nic.tags());
    }
    body.put("properties", properties);
    return ArmChange.put(
        nic.id().toString(),
        NETWORK_INTERFACES.toString(),
        API_VERSION,
        body,
        "Attach NSG '"
            + byDefault(nic)
            + "' to network interface '"
            + nic.name()
            + "', keeping the interface's other settings as they are.");
  }

  /** The NSG's name with the parameter's default, as a summary shows it. */
  private static String byDefault(Resource nic) {
    return nic.name() + FixParameters.NIC_NSG_SUFFIX.defaultValue();
  }

  /** {@code value} of interface property {@code field} without what ARM computes inside it. */
  @SuppressWarnings("unchecked")
  private static Object writable(String field, Object value) {
    if (field.equals("dnsSettings") && value instanceof Map<?, ?> dns) {
      return without((Map<String, Object>) dns, DNS_READ_ONLY);
    }
    if (field.equals("ipConfigurations") && value instanceof List<?> configurations) {
      List<Object> kept = new ArrayList<>();
      for (Object configuration : configurations) {
        if (configuration instanceof Map<?, ?> map) {
          Map<String, Object> copy = without((Map<String, Object>) map, Set.of("etag"));
          if (copy.get("properties") instanceof Map<?, ?> inner) {
            copy.put(
                "properties", without((Map<String, Object>) inner, IP_CONFIGURATION_READ_ONLY));
          }
          kept.add(copy);
        } else {
          kept.add(configuration);
        }
      }
      return kept;
    }
    return value;
  }

  private static Map<String, Object> without(Map<String, Object> map, Set<String> fields) {
    Map<String, Object> copy = new LinkedHashMap<>();
    map.forEach(
        (key, item) -> {
          if (item != null && !fields.contains(key)) {
            copy.put(key, item);
          }
        });
    return copy;
  }
}
