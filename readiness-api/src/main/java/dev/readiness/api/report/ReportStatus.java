package dev.readiness.api.report;

import dev.readiness.api.Status;

/**
 * The status a report shows for a finding: the rule's {@link Status}, or what a waiver or a
 * baseline made of it. The rule's own status is kept beside it ({@link
 * ReportedFinding#evaluatedStatus()}), so nothing the rule said is lost.
 */
public enum ReportStatus {
  /** The evidence would exist. */
  PASS,
  /** The evidence would be missing, and no waiver or baseline accepts it. */
  FAIL,
  /** Could not be decided: the data was not collected, was denied or failed. */
  UNKNOWN,
  /** Needs a dated human attestation. */
  MANUAL,
  /** The rule itself failed. */
  ERROR,
  /** Accepted until a date by a waiver with an owner and a justification. */
  WAIVED,
  /** A failure already recorded in the baseline: known, not new. */
  BASELINE;

  /** The report status of a finding that no waiver or baseline touched. */
  static ReportStatus of(Status status) {
    return valueOf(status.name());
  }

  /**
   * True for what a waiver may accept: a failure, an undecided or a manual result. A rule that
   * crashed (ERROR) is a defect to fix, not a gap to accept.
   */
  boolean isWaivable() {
    return this == FAIL || this == UNKNOWN || this == MANUAL;
  }

  /** True for the statuses that make a run fail: FAIL and ERROR. */
  public boolean isFailing() {
    return this == FAIL || this == ERROR;
  }
}
