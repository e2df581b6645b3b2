package dev.readiness.api.report;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/** How many findings have each report status; every status present, zero or not. */
final class StatusCounts {
  private final Map<ReportStatus, Long> counts = new EnumMap<>(ReportStatus.class);

  private StatusCounts() {
    for (ReportStatus status : ReportStatus.values()) {
      counts.put(status, 0L);
    }
  }

  static StatusCounts of(Collection<ReportedFinding> findings) {
    StatusCounts counts = new StatusCounts();
    findings.forEach(f -> counts.counts.merge(f.status(), 1L, Long::sum));
    return counts;
  }

  long get(ReportStatus status) {
    return counts.get(status);
  }

  long total() {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Counts in status order. */
  Map<ReportStatus, Long> asMap() {
    return counts;
  }
}
