package dev.readiness.api.format;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceId;
import dev.readiness.api.ResourceType;
import dev.readiness.api.Snapshot;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Imports the JSON written by PSRule for Azure's {@code Export-AzRuleData}: one object per resource
 * with PascalCase keys ({@code ResourceId}, {@code ResourceType}, {@code Properties}, …), and the
 * child and extension resources the export fetched nested under {@code resources}.
 *
 * <p>The export lists every resource of each subscription it covers, so top-level inventory is
 * COLLECTED per subscription ({@link ResourceType#ALL_TOP_LEVEL}). For each resource type it
 * expands, the export always fetches the same sub-resources — the diagnostic settings of key
 * vaults, the blob services of storage accounts, … — so those are COLLECTED at each such resource
 * even when none exist. Everything else it does not fetch stays NOT_COLLECTED.
 */
final class PsRuleImport implements SnapshotReader.Importer {
  private static final ResourceType DIAGNOSTIC_SETTINGS =
      ResourceType.of("Microsoft.Insights/diagnosticSettings");

  /** Sub-resources the export always fetches, by the type of the resource it expands. */
  private static final Map<String, List<ResourceType>> EXPANDED =
      Map.of(
          "microsoft.keyvault/vaults", List.of(DIAGNOSTIC_SETTINGS),
          "microsoft.containerservice/managedclusters", List.of(DIAGNOSTIC_SETTINGS),
          "microsoft.network/frontdoors", List.of(DIAGNOSTIC_SETTINGS),
          "microsoft.cdn/profiles/endpoints", List.of(DIAGNOSTIC_SETTINGS),
          "microsoft.sql/servers/databases",
              List.of(ResourceType.of("Microsoft.Sql/servers/databases/transparentDataEncryption")),
          "microsoft.sql/servers",
              List.of(ResourceType.of("Microsoft.Sql/servers/auditingSettings")),
          "microsoft.web/sites", List.of(ResourceType.of("Microsoft.Web/sites/config")),
          "microsoft.subscription",
              List.of(
                  ResourceType.of("Microsoft.Security/pricings"),
                  ResourceType.of("Microsoft.Security/securityContacts"),
                  ResourceType.of("Microsoft.Authorization/roleAssignments"),
                  ResourceType.of("Microsoft.Authorization/policyAssignments")));

  private final ImportCoverage coverage;

  PsRuleImport(Instant importedAt) {
    this.coverage = new ImportCoverage("PSRule for Azure", importedAt);
  }

  /** True when the object uses the export's PascalCase keys. */
  static boolean looksLikeExport(JsonNode first) {
    return first.has("ResourceId") || first.has("ResourceType");
  }

  @Override
  public void accept(JsonInput input, JsonLocation at) {
    accept(input, (ObjectNode) SnapshotReader.readTree(input), at);
  }

  @Override
  public void accept(JsonInput input, ObjectNode exported, JsonLocation at) {
    Resource resource = convert(input, at, exported);
    coverage.add(input, at, resource);
    resource
        .subscriptionId()
        .ifPresent(
            subscription -> {
              coverage.subscription(subscription);
              coverage.collected(ResourceId.subscription(subscription), ResourceType.ALL_TOP_LEVEL);
            });
    recordExpansion(resource);
    JsonNode children = field(exported, "resources");
    if (children != null && children.isArray()) {
      for (JsonNode child : children) {
        if (!child.isObject()) {
          throw input.errorAt(at, "expected objects in 'resources' of '" + resource.id() + "'");
        }
        Resource sub = convert(input, at, (ObjectNode) child);
        if (!coverage.contains(sub.id())) {
          coverage.add(input, at, sub);
        }
        coverage.collected(sub.id().parent(), sub.type());
      }
    }
  }

  private void recordExpansion(Resource resource) {
    String type = resource.type().key();
    List<ResourceType> fetched = EXPANDED.get(type);
    if (fetched != null) {
      fetched.forEach(child -> coverage.collected(resource.id(), child));
    }
    if (type.equals("microsoft.storage/storageaccounts")) {
      // The export reads blob services unless the account is FileStorage, and file services then.
      boolean fileStorage =
          resource.kind().map(kind -> kind.equalsIgnoreCase("FileStorage")).orElse(false);
      coverage.collected(
          resource.id(), resource.type().child(fileStorage ? "fileServices" : "blobServices"));
    }
  }

  /** The ARM shape of an exported object. */
  private static Resource convert(JsonInput input, JsonLocation at, ObjectNode exported) {
    ObjectNode arm = JsonNodeFactory.instance.objectNode();
    JsonNode id = first(exported, "Id", "ResourceId");
    if (id == null || !id.isTextual()) {
      throw input.errorAt(at, "expected a string 'ResourceId' in the PSRule for Azure export");
    }
    arm.set("id", id);
    copy(exported, arm, "name", "Name", "ResourceName");
    JsonNode type = first(exported, "ExtensionResourceType", "ResourceType", "Type");
    if (type != null && type.isTextual()) {
      arm.set("type", type);
    }
    copy(exported, arm, "location", "Location");
    copy(exported, arm, "kind", "Kind");
    copy(exported, arm, "sku", "Sku");
    copy(exported, arm, "identity", "Identity");
    copy(exported, arm, "tags", "Tags");
    copy(exported, arm, "zones", "Zones");
    copy(exported, arm, "properties", "Properties");
    try {
      return Resource.of(arm);
    } catch (IllegalArgumentException invalid) {
      throw input.errorAt(
          at, "invalid resource in the PSRule for Azure export: " + invalid.getMessage());
    }
  }

  private static void copy(ObjectNode from, ObjectNode to, String armName, String... exportNames) {
    JsonNode value = first(from, exportNames);
    if (value != null && !value.isNull()) {
      to.set(armName, value);
    }
  }

  private static JsonNode first(ObjectNode node, String... names) {
    for (String name : names) {
      JsonNode value = field(node, name);
      if (value != null && !value.isNull()) {
        return value;
      }
    }
    return null;
  }

  /** The export's keys vary in case between versions; match them ignoring case. */
  private static JsonNode field(ObjectNode node, String name) {
    JsonNode exact = node.get(name);
    if (exact != null) {
      return exact;
    }
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String candidate = names.next();
      if (candidate.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
        return node.get(candidate);
      }
    }
    return null;
  }

  @Override
  public Snapshot build() {
    return coverage.build();
  }
}
