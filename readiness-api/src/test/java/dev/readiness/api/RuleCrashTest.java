package dev.readiness.api;

import static dev.readiness.api.TestResources.SUB;
import static dev.readiness.api.TestResources.VMS;
import static dev.readiness.api.TestResources.builder;
import static dev.readiness.api.TestResources.vm;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A rule that throws leaves its author the place it threw: file, line and the frames above it. */
class RuleCrashTest {
  /** The line {@link ThrowingRule} throws at, measured by the rule itself as it runs. */
  private static final AtomicInteger THROWS_AT = new AtomicInteger();

  /** Dereferences a value it did not check, as a rule with a wrong assumption about JSON does. */
  static final class ThrowingRule implements Rule {
    private static final RuleMetadata METADATA = RuleMetadataTest.complete("FR-TEST-CRASH").build();

    @Override
    public RuleMetadata metadata() {
      return METADATA;
    }

    @Override
    public void evaluate(RuleContext context) {
      for (Resource vm : context.resources(VMS)) {
        String missing = vm.tags().get("owner");
        THROWS_AT.set(new Throwable().getStackTrace()[0].getLineNumber() + 1);
        context.report(vm).pass(missing.trim());
      }
    }
  }

  private static Finding errorOf(Rule rule) {
    Snapshot snapshot =
        builder()
            .add(vm("THA-VM"))
            .coverage(CoverageRecord.collected(ResourceId.subscription(SUB), VMS))
            .build();
    List<Finding> findings =
        Engine.builder().addRule(rule).parallelism(1).build().evaluate(snapshot).findings();
    assertThat(findings).singleElement().extracting(Finding::status).isEqualTo(Status.ERROR);
    return findings.get(0);
  }

  @Test
  void theErrorOfAThrowingRuleShowsTheFileAndLineItThrewAt() {
    Finding error = errorOf(new ThrowingRule());

    StackTraceElement top = error.stackTrace().get(0);
    assertThat(top.getClassName()).isEqualTo(ThrowingRule.class.getName());
    assertThat(top.getMethodName()).isEqualTo("evaluate");
    assertThat(top.getFileName()).isEqualTo("RuleCrashTest.java");
    assertThat(top.getLineNumber()).isEqualTo(THROWS_AT.get()).isPositive();
    assertThat(error.message())
        .startsWith("Rule FR-TEST-CRASH failed: NullPointerException: ")
        .endsWith(
            "; thrown at "
                + ThrowingRule.class.getName()
                + ".evaluate(RuleCrashTest.java:"
                + THROWS_AT.get()
                + ")");
  }

  @Test
  void theFramesStopWhereTheEngineCalledTheRule() {
    Finding error = errorOf(new ThrowingRule());

    assertThat(error.stackTrace())
        .last()
        .satisfies(
            frame -> assertThat(frame.getClassName()).isEqualTo(ThrowingRule.class.getName()));
    assertThat(error.stackTrace())
        .noneMatch(frame -> frame.getClassName().startsWith("java.util.concurrent"));
  }

  @Test
  void aCrashInsideTheJdkIsPlacedAtTheRuleLineThatCalledIt() {
    Rule callsTheJdk =
        EngineTest.rule(
            "FR-TEST-JDK",
            context -> {
              List<Resource> none = List.of();
              none.get(0);
            },
            VMS);

    Finding error = errorOf(callsTheJdk);

    // The exception is made inside java.base; the message points past those frames to the rule's.
    assertThat(error.stackTrace().get(0).getModuleName()).startsWith("java.");
    assertThat(error.message()).contains("; thrown at " + RuleCrashTest.class.getName());
  }

  @Test
  void onlyAnErrorCarriesAStackTrace() {
    Finding error = errorOf(new ThrowingRule());

    assertThat(error.withOutcome(Status.UNKNOWN, "Not evaluated.").stackTrace()).isEmpty();
    assertThat(error.withOutcome(Status.ERROR, "Still broken.").stackTrace())
        .isEqualTo(error.stackTrace());
  }
}
