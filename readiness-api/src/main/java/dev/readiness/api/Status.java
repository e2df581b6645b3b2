package dev.readiness.api;

/** The outcome of a rule for one target. */
public enum Status {
  /** The evidence would exist: the data shows the control in place. */
  PASS,
  /** The evidence would be missing: the data shows the gap. */
  FAIL,
  /** Could not be decided: the data it needs was not collected, was denied or failed. */
  UNKNOWN,
  /** No API can show it; a dated human attestation is needed. */
  MANUAL,
  /** The rule itself failed (threw, overran its time, or broke the rule contract). */
  ERROR
}
