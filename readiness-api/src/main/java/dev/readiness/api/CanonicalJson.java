package dev.readiness.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Writes JSON trees with object keys sorted, the one place that decides stable output. */
final class CanonicalJson {
  private CanonicalJson() {}

  static void write(JsonNode node, JsonGenerator generator) throws IOException {
    if (node.isObject()) {
      List<String> names = new ArrayList<>(node.size());
      node.fieldNames().forEachRemaining(names::add);
      names.sort(null);
      generator.writeStartObject();
      for (String name : names) {
        generator.writeFieldName(name);
        write(node.get(name), generator);
      }
      generator.writeEndObject();
    } else if (node.isArray()) {
      generator.writeStartArray();
      for (JsonNode element : node) {
        write(element, generator);
      }
      generator.writeEndArray();
    } else {
      generator.writeTree(node);
    }
  }
}
