package dev.readiness.testkit;

import dev.readiness.api.Finding;
import dev.readiness.api.Report;

/**
 * AssertJ entry point for reports and findings:
 *
 * <pre>{@code
 * assertThat(report).hasFail("FR-LOG-VM-GUEST", "THA-VM").withEvidenceAt("/properties/...");
 * assertThat(report).hasUnknown("FR-LOG-DIAG", "kv-prod").withMessageContaining("was denied");
 * assertThat(report).hasNoFindingsWithStatus(Status.ERROR);
 * }</pre>
 */
public final class ReadinessAssertions {
  private ReadinessAssertions() {}

  /** Assertions about {@code report}. */
  public static ReportAssert assertThat(Report report) {
    return new ReportAssert(report);
  }

  /** Assertions about {@code finding}. */
  public static FindingAssert assertThat(Finding finding) {
    return new FindingAssert(finding);
  }
}
