package dev.readiness.rules.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.rules.BuiltInRules;
import dev.readiness.rules.checklist.ChecklistRow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fails when the committed catalogue or checklist map is stale. Regenerate both with
 *
 * <pre>
 * mvn -q -o test -pl readiness-rules -am -Dtest=CatalogueDocsTest
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dreadiness.regenerateDocs=true
 * </pre>
 */
class CatalogueDocsTest {
  static final String REGENERATE =
      "mvn -q -o test -pl readiness-rules -am -Dtest=CatalogueDocsTest"
          + " -Dsurefire.failIfNoSpecifiedTests=false -Dreadiness.regenerateDocs=true";

  /** Tests run in the module directory; the documents live at the repository root. */
  private static final Path ROOT = Path.of("..");

  private final CatalogueGenerator generator = new CatalogueGenerator(BuiltInRules.all());

  @Test
  void committedDocumentsMatchTheRules() throws IOException {
    if (Boolean.getBoolean("readiness.regenerateDocs")) {
      generator.writeTo(ROOT);
    }
    assertThat(read(CatalogueGenerator.RULES_FILE))
        .as("docs/rules.md is stale; regenerate it with: %s", REGENERATE)
        .isEqualTo(generator.rulesMarkdown());
    assertThat(read(CatalogueGenerator.CHECKLIST_FILE))
        .as("docs/checklist.md is stale; regenerate it with: %s", REGENERATE)
        .isEqualTo(generator.checklistMarkdown());
  }

  @Test
  void everyChecklistRowIsCheckedByARule() {
    List<ChecklistRow> unchecked =
        Arrays.stream(ChecklistRow.values())
            .filter(row -> generator.rulesChecking(row).isEmpty())
            .toList();
    assertThat(unchecked).as("checklist rows no rule checks").isEmpty();
  }

  @Test
  void theCatalogueDocumentsEveryRuleAndTheMapShowsUncheckedRows() {
    String catalogue = generator.rulesMarkdown();
    BuiltInRules.all()
        .forEach(rule -> assertThat(catalogue).contains("\n## " + rule.metadata().id() + "\n"));
    String onlyIdentity =
        new CatalogueGenerator(
                BuiltInRules.all().stream()
                    .filter(r -> r.metadata().id().startsWith("FR-IAM-01"))
                    .toList())
            .checklistMarkdown();
    assertThat(onlyIdentity)
        .contains("| MFA for all users | [FR-IAM-01](rules.md#fr-iam-01) |")
        .contains("| KQL hunting | **not checked by any rule** |");
  }

  private static String read(String file) throws IOException {
    Path path = ROOT.resolve(file);
    return Files.exists(path) ? Files.readString(path, StandardCharsets.UTF_8) : "(missing)";
  }
}
