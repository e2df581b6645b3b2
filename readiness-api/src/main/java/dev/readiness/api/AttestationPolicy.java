package dev.readiness.api;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Applies attestations: a MANUAL or UNKNOWN finding of an {@linkplain RuleMetadata#attestable()
 * attestable} rule with an attestation becomes PASS while the attestation is younger than the
 * validity period, and FAIL once it has expired or when it is dated after the snapshot.
 */
final class AttestationPolicy {
  private final Duration validity;

  AttestationPolicy(Duration validity) {
    this.validity = validity;
  }

  /**
   * The outcome of {@code finding} under {@code attestations} at {@code now}; the finding itself
   * (the same instance) when no attestation applies.
   */
  Finding attest(RuleMetadata rule, Finding finding, Attestations attestations, Instant now) {
    if (!rule.attestable()
        || (finding.status() != Status.MANUAL && finding.status() != Status.UNKNOWN)) {
      return finding;
    }
    Optional<Attestation> found = attestations.find(rule, finding.target());
    if (found.isEmpty()) {
      return finding;
    }
    Attestation attestation = found.get();
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    LocalDate expires = attestation.date().plusDays(validity.toDays());
    Evidence evidence =
        new Evidence(
            attestation.scope(),
            "",
            attestation.evidence(),
            "an attestation younger than " + validity.toDays() + " days");
    List<Evidence> all = new ArrayList<>(finding.evidence());
    all.add(evidence);
    if (attestation.date().isAfter(today)) {
      return finding.withOutcome(
          Status.FAIL,
          "Attested by "
              + attestation.owner()
              + " on "
              + attestation.date()
              + ", a date after the snapshot; the attestation is not trusted.",
          all);
    }
    if (!expires.isAfter(today)) {
      return finding.withOutcome(
          Status.FAIL,
          "Attestation by "
              + attestation.owner()
              + " of "
              + attestation.date()
              + " expired on "
              + expires
              + ".",
          all);
    }
    return finding.withOutcome(
        Status.PASS,
        "Attested by "
            + attestation.owner()
            + " on "
            + attestation.date()
            + " (valid until "
            + expires
            + ").",
        all);
  }
}
