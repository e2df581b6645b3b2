package dev.readiness.api;

import java.time.Duration;
import java.util.List;

/**
 * The ERROR findings the engine writes for a rule that misbehaved: one finding about the tenant,
 * naming the rule and what it did, so every other rule's report goes on unchanged.
 */
final class RuleErrors {
  private RuleErrors() {}

  /** The rule threw {@code crash} while it ran. */
  static Finding crashed(RuleMetadata rule, Throwable crash) {
    return error(rule, "failed: " + crash.getClass().getSimpleName() + ": " + crash.getMessage());
  }

  /** The rule ran past {@code limit} and was abandoned. */
  static Finding timedOut(RuleMetadata rule, Duration limit) {
    return error(
        rule, "ran longer than its time limit of " + limit.toMillis() + " ms and was stopped");
  }

  /**
   * The rule started a finding about {@code lost} and never reported it: an ERROR about that
   * target, so a forgotten {@code report()} is not lost in silence.
   */
  static Finding unfinished(RuleMetadata rule, Target lost) {
    return new Finding(
        rule.id(),
        Status.ERROR,
        rule.severity(),
        lost,
        "Rule "
            + rule.id()
            + " started a finding about '"
            + lost.id()
            + "' and never reported it: end it with report() on a verdict, or pass, fail,"
            + " unknown or manual on a finding.",
        List.of(),
        rule.remediation());
  }

  /** The rule did something else it must not do, described by {@code what}. */
  static Finding error(RuleMetadata rule, String what) {
    return new Finding(
        rule.id(),
        Status.ERROR,
        rule.severity(),
        Target.tenant(),
        "Rule " + rule.id() + " " + what,
        List.of(),
        rule.remediation());
  }
}
