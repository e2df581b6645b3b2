package dev.readiness.examples.cli;

import dev.readiness.api.Category;
import dev.readiness.api.Change;
import dev.readiness.api.Finding;
import dev.readiness.api.Fix;
import dev.readiness.api.RuleMetadata;
import dev.readiness.api.Severity;
import dev.readiness.api.SnapshotMetadata;
import dev.readiness.api.fix.ChangeText;
import dev.readiness.api.report.InvestigationView;
import dev.readiness.api.report.ReportStatus;
import dev.readiness.api.report.ReportedFinding;
import dev.readiness.api.report.ScanReport;
import dev.readiness.api.report.Waiver;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** The readable summary {@code scan} prints when no report file is asked for. */
final class TerminalSummary {
  private static final String RESET = "\u001b[0m";
  private static final Map<ReportStatus, String> COLOURS =
      Map.of(
          ReportStatus.PASS, "\u001b[32m",
          ReportStatus.FAIL, "\u001b[31m",
          ReportStatus.ERROR, "\u001b[35m",
          ReportStatus.UNKNOWN, "\u001b[33m",
          ReportStatus.MANUAL, "\u001b[36m",
          ReportStatus.WAIVED, "\u001b[90m",
          ReportStatus.BASELINE, "\u001b[90m");
  private static final List<ReportStatus> COLUMNS =
      List.of(
          ReportStatus.PASS,
          ReportStatus.FAIL,
          ReportStatus.UNKNOWN,
          ReportStatus.MANUAL,
          ReportStatus.WAIVED,
          ReportStatus.BASELINE,
          ReportStatus.ERROR);

  private final boolean colour;
  private final Severity failOn;

  TerminalSummary(boolean colour, Severity failOn) {
    this.colour = colour;
    this.failOn = failOn;
  }

  void print(ScanReport scan, PrintWriter out) {
    SnapshotMetadata snapshot = scan.report().snapshot();
    out.println(
        "Forensic readiness of tenant "
            + snapshot.tenantId().orElse("(unknown)")
            + ", "
            + Plural.count(snapshot.subscriptions().size(), "subscription", "subscriptions")
            + ", captured "
            + snapshot.capturedAt());
    out.println(
        Plural.count(scan.report().rules().size(), "rule", "rules")
            + ", "
            + Plural.count(scan.findings().size(), "finding", "findings"));
    out.println();
    out.printf("%-26s", "Area");
    COLUMNS.forEach(status -> out.printf("%9s", status.name().toLowerCase(java.util.Locale.ROOT)));
    out.println();
    for (Category category : Category.values()) {
      List<ReportedFinding> findings = scan.findings(category);
      out.printf("%-26s", category.title());
      for (ReportStatus status : COLUMNS) {
        long count = findings.stream().filter(f -> f.status() == status).count();
        out.print(
            count == 0 ? String.format("%9s", "·") : paint(status, String.format("%9d", count)));
      }
      out.println();
    }
    printFailures(scan, out);
    printInvestigation(scan, out);
    if (!scan.report().coverageGaps().isEmpty()) {
      out.println();
      out.println(
          paint(
              ReportStatus.UNKNOWN,
              "Coverage gaps (" + scan.report().coverageGaps().size() + "):"));
      scan.report().coverageGaps().forEach(gap -> out.println("  " + gap.reason()));
    }
    if (!scan.expiredWaivers().isEmpty()) {
      out.println();
      out.println(paint(ReportStatus.FAIL, "Expired waivers (no longer applied):"));
      for (Waiver waiver : scan.expiredWaivers()) {
        out.println(
            "  "
                + waiver.ruleId()
                + " on "
                + (waiver.resource().equals("/") ? "the tenant" : waiver.resource())
                + " expired "
                + waiver.expires()
                + " (owner "
                + waiver.owner()
                + ")");
      }
    }
    out.println();
    out.println(verdict(scan));
  }

  private void printInvestigation(ScanReport scan, PrintWriter out) {
    List<InvestigationView.ResourceQuestions> resources =
        scan.investigation().map(InvestigationView::resources).orElse(List.of());
    if (resources.isEmpty()) {
      // No selected rule checks a question: the view has nothing to say about this scan.
      return;
    }
    List<InvestigationView.ResourceQuestions> gaps =
        resources.stream().filter(r -> r.answered() < r.questions().size()).toList();
    out.println();
    out.println(
        "Investigation readiness: "
            + (resources.size() - gaps.size())
            + " of "
            + Plural.count(resources.size(), "resource", "resources")
            + " could be investigated fully.");
    for (InvestigationView.ResourceQuestions resource : gaps) {
      out.println(
          "  "
              + resource.name()
              + " ("
              + resource.type()
              + "): "
              + resource.answered()
              + " of "
              + Plural.count(resource.questions().size(), "question", "questions")
              + " answerable");
      for (InvestigationView.Question question : resource.questions()) {
        if (!question.answered()) {
          out.println(
              "    "
                  + paint(ReportStatus.FAIL, "✗")
                  + " "
                  + question.question()
                  + " "
                  + paint(ReportStatus.WAIVED, "— " + question.missingLink().orElse("")));
        }
      }
    }
  }

  /** The last line: whether anything at or above {@code --fail-on} remains. */
  String verdict(ScanReport scan) {
    int failing = scan.failingAtOrAbove(failOn).size();
    return failing == 0
        ? paint(ReportStatus.PASS, "No failure at or above " + failOn + ".")
        : paint(
            ReportStatus.FAIL,
            Plural.count(failing, "failure", "failures")
                + " at or above "
                + failOn
                + " (exit code 1).");
  }

  private void printFailures(ScanReport scan, PrintWriter out) {
    Map<String, List<ReportedFinding>> byRule = scan.failingByRule();
    if (byRule.isEmpty()) {
      return;
    }
    out.println();
    out.println("Failures:");
    // In the one report order, worst first, as every report format lists them.
    for (List<ReportedFinding> failures : byRule.values()) {
      RuleMetadata rule = scan.rule(failures.get(0).finding());
      out.println(
          "  "
              + paint(ReportStatus.FAIL, rule.severity().name())
              + " "
              + rule.id()
              + " "
              + rule.title());
      for (ReportedFinding failure : failures) {
        Finding finding = failure.finding();
        out.println(
            "    "
                + paint(failure.status(), failure.status() == ReportStatus.ERROR ? "!" : "✗")
                + " "
                + finding.target().name()
                + ": "
                + finding.message());
        printFix(finding.fix(), out);
      }
    }
  }

  /**
   * The finding's own changes under it: each one's sentence, and the request that makes it in short
   * form; {@code readiness fix} writes them out to deploy.
   */
  private static void printFix(Fix fix, PrintWriter out) {
    for (Change change : fix.changes()) {
      out.println("      fix: " + ChangeText.sentence(change));
      String request = ChangeText.shortRequest(change);
      if (!request.isEmpty()) {
        out.println("           " + request);
      }
    }
  }

  private String paint(ReportStatus status, String text) {
    return colour ? COLOURS.get(status) + text + RESET : text;
  }
}
