package dev.readiness.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.Engine;
import dev.readiness.api.Finding;
import dev.readiness.api.Report;
import dev.readiness.api.Snapshot;
import dev.readiness.api.Status;
import dev.readiness.testkit.synthetic.SyntheticTenant;
import org.junit.jupiter.api.Test;

/** Every built-in rule on a seeded synthetic tenant: no crash, both verdicts, same output twice. */
class SyntheticTenantRunTest {
  @Test
  void allRulesRunCleanlyAndRepeatably() {
    Snapshot snapshot =
        SyntheticTenant.builder()
            .seed(42)
            .subscriptions(2)
            .resourcesPerSubscription(40)
            .misconfiguredFraction(0.3)
            .users(20)
            .build()
            .snapshot();
    Engine engine = Engine.builder().addRules(BuiltInRules.all()).build();

    Report report = engine.evaluate(snapshot);

    assertThat(report.findings())
        .filteredOn(f -> f.status() == Status.ERROR)
        .extracting(Finding::message)
        .isEmpty();
    assertThat(report.findings()).extracting(Finding::status).contains(Status.PASS, Status.FAIL);
    assertThat(engine.evaluate(snapshot)).isEqualTo(report);
  }
}
