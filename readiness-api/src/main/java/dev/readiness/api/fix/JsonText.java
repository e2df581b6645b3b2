package dev.readiness.api.fix;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.api.FixParameter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Change bodies as JSON text, with parameters written the way each rendering needs. */
final class JsonText {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonText() {}

  /** The JSON of {@code value}, each parameter turned into text by {@code parameterText}. */
  static JsonNode tree(Object value, Function<FixParameter, String> parameterText) {
    return tree(value, parameterText, Function.identity());
  }

  /**
   * The JSON of {@code value}, each parameter turned into text by {@code parameterText} and each
   * string value (not a key) written as {@code stringText} says.
   */
  static JsonNode tree(
      Object value,
      Function<FixParameter, String> parameterText,
      Function<String, String> stringText) {
    if (value instanceof Map<?, ?> map) {
      ObjectNode object = JsonNodeFactory.instance.objectNode();
      map.forEach((key, item) -> object.set((String) key, tree(item, parameterText, stringText)));
      return object;
    }
    if (value instanceof List<?> list) {
      var array = JsonNodeFactory.instance.arrayNode();
      list.forEach(item -> array.add(tree(item, parameterText, stringText)));
      return array;
    }
    if (value instanceof FixParameter parameter) {
      return JsonNodeFactory.instance.textNode(parameterText.apply(parameter));
    }
    if (value instanceof String text) {
      return JsonNodeFactory.instance.textNode(stringText.apply(text));
    }
    return MAPPER.valueToTree(value);
  }

  /** {@code node} on one line. */
  static String compact(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException impossible) {
      throw new UncheckedIOException(impossible);
    }
  }

  /** {@code node} indented by two spaces, with a final newline. */
  static String pretty(JsonNode node) {
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
    try {
      return MAPPER.writer(printer).writeValueAsString(node) + "\n";
    } catch (JsonProcessingException impossible) {
      throw new UncheckedIOException(impossible);
    }
  }
}
