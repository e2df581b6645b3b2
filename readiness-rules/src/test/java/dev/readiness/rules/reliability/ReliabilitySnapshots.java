package dev.readiness.rules.reliability;

import dev.readiness.api.Snapshot;
import dev.readiness.testkit.synthetic.SyntheticTenant;

/** The generated tenant the engine reliability tests evaluate. */
final class ReliabilitySnapshots {
  private ReliabilitySnapshots() {}

  /** Two subscriptions of every workload, a third of them misconfigured: PASS and FAIL alike. */
  static Snapshot tenant() {
    return SyntheticTenant.builder()
        .seed(3)
        .subscriptions(2)
        .resourcesPerSubscription(60)
        .users(5)
        .misconfiguredFraction(0.3)
        .build()
        .snapshot();
  }
}
