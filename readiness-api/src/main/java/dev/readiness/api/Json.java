package dev.readiness.api;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A read-only view of one value inside a resource's JSON, which remembers where it came from: the
 * resource id and the JSON pointer that lead to it. Rules read resources through it, and {@link
 * Evidence#of(Json, String)} turns what they read into evidence without restating the path.
 *
 * <p>Navigation never throws: a missing field gives a {@linkplain #isMissing() missing} view whose
 * pointer still names the place that was looked at. Property names match exactly first and then
 * case-insensitively, because ARM and Resource Graph disagree on the case of some property names.
 */
public final class Json {
  private final JsonNode node;
  private final ResourceId owner;
  private final String pointer;

  Json(JsonNode node, ResourceId owner, String pointer) {
    this.node = node == null ? MissingNode.getInstance() : node;
    this.owner = owner;
    this.pointer = pointer;
  }

  /** The id of the resource this value belongs to. */
  public ResourceId owner() {
    return owner;
  }

  /** The JSON pointer (RFC 6901) of this value inside its resource, {@code ""} for the root. */
  public String pointer() {
    return pointer;
  }

  /** The value of field {@code name}; missing when this is not an object or has no such field. */
  public Json get(String name) {
    JsonNode child = node.isObject() ? fieldIgnoringCase(node, name) : null;
    return new Json(child, owner, pointer + "/" + escape(name));
  }

  /** The element at {@code index}; missing when this is not an array or is too short. */
  public Json get(int index) {
    JsonNode child = node.isArray() ? node.get(index) : null;
    return new Json(child, owner, pointer + "/" + index);
  }

  /**
   * The value at a relative JSON pointer such as {@code /properties/logs/0/enabled}. Object keys
   * match case-insensitively when there is no exact match.
   */
  public Json at(String relativePointer) {
    Json current = this;
    JsonPointer parsed = JsonPointer.compile(relativePointer);
    while (!parsed.matches()) {
      String property = parsed.getMatchingProperty();
      int index = parsed.getMatchingIndex();
      current = current.node.isArray() && index >= 0 ? current.get(index) : current.get(property);
      parsed = parsed.tail();
    }
    return current;
  }

  static JsonNode fieldIgnoringCase(JsonNode object, String name) {
    JsonNode exact = object.get(name);
    if (exact != null) {
      return exact;
    }
    Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (field.getKey().equalsIgnoreCase(name)) {
        return field.getValue();
      }
    }
    return null;
  }

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  /** True when the value is absent (JSON {@code null} counts as present; see {@link #isNull()}). */
  public boolean isMissing() {
    return node.isMissingNode();
  }

  /** True when the value is absent or JSON {@code null}. */
  public boolean isMissingOrNull() {
    return node.isMissingNode() || node.isNull();
  }

  /** True for JSON {@code null}. */
  public boolean isNull() {
    return node.isNull();
  }

  /** True for a JSON object. */
  public boolean isObject() {
    return node.isObject();
  }

  /** True for a JSON array. */
  public boolean isArray() {
    return node.isArray();
  }

  /** The text of a string value; empty for anything else. */
  public Optional<String> text() {
    return node.isTextual() ? Optional.of(node.textValue()) : Optional.empty();
  }

  /** The text of a string value, or {@code fallback} for anything else. */
  public String textOr(String fallback) {
    return node.isTextual() ? node.textValue() : fallback;
  }

  /** True when this is a string equal to {@code expected}, ignoring case. */
  public boolean textEqualsIgnoreCase(String expected) {
    return node.isTextual() && node.textValue().equalsIgnoreCase(expected);
  }

  /**
   * The value of a boolean; also accepts the strings {@code "true"} and {@code "false"}, which some
   * Azure APIs return. Empty for anything else.
   */
  public Optional<Boolean> bool() {
    if (node.isBoolean()) {
      return Optional.of(node.booleanValue());
    }
    if (node.isTextual()) {
      String text = node.textValue().toLowerCase(Locale.ROOT);
      if (text.equals("true") || text.equals("false")) {
        return Optional.of(Boolean.parseBoolean(text));
      }
    }
    return Optional.empty();
  }

  /** True only when the value is boolean true (or the string "true"). */
  public boolean isTrue() {
    return bool().orElse(false);
  }

  /**
   * The value of an integral number; also accepts a string holding an integer. Empty for anything
   * else.
   */
  public OptionalLong longValue() {
    if (node.isIntegralNumber() && node.canConvertToLong()) {
      return OptionalLong.of(node.longValue());
    }
    if (node.isTextual()) {
      try {
        return OptionalLong.of(Long.parseLong(node.textValue().strip()));
      } catch (NumberFormatException notANumber) {
        return OptionalLong.empty();
      }
    }
    return OptionalLong.empty();
  }

  /** The elements of an array (each with its own pointer); empty for anything else. */
  public List<Json> items() {
    if (!node.isArray()) {
      return List.of();
    }
    List<Json> items = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      items.add(new Json(node.get(i), owner, pointer + "/" + i));
    }
    return items;
  }

  /** The field names of an object, in document order; empty for anything else. */
  public List<String> fieldNames() {
    if (!node.isObject()) {
      return List.of();
    }
    List<String> names = new ArrayList<>(node.size());
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** The number of elements or fields; 0 for scalars and missing values. */
  public int size() {
    return node.size();
  }

  /** The value as compact JSON ({@code "missing"} when absent), as evidence shows it. */
  @Override
  public String toString() {
    return node.isMissingNode() ? "missing" : node.toString();
  }

  /** A deep copy of the underlying JSON, for writers; changing it does not change the resource. */
  public JsonNode toJsonNode() {
    return node.deepCopy();
  }
}
