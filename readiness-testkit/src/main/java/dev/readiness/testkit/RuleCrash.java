package dev.readiness.testkit;

import dev.readiness.api.Finding;
import dev.readiness.api.Status;
import java.util.List;

/**
 * A rule's crash rebuilt from the engine's ERROR finding, with the rule's own frames: set as the
 * cause of a test's {@link AssertionError}, it makes the IDE and the build log point at the line of
 * the rule that threw, not into the test helper.
 */
final class RuleCrash extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private RuleCrash(Finding error) {
    super(error.message());
    setStackTrace(error.stackTrace().toArray(StackTraceElement[]::new));
  }

  /**
   * {@code failure} with the crash of the first ERROR among {@code findings} that came from a rule
   * that threw as its cause; {@code failure} unchanged when there is none.
   */
  static AssertionError causing(AssertionError failure, List<Finding> findings) {
    findings.stream()
        .filter(f -> f.status() == Status.ERROR && !f.stackTrace().isEmpty())
        .findFirst()
        .ifPresent(error -> failure.initCause(new RuleCrash(error)));
    return failure;
  }
}
