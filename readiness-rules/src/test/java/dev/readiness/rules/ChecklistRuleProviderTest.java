package dev.readiness.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.Rule;
import dev.readiness.rules.checklist.ChecklistOptions;
import dev.readiness.rules.checklist.OptionTable;
import dev.readiness.rules.logging.RetentionRule;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChecklistRuleProviderTest {
  /** A provider as an in-house jar would register it: its rule judges by the options given. */
  public static final class RetentionProvider implements ChecklistRuleProvider {
    @Override
    public List<Rule> rules(ChecklistOptions options) {
      return List.of(new RetentionRule(options.logging()));
    }
  }

  @TempDir Path dir;

  @Test
  void aRegisteredProviderMakesItsRulesWithTheOptionsGiven() throws IOException {
    Path services = dir.resolve("META-INF/services");
    Files.createDirectories(services);
    Files.writeString(
        services.resolve(ChecklistRuleProvider.class.getName()),
        "# an in-house provider\n" + RetentionProvider.class.getName() + "\n");
    ChecklistOptions options =
        ChecklistOptions.defaults().toBuilder().set(OptionTable.RETENTION_DAYS, 730).build();

    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      List<Rule> rules = ChecklistRuleProvider.load(loader, options);

      assertThat(rules)
          .extracting(rule -> rule.metadata().title())
          .containsExactly("Security logs kept at least 730 days");
    }
  }

  @Test
  void noProviderRegisteredMeansNoRules() {
    assertThat(ChecklistRuleProvider.load(getClass().getClassLoader(), ChecklistOptions.defaults()))
        .isEmpty();
  }
}
