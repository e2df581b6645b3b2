package dev.readiness.examples.cli;

import dev.readiness.api.RuleMetadata;
import dev.readiness.api.Severity;
import dev.readiness.api.report.ReportStatus;
import dev.readiness.api.report.ReportedFinding;
import dev.readiness.api.report.ScanReport;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a scan could decide what a CI gate asks of it. A gate that goes green on nothing is worse
 * than none: an empty snapshot, or a rule at or above {@code --fail-on} whose every finding is
 * UNKNOWN, means the scan ran but cannot vouch for the tenant (exit code 4).
 */
final class Undecided {
  /** Statuses that answer the rule's question one way or the other. */
  private static final Set<ReportStatus> DECIDED =
      EnumSet.of(
          ReportStatus.PASS,
          ReportStatus.FAIL,
          ReportStatus.ERROR,
          ReportStatus.WAIVED,
          ReportStatus.BASELINE);

  private Undecided() {}

  /**
   * One plain sentence, without its full stop, saying what could not be decided, or empty when the
   * scan decided every rule at or above {@code failOn} it had anything to say about.
   */
  static Optional<String> sentence(ScanReport scan, int resources, Severity failOn) {
    if (resources == 0) {
      return Optional.of(
          "The snapshot holds no resources, so the checklist could not decide anything");
    }
    List<String> undecided = new ArrayList<>();
    for (RuleMetadata rule : scan.report().rules()) {
      List<ReportedFinding> findings =
          scan.findings().stream().filter(f -> f.finding().ruleId().equals(rule.id())).toList();
      boolean unknownOnly =
          findings.stream().anyMatch(f -> f.status() == ReportStatus.UNKNOWN)
              && findings.stream().noneMatch(f -> DECIDED.contains(f.status()));
      if (rule.severity().atLeast(failOn) && unknownOnly) {
        undecided.add(rule.id());
      }
    }
    if (undecided.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        (undecided.size() == 1 ? "Rule " : "Rules ")
            + String.join(", ", undecided)
            + ", at or above "
            + failOn
            + ", decided nothing: every finding is UNKNOWN for lack of data");
  }
}
