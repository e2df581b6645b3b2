package dev.readiness.api;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A dated human statement that a control is in place, for checklist rows no API can show (an
 * incident response plan, administrator training) or where the data could not be collected.
 *
 * @param ruleId the rule attested
 * @param scope the scope it covers: {@code /} for the tenant, a subscription or a resource id
 * @param evidence a link to the evidence (a document, a ticket)
 * @param owner who attests
 * @param date when it was attested
 */
public record Attestation(
    String ruleId, ResourceId scope, String evidence, String owner, LocalDate date) {
  /** Validates the attestation. */
  public Attestation {
    Objects.requireNonNull(ruleId, "'ruleId' cannot be null.");
    Objects.requireNonNull(scope, "'scope' cannot be null.");
    Objects.requireNonNull(evidence, "'evidence' cannot be null.");
    Objects.requireNonNull(owner, "'owner' cannot be null.");
    Objects.requireNonNull(date, "'date' cannot be null.");
    if (evidence.isBlank() || owner.isBlank()) {
      throw new IllegalArgumentException(
          "An attestation of " + ruleId + " needs evidence and an owner.");
    }
  }

  /** True when the attestation covers {@code target}: its scope is the target or above it. */
  public boolean covers(Target target) {
    return target.id().isWithin(scope);
  }
}
