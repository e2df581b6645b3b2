package dev.readiness.testkit;

import dev.readiness.api.Finding;
import dev.readiness.api.Report;
import dev.readiness.api.Status;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions about a {@link Report}. The {@code has...} methods that find one finding return a
 * {@link FindingAssert} on it, so a test goes on to its message and evidence. Resources are named
 * by name or, starting with {@code /}, by id, ignoring case.
 */
public final class ReportAssert extends AbstractAssert<ReportAssert, Report> {
  ReportAssert(Report actual) {
    super(actual, ReportAssert.class);
  }

  /** The report has a FAIL of rule {@code ruleId} about {@code resource}. */
  public FindingAssert hasFail(String ruleId, String resource) {
    return hasFinding(ruleId, Status.FAIL, resource);
  }

  /** The report has a PASS of rule {@code ruleId} about {@code resource}. */
  public FindingAssert hasPass(String ruleId, String resource) {
    return hasFinding(ruleId, Status.PASS, resource);
  }

  /** The report has an UNKNOWN of rule {@code ruleId} about {@code resource}. */
  public FindingAssert hasUnknown(String ruleId, String resource) {
    return hasFinding(ruleId, Status.UNKNOWN, resource);
  }

  /** The report has a MANUAL finding of rule {@code ruleId} about {@code resource}. */
  public FindingAssert hasManual(String ruleId, String resource) {
    return hasFinding(ruleId, Status.MANUAL, resource);
  }

  /**
   * The report has a finding of rule {@code ruleId} with {@code status} about {@code resource}.
   * When several match, the first in report order is returned.
   */
  public FindingAssert hasFinding(String ruleId, Status status, String resource) {
    isNotNull();
    List<Finding> matching =
        actual.findings().stream()
            .filter(f -> f.ruleId().equalsIgnoreCase(ruleId) && f.status() == status)
            .filter(f -> FindingText.isAbout(f.target(), resource))
            .toList();
    if (matching.isEmpty()) {
      failWithMessage(
          "Expected the report to have a %s of rule %s on %s, but its findings were:%n%s",
          status, ruleId, resource, FindingText.describeAll(actual.findings()));
    }
    return new FindingAssert(matching.get(0));
  }

  /**
   * The report has no finding of rule {@code ruleId} about {@code resource}, whatever its status.
   */
  public ReportAssert hasNoFindingFor(String ruleId, String resource) {
    isNotNull();
    List<Finding> matching =
        actual.findings().stream()
            .filter(f -> f.ruleId().equalsIgnoreCase(ruleId))
            .filter(f -> FindingText.isAbout(f.target(), resource))
            .toList();
    if (!matching.isEmpty()) {
      failWithMessage(
          "Expected no finding of rule %s on %s, but found:%n%s",
          ruleId, resource, FindingText.describeAll(matching));
    }
    return this;
  }

  /** No finding of the report has {@code status}, for example ERROR. */
  public ReportAssert hasNoFindingsWithStatus(Status status) {
    isNotNull();
    List<Finding> matching = actual.findings(status);
    if (!matching.isEmpty()) {
      failWithMessage(
          "Expected no %s finding, but found %d:%n%s",
          status, matching.size(), FindingText.describeAll(matching));
    }
    return this;
  }

  /** The report has exactly {@code count} findings with {@code status}. */
  public ReportAssert hasFindingCount(Status status, long count) {
    isNotNull();
    if (actual.count(status) != count) {
      failWithMessage(
          "Expected %d %s findings but found %d:%n%s",
          count, status, actual.count(status), FindingText.describeAll(actual.findings(status)));
    }
    return this;
  }
}
