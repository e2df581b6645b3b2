package dev.readiness.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.Engine;
import dev.readiness.rules.BuiltInRules;
import dev.readiness.rules.ChecklistRuleProvider;
import dev.readiness.rules.checklist.ChecklistOptions;
import dev.readiness.rules.checklist.OptionTable;
import org.junit.jupiter.api.Test;

/** The embedding snippet of docs/custom-rules.md ("A rule that takes the checklist options"). */
class ChecklistProviderSnippetTest {
  @Test
  void theProviderMakesItsRulesWithTheOptions() {
    ChecklistOptions options =
        ChecklistOptions.defaults().toBuilder().set(OptionTable.RETENTION_DAYS, 730).build();

    assertThat(new AcmeRules().rules(options))
        .extracting(rule -> rule.metadata().title())
        .containsExactly("Workspaces keep logs 730 days");

    // snippet: embed
    Engine engine =
        Engine.builder()
            .addRules(BuiltInRules.all(options))
            .addRules(ChecklistRuleProvider.load(getClass().getClassLoader(), options))
            .build();
    // end-snippet
    assertThat(engine.ruleMetadata()).hasSameSizeAs(BuiltInRules.all(options));
  }
}
