package dev.readiness.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.api.report.LocatedJson;
import dev.readiness.rules.checklist.ChecklistOptions;
import dev.readiness.rules.checklist.InvalidOptionException;
import dev.readiness.rules.checklist.OptionTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code --options FILE}: a JSON object whose keys are the names of the {@link OptionTable}
 * rows, for example {@code {"retentionDays": 730, "breakGlassAccounts": ["bg@contoso.example"]}}.
 * Every row can be set; each value is checked by its row, and a refusal names the place in the file
 * of the very value (or list item) at fault.
 */
final class OptionsFile {
  private OptionsFile() {}

  static ChecklistOptions read(Path file) {
    LocatedJson json = LocatedJson.read(file);
    ObjectNode root =
        json.object(json.root(), "an options object such as {\"retentionDays\": 730}");
    ChecklistOptions.Builder builder = ChecklistOptions.defaults().toBuilder();
    for (Iterator<Map.Entry<String, JsonNode>> fields = root.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      try {
        builder.set(field.getKey(), plain(field.getValue()));
      } catch (InvalidOptionException refused) {
        throw json.error(at(field.getValue(), refused.path()), refused.getMessage());
      } catch (IllegalArgumentException unknownName) {
        throw json.error(field.getValue(), unknownName.getMessage());
      }
    }
    return builder.build();
  }

  /** The value as plain Java, the form every {@link OptionTable} row checks. */
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

  /** The node at {@code path} (list indexes and field names) inside {@code node}. */
  private static JsonNode at(JsonNode node, List<Object> path) {
    JsonNode found = node;
    for (Object step : path) {
      JsonNode next = step instanceof Integer index ? found.get(index) : found.get((String) step);
      if (next == null) {
        break;
      }
      found = next;
    }
    return found;
  }
}
