package dev.readiness.api.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A small JSON input file (attestations, waivers, a baseline, options) read into a tree that
 * remembers where each value started, so every complaint about it names {@code file:line:column}.
 * The readers of this package build on it; it is not API, so no parser type leaks out of them.
 */
final class LocatedJson {
  /**
   * The limits of every reader of untrusted files. Duplicate keys are found here rather than by the
   * parser, so the message can name the key's own place.
   */
  private static final JsonFactory FACTORY =
      JsonFactory.builder().streamReadConstraints(JsonInput.CONSTRAINTS).build();

  private final String source;
  private final JsonNode root;
  private final Map<JsonNode, JsonLocation> locations;

  private LocatedJson(String source, JsonNode root, Map<JsonNode, JsonLocation> locations) {
    this.source = source;
    this.root = root;
    this.locations = locations;
  }

  /**
   * Reads {@code file}.
   *
   * @throws InputFileException when the file is missing, unreadable or not JSON, naming the place
   */
  static LocatedJson read(Path file) {
    String source = file.toString();
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, source);
    } catch (NoSuchFileException missing) {
      throw new InputFileException(source, 0, 0, "no such file");
    } catch (IOException unreadable) {
      throw new InputFileException(source, 0, 0, "cannot be read: " + unreadable.getMessage());
    }
  }

  /**
   * Reads JSON from {@code in}; {@code source} names it in messages.
   *
   * @throws InputFileException when it is not JSON, naming the place
   */
  static LocatedJson read(InputStream in, String source) throws IOException {
    Map<JsonNode, JsonLocation> locations = new IdentityHashMap<>();
    JsonParser parser;
    try {
      parser = FACTORY.createParser(in);
    } catch (CharConversionException badEncoding) {
      throw notUtf8(source, null, badEncoding);
    }
    try (parser) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new InputFileException(source, 1, 1, "expected a JSON value, found an empty file.");
      }
      JsonNode root = value(parser, source, locations);
      JsonToken trailing = parser.nextToken();
      if (trailing != null) {
        throw at(source, parser.currentTokenLocation(), "expected the end of the file.");
      }
      return new LocatedJson(source, root, locations);
    } catch (JsonProcessingException malformed) {
      // Syntax errors, numbers out of range and the parser's depth and length limits alike: one
      // line with the place, in the words every reader of this package uses.
      JsonLocation where =
          malformed.getLocation() == null ? parser.currentLocation() : malformed.getLocation();
      throw at(source, where, JsonInput.describe(malformed.getOriginalMessage()) + ".");
    } catch (CharConversionException badEncoding) {
      throw notUtf8(source, parser.currentLocation(), badEncoding);
    }
  }

  /**
   * The number at the parser as a decimal. Its exponent must fit an {@code int}: the parser accepts
   * "1e2555555555…" as JSON, and then throws a {@link NumberFormatException} of its own.
   */
  private static BigDecimal decimal(JsonParser parser, String source) throws IOException {
    try {
      return parser.getDecimalValue();
    } catch (NumberFormatException outOfRange) {
      String text = parser.getText();
      throw at(
          source,
          parser.currentTokenLocation(),
          "expected a number of ordinary size, found "
              + (text.length() > 24 ? text.substring(0, 24) + "…" : text)
              + " (its exponent is too large).");
    }
  }

  /** Bytes that looked like UTF-16 or UTF-32 but are not valid text in it. */
  private static InputFileException notUtf8(
      String source, JsonLocation where, CharConversionException cause) {
    String detail =
        "expected UTF-8 JSON; the bytes are not valid text: " + cause.getMessage() + ".";
    return where == null ? new InputFileException(source, 1, 1, detail) : at(source, where, detail);
  }

  private static JsonNode value(
      JsonParser parser, String source, Map<JsonNode, JsonLocation> locations) throws IOException {
    JsonLocation start = parser.currentTokenLocation();
    JsonNode node;
    switch (parser.currentToken()) {
      case START_OBJECT -> {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          JsonLocation keyAt = parser.currentTokenLocation();
          parser.nextToken();
          if (object.has(name)) {
            throw at(source, keyAt, "field '" + name + "' appears twice; expected it once.");
          }
          object.set(name, value(parser, source, locations));
        }
        node = object;
      }
      case START_ARRAY -> {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          array.add(value(parser, source, locations));
        }
        node = array;
      }
      case VALUE_STRING -> node = JsonNodeFactory.instance.textNode(parser.getText());
      case VALUE_NUMBER_INT ->
          node = JsonNodeFactory.instance.numberNode(parser.getBigIntegerValue());
      case VALUE_NUMBER_FLOAT ->
          node = JsonNodeFactory.instance.numberNode(decimal(parser, source));
      case VALUE_TRUE, VALUE_FALSE ->
          node = JsonNodeFactory.instance.booleanNode(parser.getBooleanValue());
      default -> node = JsonNodeFactory.instance.nullNode();
    }
    locations.put(node, start);
    return node;
  }

  /** The root value. */
  JsonNode root() {
    return root;
  }

  /** Where {@code node} (a value of this file) starts: {@code file:line:column}. */
  String where(JsonNode node) {
    JsonLocation location = locations.get(node);
    return location == null
        ? source
        : source + ":" + location.getLineNr() + ":" + location.getColumnNr();
  }

  /** An error about {@code node}: {@code file:line:column: expected}. */
  InputFileException error(JsonNode node, String expected) {
    JsonLocation location = locations.get(node);
    return location == null
        ? new InputFileException(source, 0, 0, expected)
        : at(source, location, expected);
  }

  /** The object at {@code node}, or an error naming what was expected. */
  ObjectNode object(JsonNode node, String what) {
    if (node == null || !node.isObject()) {
      throw error(node == null ? root : node, "expected " + what + " as a JSON object.");
    }
    return (ObjectNode) node;
  }

  /** The array in field {@code name} of {@code object}, or an error naming what was expected. */
  ArrayNode array(ObjectNode object, String name) {
    JsonNode value = object.get(name);
    if (value == null || !value.isArray()) {
      throw error(value == null ? object : value, "expected '" + name + "' as a JSON array.");
    }
    return (ArrayNode) value;
  }

  /** The non-blank text in field {@code name} of {@code object}, or an error. */
  String text(ObjectNode object, String name) {
    JsonNode value = object.get(name);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      throw error(value == null ? object : value, "expected '" + name + "' as a non-empty string.");
    }
    return value.asText();
  }

  /** Fails on the first field of {@code object} that is not in {@code known}. */
  void onlyFields(ObjectNode object, Set<String> known) {
    for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        throw error(
            object.get(name),
            "unknown field '" + name + "'; expected one of " + new TreeSet<>(known) + ".");
      }
    }
  }

  private static InputFileException at(String source, JsonLocation location, String detail) {
    return new InputFileException(
        source, (int) location.getLineNr(), (int) location.getColumnNr(), detail);
  }
}
