package dev.readiness.api.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an options file: one JSON object whose keys are settings, for example {@code
 * {"retentionDays": 730, "breakGlassAccounts": ["bg@contoso.example"]}}. The caller names the keys
 * it accepts and the kind of each; an unknown key or a value of the wrong kind is refused with its
 * place, and a value the caller finds out of range is refused at its place through {@link
 * Values#error}.
 */
public final class OptionsReader {
  /** The kinds of value an options file holds. */
  public enum Kind {
    /** A whole number that fits an {@code int}. */
    WHOLE_NUMBER("a whole number"),
    /** {@code true} or {@code false}. */
    BOOLEAN("true or false"),
    /** A string. */
    TEXT("a string"),
    /** An array of strings. */
    TEXT_LIST("an array of strings"),
    /**
     * Any JSON value, as plain Java for the caller to check: a {@link java.math.BigInteger} or
     * {@link java.math.BigDecimal}, a {@link String}, a {@link Boolean}, a {@code List} or a {@code
     * Map} of these, or {@code null}.
     */
    ANY("any JSON value");

    private final String description;

    Kind(String description) {
      this.description = description;
    }
  }

  private OptionsReader() {}

  /**
   * Reads {@code file}, accepting the keys of {@code keys}, each of its kind.
   *
   * @throws InputFileException naming {@code file:line:column} and what was expected
   */
  public static Values read(Path file, Map<String, Kind> keys) {
    return values(LocatedJson.read(file), keys);
  }

  /**
   * Reads an options object from {@code in}, naming it {@code source} in messages.
   *
   * @throws InputFileException naming the source, line and column of bad input
   */
  public static Values read(InputStream in, String source, Map<String, Kind> keys) {
    try {
      return values(LocatedJson.read(in, source), keys);
    } catch (IOException unreadable) {
      throw new InputFileException(source, 0, 0, "cannot be read: " + unreadable.getMessage());
    }
  }

  /**
   * Reads {@code file}, accepting every key as {@link Kind#ANY}: for callers whose own table
   * decides which names and values are valid and refuses the rest through {@link Values#error}.
   *
   * @throws InputFileException naming {@code file:line:column} of malformed input
   */
  public static Values readAny(Path file) {
    return values(LocatedJson.read(file), null);
  }

  private static Values values(LocatedJson json, Map<String, Kind> keys) {
    ObjectNode root =
        json.object(json.root(), "an options object such as {\"retentionDays\": 730}");
    if (keys != null) {
      json.onlyFields(root, keys.keySet());
    }
    Map<String, Object> values = new LinkedHashMap<>();
    Map<String, JsonNode> nodes = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : (Iterable<Map.Entry<String, JsonNode>>) root::fields) {
      String name = field.getKey();
      Kind kind = keys == null ? Kind.ANY : keys.get(name);
      values.put(name, convert(json, name, kind, field.getValue()));
      nodes.put(name, field.getValue());
    }
    return new Values(json, values, nodes);
  }

  private static Object convert(LocatedJson json, String name, Kind kind, JsonNode value) {
    boolean fits =
        switch (kind) {
          case WHOLE_NUMBER -> value.isIntegralNumber() && value.canConvertToInt();
          case BOOLEAN -> value.isBoolean();
          case TEXT -> value.isTextual();
          case TEXT_LIST -> value.isArray();
          case ANY -> true;
        };
    if (!fits) {
      throw json.error(value, "expected '" + name + "' as " + kind.description + ".");
    }
    return switch (kind) {
      case WHOLE_NUMBER -> value.intValue();
      case BOOLEAN -> value.booleanValue();
      case TEXT -> value.textValue();
      case TEXT_LIST -> {
        List<String> items = new ArrayList<>();
        for (JsonNode item : value) {
          if (!item.isTextual()) {
            throw json.error(item, "expected each item of '" + name + "' to be a string.");
          }
          items.add(item.textValue());
        }
        yield List.copyOf(items);
      }
      case ANY -> plain(value);
    };
  }

  private static Object plain(JsonNode node) {
    if (node.isIntegralNumber()) {
      return node.bigIntegerValue();
    }
    if (node.isNumber()) {
      return node.decimalValue();
    }
    if (node.isTextual()) {
      return node.textValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isArray()) {
      List<Object> items = new ArrayList<>();
      node.forEach(item -> items.add(plain(item)));
      return items;
    }
    if (node.isObject()) {
      Map<String, Object> fields = new LinkedHashMap<>();
      node.fields().forEachRemaining(field -> fields.put(field.getKey(), plain(field.getValue())));
      return fields;
    }
    return null;
  }

  /** The settings an options file gave, in file order, each remembering its place. */
  public static final class Values {
    private final LocatedJson json;
    private final Map<String, Object> values;
    private final Map<String, JsonNode> nodes;

    private Values(LocatedJson json, Map<String, Object> values, Map<String, JsonNode> nodes) {
      this.json = json;
      this.values = values;
      this.nodes = nodes;
    }

    /** The keys the file gave, in file order. */
    public List<String> names() {
      return List.copyOf(values.keySet());
    }

    /**
     * The value of {@code name}, if the file gave it (and it is not JSON {@code null}): an {@link
     * Integer}, a {@link Boolean}, a {@link String}, a {@code List<String>} or plain Java for
     * {@link Kind#ANY}, as its {@link Kind} says.
     */
    public Optional<Object> value(String name) {
      return Optional.ofNullable(values.get(name));
    }

    /**
     * An error at the value of {@code name}: {@code file:line:column: detail}, for a value of the
     * right kind that the caller cannot accept.
     */
    public InputFileException error(String name, String detail) {
      return json.error(nodes.get(name), detail);
    }

    /**
     * An error at a part of the value of {@code name}: {@code path} holds list indexes ({@link
     * Integer}) and field names ({@link String}) leading from the value to the part at fault; the
     * error stops at the deepest part that exists.
     */
    public InputFileException error(String name, List<Object> path, String detail) {
      JsonNode found = nodes.get(name);
      for (Object step : path) {
        JsonNode next = step instanceof Integer index ? found.get(index) : found.get((String) step);
        if (next == null) {
          break;
        }
        found = next;
      }
      return json.error(found, detail);
    }
  }
}
