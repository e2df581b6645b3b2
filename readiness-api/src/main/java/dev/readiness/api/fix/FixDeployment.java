package dev.readiness.api.fix;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.api.ArmChange;
import dev.readiness.api.Change;
import dev.readiness.api.Fix;
import dev.readiness.api.FixParameter;
import dev.readiness.api.GraphRequest;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceId;
import dev.readiness.api.Snapshot;
import dev.readiness.api.implementation.JacksonAccess;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Applies changes to a snapshot in memory, as a deployment would: an ARM PUT creates the resource
 * or replaces the settings its body gives, a PATCH merges its body in, a Graph POST creates an
 * object and a Graph PATCH merges into one. Child and extension resources land under their parent
 * by their id, and a child that its parent also lists (an NSG's securityRules) is changed in that
 * list too. Coverage is left as it was, and human steps change nothing, so evaluating the result
 * again shows what the automated changes fix.
 */
public final class FixDeployment {
  private static final JacksonAccess.Forms JACKSON = JacksonAccess.forms();

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String GRAPH_PREFIX = "/providers/microsoft.graph/";

  private final Map<String, String> values;

  private FixDeployment(Map<String, String> values) {
    this.values = Map.copyOf(values);
  }

  /**
   * A deployment with the user's parameter {@code values}; a parameter missing from them takes its
   * default.
   */
  public static FixDeployment withValues(Map<String, String> values) {
    return new FixDeployment(values);
  }

  /** The value {@code parameter} takes in this deployment. */
  public String valueOf(FixParameter parameter) {
    return values.getOrDefault(parameter.name(), parameter.defaultValue());
  }

  /** {@code text} with each {@code {name}} of {@code parameters} replaced by its value. */
  public String resolveId(String id, List<FixParameter> parameters) {
    String resolved = id;
    for (FixParameter parameter : parameters) {
      resolved = resolved.replace(parameter.inId(), valueOf(parameter));
    }
    return resolved;
  }

  /** {@code snapshot} with every ARM and Graph change of {@code fixes} made, in order. */
  public Snapshot apply(Snapshot snapshot, List<Fix> fixes) {
    // Keyed by the id's case-insensitive key, as ARM compares ids; sorted for a stable result.
    Map<String, Resource> byKey = new TreeMap<>();
    snapshot.resources().forEach(r -> byKey.put(r.id().key(), r));
    for (Fix fix : fixes) {
      for (Change change : fix.changes()) {
        // A person's act leaves no trace a deployment could make.
        if (change instanceof ArmChange arm) {
          applyArm(byKey, arm, fix.parameters());
        } else if (change instanceof GraphRequest graph) {
          applyGraph(byKey, graph, fix.parameters());
        }
      }
    }
    return Snapshot.builder(snapshot.metadata())
        .coverage(snapshot.coverage())
        .addAll(byKey.values())
        .build();
  }

  private void applyArm(Map<String, Resource> byKey, ArmChange arm, List<FixParameter> parameters) {
    ResourceId id = ResourceId.parse(resolveId(arm.resourceId(), parameters));
    Resource existing = byKey.get(id.key());
    ObjectNode body = (ObjectNode) toNode(arm.body(), parameters);
    ObjectNode json;
    if (existing == null) {
      json = JsonNodeFactory.instance.objectNode();
      json.put("id", id.toString()).put("name", id.name()).put("type", arm.type());
      json.setAll(body);
    } else {
      json = JACKSON.toJsonNode(existing).deepCopy();
      if (arm.method() == ArmChange.Method.PUT) {
        json.setAll(body);
      } else {
        merge(json, body);
      }
    }
    byKey.put(id.key(), JACKSON.resource(json));
    embedInParent(byKey, id, json);
  }

  /**
   * ARM also shows some children inside their parent, in an array named after the child type: a
   * network security group lists its securityRules, a virtual network its subnets. Where the parent
   * holds such an array, the changed child replaces its entry of the same name there (or joins it),
   * as a GET of the parent would then show.
   */
  private static void embedInParent(Map<String, Resource> byKey, ResourceId id, ObjectNode child) {
    if (id.isExtension()) {
      return;
    }
    Resource parent = byKey.get(id.parent().key());
    String collection = id.type().toString().substring(id.type().toString().lastIndexOf('/') + 1);
    if (parent == null
        || !JACKSON.toJsonNode(parent).path("properties").path(collection).isArray()) {
      return;
    }
    ObjectNode updated = JACKSON.toJsonNode(parent).deepCopy();
    ArrayNode entries = (ArrayNode) updated.path("properties").path(collection);
    ObjectNode entry = JsonNodeFactory.instance.objectNode();
    entry
        .put("id", id.toString())
        .put("name", id.name())
        .set("properties", child.path("properties"));
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i).path("name").asText().equalsIgnoreCase(id.name())) {
        entries.set(i, entry);
        byKey.put(id.parent().key(), JACKSON.resource(updated));
        return;
      }
    }
    entries.add(entry);
    byKey.put(id.parent().key(), JACKSON.resource(updated));
  }

  private void applyGraph(
      Map<String, Resource> byKey, GraphRequest graph, List<FixParameter> parameters) {
    ObjectNode body = (ObjectNode) toNode(graph.body(), parameters);
    if (graph.method().equals("POST")) {
      // The object id Graph would assign, made up from the request so that reruns agree.
      String objectId =
          UUID.nameUUIDFromBytes((graph.path() + body).getBytes(StandardCharsets.UTF_8)).toString();
      ResourceId id = ResourceId.parse(GRAPH_PREFIX + graph.collection() + "/" + objectId);
      ObjectNode json = JsonNodeFactory.instance.objectNode();
      json.put("id", id.toString())
          .put("name", objectId)
          .put("type", "microsoft.graph/" + graph.collection());
      json.set("properties", body.deepCopy().put("id", objectId));
      byKey.put(id.key(), JACKSON.resource(json));
    } else {
      Resource existing = patched(byKey, graph);
      ObjectNode json = JACKSON.toJsonNode(existing).deepCopy();
      merge((ObjectNode) json.with("properties"), body);
      byKey.put(existing.id().key(), JACKSON.resource(json));
    }
  }

  /**
   * The object a Graph PATCH changes: the one whose id ends its path, or the only object of a
   * singleton such as {@code /policies/identitySecurityDefaultsEnforcementPolicy}.
   */
  private static Resource patched(Map<String, Resource> byKey, GraphRequest graph) {
    String prefix = (GRAPH_PREFIX + graph.collection() + "/").toLowerCase(Locale.ROOT);
    String objectId = graph.path().substring(graph.path().lastIndexOf('/') + 1);
    Resource byId = byKey.get(prefix + objectId.toLowerCase(Locale.ROOT));
    if (byId != null) {
      return byId;
    }
    List<Resource> inCollection =
        byKey.entrySet().stream()
            .filter(e -> e.getKey().startsWith(prefix))
            .map(Map.Entry::getValue)
            .toList();
    if (inCollection.size() != 1) {
      throw new IllegalArgumentException(
          "Graph PATCH " + graph.path() + ": no single object of " + graph.collection() + ".");
    }
    return inCollection.get(0);
  }

  /**
   * Merges {@code patch} into {@code target} as a JSON merge patch: objects merge, the rest
   * replaces.
   */
  private static void merge(ObjectNode target, ObjectNode patch) {
    patch
        .fields()
        .forEachRemaining(
            field -> {
              JsonNode current = target.get(field.getKey());
              if (current instanceof ObjectNode currentObject
                  && field.getValue() instanceof ObjectNode patchObject) {
                merge(currentObject, patchObject);
              } else {
                target.set(field.getKey(), field.getValue().deepCopy());
              }
            });
  }

  /**
   * The JSON of a body value, with each parameter replaced by its value, and each {@code {name}} of
   * {@code parameters} inside a string as well.
   */
  JsonNode toNode(Object value, List<FixParameter> parameters) {
    if (value instanceof Map<?, ?> map) {
      ObjectNode object = JsonNodeFactory.instance.objectNode();
      map.forEach((key, item) -> object.set((String) key, toNode(item, parameters)));
      return object;
    }
    if (value instanceof List<?> list) {
      var array = JsonNodeFactory.instance.arrayNode();
      list.forEach(item -> array.add(toNode(item, parameters)));
      return array;
    }
    if (value instanceof FixParameter parameter) {
      return JsonNodeFactory.instance.textNode(valueOf(parameter));
    }
    if (value instanceof String text) {
      return JsonNodeFactory.instance.textNode(resolveId(text, parameters));
    }
    return MAPPER.valueToTree(value);
  }
}
