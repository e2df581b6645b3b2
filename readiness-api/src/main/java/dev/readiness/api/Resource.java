package dev.readiness.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.api.CompactJson.Obj;
import dev.readiness.api.implementation.JacksonAccess;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One Azure resource exactly as ARM returns it ({@code id, name, type, location, tags, kind, sku,
 * identity, properties}), immutable. Extension and child resources (diagnostic settings, flow logs,
 * protected items, Graph objects under {@code microsoft.graph/...}) are resources too; their ids
 * tie them to their parent.
 *
 * <p>Two resources are equal when their JSON is equal (object key order does not matter).
 */
public final class Resource {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /*
   * The project's own modules read and write resources as Jackson trees and streams; the supported
   * API keeps those forms out of its signatures and hands them over here, once.
   */
  private static final ResourceJackson JACKSON = new ResourceJackson();

  static {
    JacksonAccess.install(JACKSON);
  }

  private final Obj json;
  private final ResourceId id;
  private final ResourceType type;

  /** Kept beside the JSON: every finding about the resource names it. */
  private final String name;

  Resource(Object json) {
    if (!(json instanceof Obj object)) {
      throw new IllegalArgumentException("A resource must be a JSON object.");
    }
    this.json = object;
    Object idValue = object.get("id");
    if (!(idValue instanceof String idText)) {
      throw new IllegalArgumentException("A resource needs a string 'id'.");
    }
    this.id = ResourceId.parse(idText);
    Object typeValue = object.get("type");
    if (typeValue != null && typeValue != CompactJson.NULL && !(typeValue instanceof String)) {
      throw new IllegalArgumentException("Resource '" + id + "': 'type' must be a string.");
    }
    this.type =
        typeValue instanceof String typeText && !typeText.isBlank()
            ? ResourceType.of(typeText)
            : id.type();
    this.name = object.get("name") instanceof String nameText ? nameText : id.name();
  }

  /**
   * A resource from ARM JSON text.
   *
   * @throws IllegalArgumentException when the text is not a JSON object with a valid {@code id}
   */
  public static Resource parse(String json) {
    try {
      return JACKSON.resource(MAPPER.readTree(json));
    } catch (JsonProcessingException malformed) {
      throw new IllegalArgumentException(
          "Not valid JSON: " + malformed.getOriginalMessage(), malformed);
    }
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
    return name;
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
    Json node = root().get("tags");
    for (String name : node.fieldNames()) {
      Json value = node.get(name);
      tags.put(name, value.text().orElse(value.toString()));
    }
    return Collections.unmodifiableMap(tags);
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
    return Json.root(json, id);
  }

  /** The JSON this resource holds, for the Jackson forms. */
  Object compactJson() {
    return json;
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

  /** The resource as compact JSON text with sorted keys. */
  public String toJsonString() {
    return root().toString();
  }
}
