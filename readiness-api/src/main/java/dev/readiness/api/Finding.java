package dev.readiness.api;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One outcome of one rule for one target, with the evidence that decided it and how to fix it.
 *
 * @param ruleId the rule's id
 * @param status PASS, FAIL, UNKNOWN (with the reason in the message), MANUAL or ERROR
 * @param severity the rule's severity
 * @param target the resource or scope the finding is about
 * @param message a sentence a responder can act on
 * @param evidence the values that decided it
 * @param remediation the rule's summary of how to fix a failure
 * @param fix the changes that would fix this finding's own target; {@link Fix#NONE} unless the
 *     status is FAIL, since only a failure has something to fix
 * @param stackTrace where a rule that threw was when it threw, innermost frame first and the
 *     engine's own frames left out; empty unless the status is ERROR
 */
public record Finding(
    String ruleId,
    Status status,
    Severity severity,
    Target target,
    String message,
    List<Evidence> evidence,
    Remediation remediation,
    Fix fix,
    List<StackTraceElement> stackTrace) {

  /** The order of findings about the same target of the same rule: status, then message. */
  static final Comparator<Finding> ORDER_FOR_ONE_TARGET =
      Comparator.comparing(Finding::status).thenComparing(Finding::message);

  /** The order of findings in every report: rule, target id, status, message. */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::ruleId)
          .thenComparing(Finding::target)
          .thenComparing(ORDER_FOR_ONE_TARGET);

  /** Validates the finding. */
  public Finding {
    Objects.requireNonNull(ruleId, "'ruleId' cannot be null.");
    Objects.requireNonNull(status, "'status' cannot be null.");
    Objects.requireNonNull(severity, "'severity' cannot be null.");
    Objects.requireNonNull(target, "'target' cannot be null.");
    Objects.requireNonNull(message, "'message' cannot be null.");
    Objects.requireNonNull(remediation, "'remediation' cannot be null.");
    Objects.requireNonNull(fix, "'fix' cannot be null.");
    Objects.requireNonNull(stackTrace, "'stackTrace' cannot be null.");
    if (status != Status.FAIL) {
      // A finding turned UNKNOWN by a coverage gap, or PASS by an attestation, fixes nothing.
      fix = Fix.NONE;
    }
    // Only a rule's crash has a place in the code to point at.
    stackTrace = status == Status.ERROR ? List.copyOf(stackTrace) : List.of();
    evidence = List.copyOf(evidence);
  }

  /** A finding with no stack trace: every finding but the ERROR of a rule that threw. */
  public Finding(
      String ruleId,
      Status status,
      Severity severity,
      Target target,
      String message,
      List<Evidence> evidence,
      Remediation remediation,
      Fix fix) {
    this(ruleId, status, severity, target, message, evidence, remediation, fix, List.of());
  }

  /** A finding with no per-finding fix. */
  public Finding(
      String ruleId,
      Status status,
      Severity severity,
      Target target,
      String message,
      List<Evidence> evidence,
      Remediation remediation) {
    this(ruleId, status, severity, target, message, evidence, remediation, Fix.NONE);
  }

  /** This finding with another status and message, keeping its evidence. */
  public Finding withOutcome(Status newStatus, String newMessage) {
    return withOutcome(newStatus, newMessage, evidence);
  }

  /** This finding with another status, message and evidence. */
  public Finding withOutcome(Status newStatus, String newMessage, List<Evidence> newEvidence) {
    return new Finding(
        ruleId, newStatus, severity, target, newMessage, newEvidence, remediation, fix, stackTrace);
  }
}
