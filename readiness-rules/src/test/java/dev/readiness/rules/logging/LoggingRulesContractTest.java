package dev.readiness.rules.logging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.Rule;
import dev.readiness.rules.BuiltInRules;
import dev.readiness.testkit.RuleContract;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class LoggingRulesContractTest {
  private static final Set<String> OWN_IDS =
      Set.of(
          "FR-LOG-01",
          "FR-LOG-02",
          "FR-LOG-03",
          "FR-LOG-04",
          "FR-LOG-05",
          "FR-LOG-06",
          "FR-LOG-07",
          "FR-LOG-08",
          "FR-LOG-09",
          "FR-LOG-10",
          "FR-IAM-05",
          "FR-DATA-03");

  private static List<Rule> loggingRules() {
    return BuiltInRules.all().stream().filter(r -> OWN_IDS.contains(r.metadata().id())).toList();
  }

  @Test
  void everyLoggingRuleIsBuiltIn() {
    assertThat(loggingRules())
        .extracting(r -> r.metadata().id())
        .containsExactlyInAnyOrderElementsOf(OWN_IDS);
  }

  @TestFactory
  Stream<DynamicTest> everyLoggingRuleKeepsTheContract() {
    return RuleContract.dynamicTests(loggingRules());
  }

  @Test
  void everyLoggingRuleNamesAChecklistRowPeerOrControlAndALearnLink() {
    for (Rule rule : loggingRules()) {
      assertThat(rule.metadata().checklistItems()).as(rule.metadata().id()).isNotEmpty();
      assertThat(rule.metadata().controls()).as(rule.metadata().id()).isNotEmpty();
      assertThat(rule.metadata().learnMore().orElse(""))
          .as(rule.metadata().id())
          .startsWith("https://learn.microsoft.com/");
    }
  }
}
