package dev.readiness.examples.cli;

import dev.readiness.api.format.OptionsReader;
import dev.readiness.rules.checklist.ChecklistOptions;
import dev.readiness.rules.checklist.InvalidOptionException;
import dev.readiness.rules.checklist.OptionTable;
import java.nio.file.Path;

/**
 * Reads {@code --options FILE}: a JSON object whose keys are the names of the {@link OptionTable}
 * rows, for example {@code {"retentionDays": 730, "breakGlassAccounts": ["bg@contoso.example"]}}.
 * Every row can be set; each value is checked by its row, and a refusal names the place in the file
 * of the very value (or list item) at fault.
 */
final class OptionsFile {
  private OptionsFile() {}

  static ChecklistOptions read(Path file) {
    OptionsReader.Values values = OptionsReader.readAny(file);
    ChecklistOptions.Builder builder = ChecklistOptions.defaults().toBuilder();
    for (String name : values.names()) {
      try {
        builder.set(name, values.value(name).orElse(null));
      } catch (InvalidOptionException refused) {
        throw values.error(name, refused.path(), refused.getMessage());
      } catch (IllegalArgumentException unknownName) {
        throw values.error(name, unknownName.getMessage());
      }
    }
    return builder.build();
  }
}
