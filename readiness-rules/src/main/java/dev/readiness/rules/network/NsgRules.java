package dev.readiness.rules.network;

import dev.readiness.api.Json;
import dev.readiness.api.Resource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Evaluates network security group rules the way Azure does for inbound TCP from the Internet: the
 * matching rule with the lowest priority number decides, custom and default rules together, and no
 * match means deny.
 */
final class NsgRules {
  /** The source prefixes that mean "anyone on the Internet". */
  private static final Set<String> INTERNET =
      Set.of("*", "internet", "any", "0.0.0.0/0", "0.0.0.0", "::/0");

  private NsgRules() {}

  /** True when a source prefix means "anyone on the Internet". */
  static boolean isInternet(String prefix) {
    return INTERNET.contains(prefix.strip().toLowerCase(Locale.ROOT));
  }

  /** The inbound rule that decides TCP traffic from the Internet to {@code port}, if any. */
  static Optional<Json> decidingInboundRule(Resource nsg, int port) {
    List<Json> rules = new ArrayList<>(nsg.properties().get("securityRules").items());
    rules.addAll(nsg.properties().get("defaultSecurityRules").items());
    return rules.stream()
        .filter(rule -> matches(rule.get("properties"), port))
        .min(
            Comparator.comparingLong(
                rule -> rule.at("/properties/priority").longValue().orElse(Long.MAX_VALUE)));
  }

  /** The rule that lets the Internet reach {@code port}, if the NSG lets it through. */
  static Optional<Json> allowingFromInternet(Resource nsg, int port) {
    return decidingInboundRule(nsg, port)
        .filter(rule -> rule.at("/properties/access").textEqualsIgnoreCase("Allow"));
  }

  private static boolean matches(Json properties, int port) {
    return properties.get("direction").textEqualsIgnoreCase("Inbound")
        && (properties.get("protocol").textEqualsIgnoreCase("Tcp")
            || properties.get("protocol").textEqualsIgnoreCase("*"))
        && values(properties, "sourceAddressPrefix", "sourceAddressPrefixes").stream()
            .anyMatch(NsgRules::isInternet)
        && values(properties, "destinationPortRange", "destinationPortRanges").stream()
            .anyMatch(range -> covers(range, port));
  }

  /** The singular field and the plural field together: ARM sets one or the other. */
  private static List<String> values(Json properties, String singular, String plural) {
    List<String> values = new ArrayList<>();
    properties.get(singular).text().ifPresent(values::add);
    properties.get(plural).items().forEach(item -> item.text().ifPresent(values::add));
    return values;
  }

  private static boolean covers(String range, int port) {
    String text = range.strip();
    if (text.equals("*")) {
      return true;
    }
    try {
      int dash = text.indexOf('-');
      if (dash < 0) {
        return Integer.parseInt(text) == port;
      }
      return Integer.parseInt(text.substring(0, dash).strip()) <= port
          && port <= Integer.parseInt(text.substring(dash + 1).strip());
    } catch (NumberFormatException notAPort) {
      return false;
    }
  }
}
