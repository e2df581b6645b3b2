package dev.readiness.rules.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.Category;
import dev.readiness.api.Engine;
import dev.readiness.api.Finding;
import dev.readiness.api.Remediation;
import dev.readiness.api.Report;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceType;
import dev.readiness.api.Rule;
import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleMetadata;
import dev.readiness.api.Severity;
import dev.readiness.api.Snapshot;
import dev.readiness.api.Status;
import dev.readiness.rules.BuiltInRules;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A custom rule that misbehaves gets one ERROR finding naming what it did, and every built-in rule
 * gives exactly the findings it gives without it.
 */
class MisbehavingRulesTest {
  private static final ResourceType VMS = ResourceType.of("Microsoft.Compute/virtualMachines");
  private static final ResourceType VAULTS = ResourceType.of("Microsoft.KeyVault/vaults");

  /**
   * Long enough for every built-in rule on a busy shared machine (at 500 ms FR-LOG-06 overran it),
   * short enough to keep the two time-limit cases quick.
   */
  private static final Duration TIME_LIMIT = Duration.ofSeconds(2);

  private static Snapshot snapshot;
  private static Report builtInAlone;

  @BeforeAll
  static void evaluateTheBuiltInRulesAlone() {
    snapshot = ReliabilitySnapshots.tenant();
    // Without the tight limit: this first run loads and compiles every rule, and on a busy machine
    // a cold rule could overrun the limit and turn the reference itself into an ERROR.
    builtInAlone =
        Engine.builder().addRules(BuiltInRules.all()).parallelism(2).build().evaluate(snapshot);
    assertThat(builtInAlone.findings(Status.ERROR)).isEmpty();
    assertThat(builtInAlone.count(Status.PASS)).isPositive();
    assertThat(builtInAlone.count(Status.FAIL)).isPositive();
  }

  record Misbehaviour(String name, Consumer<RuleContext> evaluate, String error) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Misbehaviour> misbehaviours() {
    return Stream.of(
        new Misbehaviour(
            "throws a runtime exception",
            context -> {
              throw new IllegalStateException("boom");
            },
            "failed: IllegalStateException: boom"),
        new Misbehaviour(
            "throws an error",
            context -> {
              throw new AssertionError("broken invariant");
            },
            "failed: AssertionError: broken invariant"),
        new Misbehaviour(
            "recurses until the stack overflows",
            context -> recurse(0),
            "failed: StackOverflowError"),
        new Misbehaviour(
            "busy-loops past the time limit, ignoring interruption",
            context -> {
              // Bounded, so the abandoned thread does not burn a core for the rest of the build.
              long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
              while (System.nanoTime() < until) {
                Thread.onSpinWait();
              }
            },
            "ran longer than its time limit of 2000 ms"),
        new Misbehaviour(
            "sleeps past the time limit",
            context -> {
              try {
                Thread.sleep(60_000);
              } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
              }
            },
            "ran longer than its time limit of 2000 ms"),
        new Misbehaviour(
            "reports a finding about a type it did not declare",
            context -> {
              for (Resource vault : context.resources(VAULTS)) {
                context.report(vault).fail("vaults are not mine to judge");
              }
            },
            "which the rule does not declare in reads(...)"));
  }

  private static int recurse(int depth) {
    return recurse(depth + 1) + 1;
  }

  @ParameterizedTest(name = "a rule that {0}")
  @MethodSource("misbehaviours")
  @Timeout(60)
  void givesOneErrorAndLeavesEveryOtherRuleUnchanged(Misbehaviour misbehaviour) {
    Rule bad = new BadRule(misbehaviour.evaluate());

    Report report = engine(List.of(bad)).evaluate(snapshot);

    List<Finding> fromBad =
        report.findings().stream().filter(f -> f.ruleId().equals(BadRule.ID)).toList();
    assertThat(fromBad).hasSize(1);
    assertThat(fromBad.get(0).status()).isEqualTo(Status.ERROR);
    assertThat(fromBad.get(0).message()).contains(BadRule.ID).contains(misbehaviour.error());
    List<Finding> others =
        report.findings().stream().filter(f -> !f.ruleId().equals(BadRule.ID)).toList();
    assertThat(others).containsExactlyElementsOf(builtInAlone.findings());
  }

  private static Engine engine(List<Rule> extra) {
    return Engine.builder()
        .addRules(BuiltInRules.all())
        .addRules(extra)
        .parallelism(2)
        .ruleTimeout(TIME_LIMIT)
        .build();
  }

  /** An in-house rule about virtual machines whose evaluation misbehaves. */
  private static final class BadRule implements Rule {
    static final String ID = "CUSTOM-BAD-01";

    private static final RuleMetadata METADATA =
        RuleMetadata.builder(ID)
            .title("Virtual machines are tagged with an owner")
            .category(Category.INCIDENT_RESPONSE)
            .severity(Severity.LOW, "Responders need someone to call.")
            .rationale("Who owns the machine that talks to a command-and-control server?")
            .remediation(Remediation.of("Tags: add 'owner'.", "az tag update --operation merge"))
            .checklistItems("an incident response plan")
            .reads(VMS)
            .build();

    private final Consumer<RuleContext> evaluate;

    BadRule(Consumer<RuleContext> evaluate) {
      this.evaluate = evaluate;
    }

    @Override
    public RuleMetadata metadata() {
      return METADATA;
    }

    @Override
    public void evaluate(RuleContext context) {
      evaluate.accept(context);
    }
  }
}
