package dev.readiness.api;

/** Whether a kind of data was gathered for a scope. */
public enum CoverageStatus {
  /** Every resource of the type in the scope was read. */
  COLLECTED,
  /** Reading was refused (HTTP 401 or 403): a permission is missing. */
  DENIED,
  /** Reading failed for another reason (throttling that outlasted retries, 5xx, bad payload). */
  FAILED,
  /** Nothing was attempted: the snapshot says nothing about this type here. */
  NOT_COLLECTED
}
