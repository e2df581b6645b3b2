package dev.readiness.examples.cli;

import dev.readiness.api.format.OptionsReader;
import dev.readiness.api.format.OptionsReader.Kind;
import dev.readiness.rules.checklist.ChecklistOptions;
import java.nio.file.Path;
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

  private record Key(Kind kind, Setter setter) {}

  @SuppressWarnings("unchecked")
  private static final Map<String, Key> KEYS =
      Map.of(
          "retentionDays", new Key(Kind.WHOLE_NUMBER, (b, v) -> b.retentionDays((Integer) v)),
          "maxWorkspaces", new Key(Kind.WHOLE_NUMBER, (b, v) -> b.maxWorkspaces((Integer) v)),
          "listedItemsLimit", new Key(Kind.WHOLE_NUMBER, (b, v) -> b.listedItemsLimit((Integer) v)),
          "requiredDefenderPlans",
              new Key(Kind.TEXT_LIST, (b, v) -> b.requiredDefenderPlans((List<String>) v)),
          "breakGlassAccounts",
              new Key(Kind.TEXT_LIST, (b, v) -> b.breakGlassAccounts((List<String>) v)));

  static ChecklistOptions read(Path file) {
    Map<String, Kind> kinds = new java.util.HashMap<>();
    KEYS.forEach((name, key) -> kinds.put(name, key.kind()));
    OptionsReader.Values values = OptionsReader.read(file, kinds);
    ChecklistOptions.Builder builder = ChecklistOptions.defaults().toBuilder();
    for (String name : values.names()) {
      KEYS.get(name).setter().accept(builder, values.value(name).orElseThrow());
      // The builder validates on build(): validate after each key, so the error has a place.
      try {
        builder.build();
      } catch (IllegalArgumentException invalid) {
        throw values.error(name, "expected a valid '" + name + "': " + invalid.getMessage());
      }
    }
    return builder.build();
  }
}
