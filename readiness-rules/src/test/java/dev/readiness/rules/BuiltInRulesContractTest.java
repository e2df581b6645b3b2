package dev.readiness.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.Category;
import dev.readiness.api.CoverageRecord;
import dev.readiness.api.Engine;
import dev.readiness.api.Finding;
import dev.readiness.api.Report;
import dev.readiness.api.ResourceId;
import dev.readiness.api.ResourceType;
import dev.readiness.api.Rule;
import dev.readiness.api.RuleMetadata;
import dev.readiness.api.Snapshot;
import dev.readiness.api.SnapshotMetadata;
import dev.readiness.api.Status;
import dev.readiness.rules.checklist.ChecklistRow;
import dev.readiness.testkit.RuleContract;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The promises every built-in rule keeps, checked over {@link BuiltInRules#all()}: the testkit's
 * {@link RuleContract}, the published ids, complete metadata, and no verdict on denied data.
 */
class BuiltInRulesContractTest {
  private static final List<Rule> RULES = BuiltInRules.all();
  private static final Map<String, Category> AREAS =
      Map.of(
          "IAM", Category.IDENTITY_AND_ACCESS,
          "LOG", Category.LOGGING_AND_MONITORING,
          "DATA", Category.DATA_PROTECTION,
          "NET", Category.NETWORK_SECURITY,
          "IR", Category.INCIDENT_RESPONSE,
          "GOV", Category.POLICIES_AND_PROCESSES);
  private static final String SUBSCRIPTION = "00000000-0000-0000-0001-000000000001";

  @Test
  void theBuiltInRulesAreExactlyTheThirtyFourPublishedIdsSortedById() {
    List<String> expected = new ArrayList<>();
    for (int i = 1; i <= 8; i++) {
      expected.add(String.format("FR-DATA-%02d", i));
    }
    expected.addAll(List.of("FR-GOV-01", "FR-GOV-02"));
    for (int i = 1; i <= 6; i++) {
      expected.add(String.format("FR-IAM-%02d", i));
    }
    for (int i = 1; i <= 5; i++) {
      expected.add(String.format("FR-IR-%02d", i));
    }
    for (int i = 1; i <= 10; i++) {
      expected.add(String.format("FR-LOG-%02d", i));
    }
    for (int i = 1; i <= 3; i++) {
      expected.add(String.format("FR-NET-%02d", i));
    }
    assertThat(expected).hasSize(34);
    assertThat(RULES).extracting(rule -> rule.metadata().id()).containsExactlyElementsOf(expected);
  }

  /** The rules whose fix is a human act, with no command to run. */
  private static final Set<String> HUMAN_ACTS =
      Set.of("FR-IAM-04", "FR-GOV-01", "FR-GOV-02", "FR-IR-05");

  @TestFactory
  List<DynamicTest> everyRuleDeclaresCompleteMetadata() {
    return perRule(
        rule -> {
          RuleMetadata metadata = rule.metadata();
          assertThat(metadata).isSameAs(rule.metadata());
          String area = metadata.id().split("-")[1];
          assertThat(metadata.category()).isEqualTo(AREAS.get(area));
          assertThat(metadata.rationale()).contains("?");
          assertThat(metadata.learnMore())
              .get()
              .asString()
              .startsWith("https://learn.microsoft.com/");
          assertThat(metadata.controls()).isNotEmpty();
          assertThat(metadata.checklistItems()).isNotEmpty();
          for (String item : metadata.checklistItems()) {
            assertThat(ChecklistRow.byText(item))
                .as("checklist row '%s' of %s", item, metadata.id())
                .isPresent();
          }
          // Only a fix that people must make (a policy, training, a plan, a decision on access)
          // goes without a command; every other rule's summary makes its change.
          assertThat(metadata.remediation().isHumanAct())
              .as("%s's remediation is a human act", metadata.id())
              .isEqualTo(HUMAN_ACTS.contains(metadata.id()));
          assertThat(metadata.manual())
              .isEqualTo(Set.of("FR-IR-05", "FR-GOV-01", "FR-GOV-02").contains(metadata.id()));
        });
  }

  /**
   * With every type a rule needs denied, the rule must not pass, fail or crash: missing data is
   * UNKNOWN (manual rules stay MANUAL, since no data answers them).
   */
  @TestFactory
  List<DynamicTest> noRulePassesOrFailsOnDeniedData() {
    return perRule(
        rule -> {
          Snapshot.Builder snapshot = Snapshot.builder(metadata());
          for (ResourceType type : typesOf(rule)) {
            snapshot.coverage(
                CoverageRecord.denied(ResourceId.TENANT, type, 403, type + "/read", "GET"));
          }
          Report report = Engine.builder().addRule(rule).build().evaluate(snapshot.build());
          assertThat(report.findings()).isNotEmpty();
          assertThat(report.findings())
              .extracting(Finding::status)
              .allMatch(s -> s == Status.UNKNOWN || s == Status.MANUAL);
        });
  }

  /** The testkit's contract: valid metadata, no crash, deterministic, UNKNOWN on missing data. */
  @TestFactory
  Stream<DynamicTest> everyBuiltInRuleKeepsTheTestkitContract() {
    return RuleContract.dynamicTests(RULES);
  }

  private static List<DynamicTest> perRule(Consumer<Rule> check) {
    return RULES.stream()
        .map(rule -> DynamicTest.dynamicTest(rule.metadata().id(), () -> check.accept(rule)))
        .toList();
  }

  private static Set<ResourceType> typesOf(Rule rule) {
    Set<ResourceType> types = new TreeSet<>(rule.metadata().reads());
    types.addAll(rule.metadata().optionalReads());
    return types;
  }

  private static SnapshotMetadata metadata() {
    return SnapshotMetadata.of(
        "00000000-0000-0000-0000-000000000000",
        List.of(SUBSCRIPTION),
        Instant.parse("2025-01-01T00:00:00Z"));
  }
}
