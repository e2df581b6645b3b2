package dev.readiness.testkit.fakeazure;

import java.util.SplittableRandom;

/** A fault installed on a running server: how often it has applied, and its seeded dice. */
final class ActiveFault {
  private final Fault fault;
  private final SplittableRandom random;
  private int applied;

  ActiveFault(Fault fault, long seed) {
    this.fault = fault;
    this.random = new SplittableRandom(seed);
  }

  Fault fault() {
    return fault;
  }

  /** True when the fault applies to this selected request; counts it when it does. */
  synchronized boolean applies() {
    if (fault.times() > 0 && applied >= fault.times()) {
      return false;
    }
    if (fault.share() < 1.0 && random.nextDouble() >= fault.share()) {
      return false;
    }
    applied++;
    return true;
  }
}
