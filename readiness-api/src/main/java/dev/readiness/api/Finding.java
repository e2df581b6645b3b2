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
 */
public record Finding(
    String ruleId,
    Status status,
    Severity severity,
    Target target,
    String message,
    List<Evidence> evidence,
    Remediation remediation,
    Fix fix) {

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
    if (status != Status.FAIL) {
      // A finding turned UNKNOWN by a coverage gap, or PASS by an attestation, fixes nothing.
      fix = Fix.NONE;
    }
    evidence = List.copyOf(evidence);
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
    return new Finding(ruleId, newStatus, severity, target, newMessage, evidence, remediation, fix);
  }

  /** This finding with another status, message and evidence. */
  public Finding withOutcome(Status newStatus, String newMessage, List<Evidence> newEvidence) {
    return new Finding(
        ruleId, newStatus, severity, target, newMessage, newEvidence, remediation, fix);
  }
}
