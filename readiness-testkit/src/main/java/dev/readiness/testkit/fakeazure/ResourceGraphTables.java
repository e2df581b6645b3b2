package dev.readiness.testkit.fakeazure;

import dev.readiness.api.ResourceType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which Resource Graph table holds a resource type, following Microsoft Learn's "Azure Resource
 * Graph table and resource type reference": {@code resourcecontainers} for subscriptions, groups
 * and management groups; {@code securityresources} for {@code microsoft.security} types other than
 * workflow automations; {@code authorizationresources} for role assignments and definitions; {@code
 * policyresources} for policy objects; {@code recoveryservicesresources} for backup items, jobs and
 * policies; {@code insightsresources} for data collection rule associations; {@code
 * appserviceresources} for site configuration; {@code resources} for every other ARM type — except
 * the types no table holds (diagnostic settings at any level, storage services, workspace tables
 * and saved searches, Sentinel, Key Vault keys and secrets, SQL transparent data encryption, PIM,
 * Microsoft Graph objects), which no query returns.
 */
final class ResourceGraphTables {
  static final List<String> TABLES =
      List.of(
          "resources",
          "resourcecontainers",
          "securityresources",
          "authorizationresources",
          "policyresources",
          "recoveryservicesresources",
          "insightsresources",
          "appserviceresources");

  /** Type prefixes (lower case) of the specialised tables, most specific first. */
  private static final Map<String, String> PREFIXES =
      Map.ofEntries(
          Map.entry("microsoft.resources/subscriptions", "resourcecontainers"),
          Map.entry("microsoft.resources/resourcegroups", "resourcecontainers"),
          Map.entry("microsoft.management/managementgroups", "resourcecontainers"),
          Map.entry("microsoft.security/", "securityresources"),
          Map.entry("microsoft.authorization/roleassignments", "authorizationresources"),
          Map.entry("microsoft.authorization/roledefinitions", "authorizationresources"),
          Map.entry("microsoft.authorization/classicadministrators", "authorizationresources"),
          Map.entry("microsoft.authorization/policy", "policyresources"),
          Map.entry("microsoft.policyinsights/", "policyresources"),
          Map.entry("microsoft.recoveryservices/vaults/", "recoveryservicesresources"),
          Map.entry("microsoft.dataprotection/backupvaults/", "recoveryservicesresources"),
          Map.entry("microsoft.insights/datacollectionruleassociations", "insightsresources"),
          Map.entry("microsoft.web/sites/config", "appserviceresources"));

  /** Types (lower case) that stay in {@code resources} although a prefix above matches them. */
  private static final Set<String> IN_RESOURCES = Set.of("microsoft.security/automations");

  /** Type prefixes (lower case) that no table holds. */
  private static final List<String> NOWHERE =
      List.of(
          "microsoft.insights/diagnosticsettings",
          "microsoft.aadiam/",
          "microsoft.graph/",
          "microsoft.storage/storageaccounts/",
          "microsoft.operationalinsights/workspaces/",
          "microsoft.securityinsights/",
          "microsoft.keyvault/vaults/",
          "microsoft.sql/servers/auditingsettings",
          "microsoft.sql/servers/databases/auditingsettings",
          "microsoft.sql/servers/databases/transparentdataencryption",
          "microsoft.authorization/roleeligibilityschedule",
          "microsoft.authorization/roleassignmentschedule",
          "microsoft.authorization/rolemanagementpolic");

  private ResourceGraphTables() {}

  /** The table that holds {@code type}, or empty when Resource Graph does not know the type. */
  static Optional<String> tableOf(ResourceType type) {
    String key = type.key();
    if (IN_RESOURCES.contains(key)) {
      return Optional.of("resources");
    }
    for (String prefix : NOWHERE) {
      if (key.startsWith(prefix)) {
        return Optional.empty();
      }
    }
    return PREFIXES.entrySet().stream()
        .filter(entry -> key.startsWith(entry.getKey()))
        .map(Map.Entry::getValue)
        .findFirst()
        .or(() -> Optional.of("resources"));
  }

  static boolean isTable(String name) {
    return TABLES.contains(name.toLowerCase(Locale.ROOT));
  }
}
