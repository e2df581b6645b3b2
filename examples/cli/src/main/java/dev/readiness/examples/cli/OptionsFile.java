package dev.readiness.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.api.report.LocatedJson;
import dev.readiness.rules.checklist.ChecklistOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Reads {@code --options FILE}: a JSON object whose keys are the {@link ChecklistOptions} settings,
 * for example {@code {"retentionDays": 730, "breakGlassAccounts": ["bg@contoso.example"]}}.
 */
final class OptionsFile {
  private OptionsFile() {}

  private interface Setter extends BiConsumer<ChecklistOptions.Builder, Object> {}

  private record Key(boolean list, Setter setter) {}

  @SuppressWarnings("unchecked")
  private static final Map<String, Key> KEYS =
      Map.of(
          "retentionDays", new Key(false, (b, v) -> b.retentionDays((Integer) v)),
          "maxWorkspaces", new Key(false, (b, v) -> b.maxWorkspaces((Integer) v)),
          "listedItemsLimit", new Key(false, (b, v) -> b.listedItemsLimit((Integer) v)),
          "requiredDefenderPlans",
              new Key(true, (b, v) -> b.requiredDefenderPlans((List<String>) v)),
          "breakGlassAccounts", new Key(true, (b, v) -> b.breakGlassAccounts((List<String>) v)));

  static ChecklistOptions read(Path file) {
    LocatedJson json = LocatedJson.read(file);
    ObjectNode root =
        json.object(json.root(), "an options object such as {\"retentionDays\": 730}");
    json.onlyFields(root, KEYS.keySet());
    ChecklistOptions.Builder builder = ChecklistOptions.defaults().toBuilder();
    for (Map.Entry<String, Key> entry : KEYS.entrySet()) {
      JsonNode value = root.get(entry.getKey());
      if (value != null) {
        entry
            .getValue()
            .setter()
            .accept(builder, convert(json, entry.getKey(), entry.getValue(), value));
        // The builder validates on build(): validate after each key, so the error has a place.
        try {
          builder.build();
        } catch (IllegalArgumentException invalid) {
          throw json.error(
              value, "expected a valid '" + entry.getKey() + "': " + invalid.getMessage());
        }
      }
    }
    return builder.build();
  }

  private static Object convert(LocatedJson json, String name, Key key, JsonNode value) {
    if (!key.list()) {
      if (!value.isIntegralNumber() || !value.canConvertToInt()) {
        throw json.error(value, "expected '" + name + "' as a whole number.");
      }
      return value.intValue();
    }
    if (!value.isArray()) {
      throw json.error(value, "expected '" + name + "' as an array of strings.");
    }
    List<String> items = new ArrayList<>();
    for (JsonNode item : value) {
      if (!item.isTextual()) {
        throw json.error(item, "expected each item of '" + name + "' to be a string.");
      }
      items.add(item.asText());
    }
    return items;
  }
}
