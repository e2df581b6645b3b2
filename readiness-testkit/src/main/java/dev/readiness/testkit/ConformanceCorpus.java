package dev.readiness.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceId;
import dev.readiness.api.ResourceType;
import dev.readiness.api.Snapshot;
import dev.readiness.api.SnapshotMetadata;
import dev.readiness.api.implementation.JacksonAccess;
import dev.readiness.testkit.fakeazure.FakeAzure;
import dev.readiness.testkit.fixtures.Tenant;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A corpus of payloads in the shapes Azure really answers in, one or more per resource type the
 * collector reads: ids without their leading {@code /} or naming another provider, {@code null}
 * where a value is expected, booleans as strings, {@code ""} and {@code "-"} workspace ids,
 * non-ASCII names, types spelled unlike the list they came from, unknown fields. The shapes follow
 * the example responses Microsoft publishes with its REST API specifications (each file names the
 * examples it follows in {@code shapesOf}) and Microsoft Graph's resource reference; the values are
 * made up, with fake ids.
 *
 * <p>Each item is kept twice: as the {@linkplain Item#wire() wire} JSON an API answers, and as the
 * snapshot resource it stands for (its canonical id and type). {@link #fakeAzure()} serves the
 * snapshot with every item in its wire shape, so a collector meets the real quirks; {@link
 * #armArray()}, {@link #graphQueryOutput()} and {@link #psRuleExport()} hand the wire shapes to the
 * importers.
 */
public final class ConformanceCorpus {
  /** The corpus tenant. */
  public static final String TENANT_ID = "00000000-0000-0000-0000-000000000c00";

  /** The corpus subscription. */
  public static final String SUBSCRIPTION_ID = "00000000-0000-0000-0000-000000000c01";

  private static final String FOLDER = "dev/readiness/testkit/conformance/";
  private static final List<String> FILES =
      List.of(
          "subscriptions.json",
          "monitor.json",
          "logs.json",
          "security.json",
          "compute.json",
          "storage.json",
          "keyvault.json",
          "network.json",
          "backup.json",
          "workloads.json",
          "authorization.json",
          "inventory.json",
          "graph.json");
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final List<Item> ITEMS = load();

  /**
   * One payload of the corpus.
   *
   * @param file the corpus file it comes from
   * @param id the id of the resource it stands for
   * @param type the type of the resource it stands for
   * @param wire the JSON as the API answers it (a Microsoft Graph object for Graph items)
   * @param quirks what is unusual about its shape, in words
   */
  public record Item(
      String file, ResourceId id, ResourceType type, ObjectNode wire, List<String> quirks) {
    /** A copy of the wire JSON. */
    @Override
    public ObjectNode wire() {
      return wire.deepCopy();
    }

    /** True for a Microsoft Graph object, false for an ARM resource. */
    public boolean isGraph() {
      return type.namespace().equalsIgnoreCase("microsoft.graph");
    }

    /** The snapshot resource the item stands for. */
    public Resource resource() {
      if (isGraph()) {
        ObjectNode wrapped = MAPPER.createObjectNode();
        wrapped.put("id", id.toString());
        wrapped.put("name", id.name());
        wrapped.put("type", type.toString());
        wrapped.set("properties", wire.deepCopy());
        return JacksonAccess.forms().resource(wrapped);
      }
      ObjectNode canonical = wire.deepCopy();
      canonical.put("id", id.toString());
      canonical.put("type", type.toString());
      return JacksonAccess.forms().resource(canonical);
    }

    @Override
    public String toString() {
      return file + " " + id + " " + quirks;
    }
  }

  private ConformanceCorpus() {}

  /** Every item, in file order. */
  public static List<Item> items() {
    return ITEMS;
  }

  /** The resources the items stand for, in one subscription of one tenant, without coverage. */
  public static Snapshot snapshot() {
    Snapshot.Builder builder =
        Snapshot.builder(
            new SnapshotMetadata(
                Optional.of(TENANT_ID),
                List.of(SUBSCRIPTION_ID),
                "AzureCloud",
                Tenant.DEFAULT_CAPTURED_AT,
                "conformance-corpus",
                "1"));
    ITEMS.forEach(item -> builder.add(item.resource()));
    return builder.build();
  }

  /**
   * FakeAzure serving {@link #snapshot()}, every ARM item in its wire shape (Graph items already
   * are: FakeAzure serves a Graph resource's properties), and every list ending with {@code
   * "nextLink": null}.
   */
  public static FakeAzure.Builder fakeAzure() {
    FakeAzure.Builder builder = FakeAzure.builder().snapshot(snapshot()).nullNextLinks(true);
    for (Item item : ITEMS) {
      if (!item.isGraph()) {
        builder.servedAs(item.id().toString(), item.wire);
      }
    }
    return builder;
  }

  /**
   * The ARM items as a plain JSON array of their wire shapes, as {@code az resource list} prints.
   */
  public static String armArray() {
    return armArray(armItems());
  }

  /** {@code items} (ARM items) as a plain JSON array of their wire shapes. */
  public static String armArray(List<Item> items) {
    ArrayNode array = MAPPER.createArrayNode();
    items.forEach(item -> array.add(item.wire()));
    return array.toPrettyString();
  }

  /**
   * The ARM items as {@code az graph query} prints its answer: rows with Resource Graph's
   * lower-case type and the {@code subscriptionId}, {@code resourceGroup} and {@code tenantId}
   * columns.
   */
  public static String graphQueryOutput() {
    return graphQueryOutput(armItems());
  }

  /** {@code items} (ARM items) as {@code az graph query} prints them. */
  public static String graphQueryOutput(List<Item> items) {
    ObjectNode output = MAPPER.createObjectNode();
    ArrayNode data = MAPPER.createArrayNode();
    for (Item item : items) {
      ObjectNode row = item.wire();
      row.put("type", item.type().key());
      row.put("subscriptionId", item.id().subscriptionId().orElse(""));
      row.put("resourceGroup", item.id().resourceGroup().orElse("").toLowerCase(Locale.ROOT));
      row.put("tenantId", TENANT_ID);
      data.add(row);
    }
    output.put("count", data.size());
    output.set("data", data);
    output.putNull("skip_token");
    output.put("total_records", data.size());
    return output.toPrettyString();
  }

  /**
   * The ARM items as PSRule for Azure's {@code Export-AzRuleData} writes them: PascalCase keys, and
   * every item below another corpus resource nested in the {@code resources} of its top-most corpus
   * ancestor.
   */
  public static String psRuleExport() {
    return psRuleExport(armItems());
  }

  /** {@code arm} (ARM items) as PSRule for Azure's export writes them. */
  public static String psRuleExport(List<Item> arm) {
    Map<ResourceId, ObjectNode> topLevel = new LinkedHashMap<>();
    List<Item> nested = new ArrayList<>();
    for (Item item : arm) {
      if (ancestorIn(item, arm) == null) {
        topLevel.put(item.id(), exported(item));
      } else {
        nested.add(item);
      }
    }
    for (Item item : nested) {
      ResourceId ancestor = ancestorIn(item, arm);
      while (!topLevel.containsKey(ancestor)) {
        ancestor = ancestor.parent();
      }
      ObjectNode parent = topLevel.get(ancestor);
      ArrayNode children =
          parent.has("resources")
              ? (ArrayNode) parent.get("resources")
              : parent.putArray("resources");
      children.add(exported(item));
    }
    ArrayNode array = MAPPER.createArrayNode();
    topLevel.values().forEach(array::add);
    return array.toPrettyString();
  }

  /** The ARM items: every item but the Microsoft Graph objects, which no importer form holds. */
  public static List<Item> armItems() {
    return ITEMS.stream().filter(item -> !item.isGraph()).toList();
  }

  /** The nearest resource above {@code item} that is a corpus item too, or null. */
  private static ResourceId ancestorIn(Item item, List<Item> arm) {
    for (ResourceId above : item.id().ancestry().subList(1, item.id().ancestry().size())) {
      if (!above.isScope() && arm.stream().anyMatch(other -> other.id().equals(above))) {
        return above;
      }
    }
    return null;
  }

  private static ObjectNode exported(Item item) {
    ObjectNode wire = item.wire();
    ObjectNode exported = MAPPER.createObjectNode();
    exported.set("ResourceId", wire.get("id"));
    exported.set("Name", wire.get("name"));
    exported.set("ResourceType", wire.get("type"));
    for (String field : List.of("location", "kind", "sku", "identity", "tags", "properties")) {
      if (wire.has(field)) {
        exported.set(Character.toUpperCase(field.charAt(0)) + field.substring(1), wire.get(field));
      }
    }
    item.id().subscriptionId().ifPresent(s -> exported.put("SubscriptionId", s));
    item.id().resourceGroup().ifPresent(g -> exported.put("ResourceGroupName", g));
    return exported;
  }

  private static List<Item> load() {
    List<Item> items = new ArrayList<>();
    for (String file : FILES) {
      JsonNode document = read(file);
      for (JsonNode entry : document.path("items")) {
        ObjectNode wire = (ObjectNode) entry.get("wire");
        List<String> quirks = new ArrayList<>();
        entry.path("quirks").forEach(quirk -> quirks.add(quirk.asText()));
        String collection = entry.path("collection").asText(null);
        ResourceId id;
        ResourceType type;
        if (collection != null) {
          id =
              ResourceId.parse(
                  "/providers/microsoft.graph/" + collection + "/" + wire.get("id").asText());
          type = ResourceType.of("microsoft.graph/" + collection);
        } else {
          // The wire id says where the item lies unless the entry names its canonical id.
          String idText = entry.has("id") ? entry.get("id").asText() : wire.get("id").asText();
          id = ResourceId.parse(idText.startsWith("/") ? idText : "/" + idText);
          type = entry.has("type") ? ResourceType.of(entry.get("type").asText()) : id.type();
        }
        items.add(new Item(file, id, type, wire, List.copyOf(quirks)));
      }
    }
    return List.copyOf(items);
  }

  private static JsonNode read(String file) {
    String resource = FOLDER + file;
    try (InputStream in = ConformanceCorpus.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("The corpus file '" + resource + "' is missing.");
      }
      return MAPPER.readTree(in);
    } catch (IOException unreadable) {
      throw new UncheckedIOException("Cannot read corpus file '" + resource + "'.", unreadable);
    }
  }
}
