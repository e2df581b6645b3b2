package dev.readiness.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One Azure resource exactly as ARM returns it ({@code id, name, type, location, tags, kind, sku,
 * identity, properties}), immutable. Extension and child resources (diagnostic settings, flow logs,
 * protected items, Graph objects under {@code microsoft.graph/...}) are resources too; their ids
 * tie them to their parent.
 *
 * <p>Two resources are equal when their JSON is equal.
 */
public final class Resource {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final ObjectNode json;
  private final ResourceId id;
  private final ResourceType type;

  private Resource(ObjectNode json) {
    this.json = json;
    JsonNode idNode = json.get("id");
    if (idNode == null || !idNode.isTextual()) {
      throw new IllegalArgumentException("A resource needs a string 'id'.");
    }
    this.id = ResourceId.parse(idNode.textValue());
    JsonNode typeNode = json.get("type");
    if (typeNode != null && !typeNode.isNull() && !typeNode.isTextual()) {
      throw new IllegalArgumentException("Resource '" + id + "': 'type' must be a string.");
    }
    this.type =
        typeNode != null && typeNode.isTextual()
            ? ResourceType.of(typeNode.textValue())
            : id.type();
  }

  /**
   * A resource from ARM JSON. The JSON is copied, so later changes to {@code json} do not reach the
   * resource.
   *
   * @throws IllegalArgumentException when it is not an object with a valid string {@code id}
   */
  public static Resource of(JsonNode json) {
    Objects.requireNonNull(json, "'json' cannot be null.");
    if (!json.isObject()) {
      throw new IllegalArgumentException(
          "A resource must be a JSON object, not " + json.getNodeType() + ".");
    }
    return new Resource(((ObjectNode) json).deepCopy());
  }

  /**
   * A resource from ARM JSON text.
   *
   * @throws IllegalArgumentException when the text is not a JSON object with a valid {@code id}
   */
  public static Resource parse(String json) {
    try {
      return of(MAPPER.readTree(json));
    } catch (com.fasterxml.jackson.core.JsonProcessingException malformed) {
      throw new IllegalArgumentException(
          "Not valid JSON: " + malformed.getOriginalMessage(), malformed);
    }
  }

  /**
   * Reads the JSON object at the parser's current token (a {@code START_OBJECT}) as a resource,
   * without copying it. Used by streaming readers.
   *
   * @throws IOException when the JSON is malformed
   * @throws IllegalArgumentException when it is not an object with a valid string {@code id}
   */
  public static Resource read(JsonParser parser) throws IOException {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw new IllegalArgumentException(
          "A resource must be a JSON object, not " + parser.currentToken() + ".");
    }
    return new Resource(parser.readValueAsTree());
  }

  /** The resource id. */
  public ResourceId id() {
    return id;
  }

  /** The resource type: the {@code type} field, or the type its id implies when that is absent. */
  public ResourceType type() {
    return type;
  }

  /** The {@code name} field, or the last segment of the id. */
  public String name() {
    JsonNode name = json.get("name");
    return name != null && name.isTextual() ? name.textValue() : id.name();
  }

  /** The subscription the resource lies in, if any. */
  public Optional<String> subscriptionId() {
    return id.subscriptionId();
  }

  /** The {@code location} field, if any. */
  public Optional<String> location() {
    return root().get("location").text();
  }

  /** The {@code kind} field, if any. */
  public Optional<String> kind() {
    return root().get("kind").text();
  }

  /** The tags; tag names compare case-insensitively, as in Azure. */
  public Map<String, String> tags() {
    Map<String, String> tags = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    JsonNode node = json.get("tags");
    if (node != null && node.isObject()) {
      node.fields().forEachRemaining(e -> tags.put(e.getKey(), e.getValue().asText()));
    }
    return java.util.Collections.unmodifiableMap(tags);
  }

  /** The {@code sku} object (possibly missing). */
  public Json sku() {
    return root().get("sku");
  }

  /** The {@code identity} object (possibly missing). */
  public Json identity() {
    return root().get("identity");
  }

  /** The {@code properties} object (possibly missing). */
  public Json properties() {
    return root().get("properties");
  }

  /**
   * The value at a JSON pointer from the resource root, for example {@code /properties/enabled}.
   */
  public Json at(String pointer) {
    return root().at(pointer);
  }

  /** The whole resource as a read-only view. */
  public Json root() {
    return new Json(json, id, "");
  }

  /** Writes the resource as JSON with object keys sorted, so output is stable across runs. */
  public void writeTo(JsonGenerator generator) throws IOException {
    CanonicalJson.write(json, generator);
  }

  /** A deep copy of the resource's JSON. */
  public ObjectNode toJsonNode() {
    return json.deepCopy();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Resource resource && resource.json.equals(json);
  }

  @Override
  public int hashCode() {
    return json.hashCode();
  }

  @Override
  public String toString() {
    return type + " " + id;
  }

  /** Serializes a resource for messages and tests. */
  public String toJsonString() {
    try {
      return MAPPER.writeValueAsString(json);
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
  }
}
