package dev.readiness.rules.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.rules.checklist.ChecklistOptions;
import dev.readiness.rules.checklist.Option;
import dev.readiness.rules.checklist.OptionTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Fails when the committed options page is stale. Regenerate it with
 *
 * <pre>
 * mvn -q -o test -pl readiness-rules -am -Dtest=OptionsDocsTest
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dreadiness.regenerateDocs=true
 * </pre>
 */
class OptionsDocsTest {
  private static final String REGENERATE =
      "mvn -q -o test -pl readiness-rules -am -Dtest=OptionsDocsTest"
          + " -Dsurefire.failIfNoSpecifiedTests=false -Dreadiness.regenerateDocs=true";

  /** Tests run in the module directory; the documents live at the repository root. */
  private static final Path ROOT = Path.of("..");

  @Test
  void committedPageMatchesTheTable() throws IOException {
    if (Boolean.getBoolean("readiness.regenerateDocs")) {
      OptionsDocsGenerator.writeTo(ROOT);
    }
    Path page = ROOT.resolve(OptionsDocsGenerator.OPTIONS_FILE);
    String committed =
        Files.exists(page) ? Files.readString(page, StandardCharsets.UTF_8) : "(missing)";
    assertThat(committed)
        .as("docs/options.md is stale; regenerate it with: %s", REGENERATE)
        .isEqualTo(OptionsDocsGenerator.markdown());
  }

  @Test
  void thePageDocumentsEveryOption() {
    String page = OptionsDocsGenerator.markdown();
    for (Option<?> option : OptionTable.rows()) {
      assertThat(page).contains("\n### `" + option.name() + "`\n\n" + option.description());
    }
    assertThat(page)
        .contains("- Default: `VirtualMachines`, `StorageAccounts`, `KeyVaults`, `Arm`")
        .contains("`8e3af657-a8ff-443c-a75c-2fe8c4bcb635` (Owner)");
  }

  @Test
  void theDefaultsFileOnThePageReadsBackAsTheDefaults() throws IOException {
    Map<?, ?> file = new ObjectMapper().readValue(OptionsDocsGenerator.defaultsFile(), Map.class);
    ChecklistOptions.Builder builder =
        ChecklistOptions.defaults().toBuilder()
            .set(OptionTable.RETENTION_DAYS, 30)
            .set(OptionTable.REQUIRE_STORAGE_CUSTOMER_MANAGED_KEYS, true);
    file.forEach((name, value) -> builder.set((String) name, value));

    assertThat(file.keySet()).hasSize(OptionTable.rows().size());
    assertThat(builder.build()).isEqualTo(ChecklistOptions.defaults());
  }
}
