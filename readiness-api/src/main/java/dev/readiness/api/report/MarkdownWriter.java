package dev.readiness.api.report;

import dev.readiness.api.Category;
import dev.readiness.api.Change;
import dev.readiness.api.CoverageRecord;
import dev.readiness.api.RuleMetadata;
import dev.readiness.api.SnapshotMetadata;
import dev.readiness.api.fix.ChangeText;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Markdown for a pull-request comment: the checklist as one table of its six areas and rows, each
 * ticked or not with counts, then the failures grouped by rule, worst first, and the investigation
 * readiness view. Long lists are cut so a comment stays within what code hosts accept; the full
 * report has every finding.
 */
final class MarkdownWriter {
  /** Resources listed per failing rule before "and N more". */
  static final int LISTED_PER_RULE = 25;

  /**
   * Resources listed over all rules: with messages of a few hundred characters this keeps a comment
   * well below the 65,536 characters GitHub accepts.
   */
  static final int LISTED_IN_ALL = 150;

  private static final List<ReportStatus> COUNTED =
      List.of(
          ReportStatus.PASS,
          ReportStatus.FAIL,
          ReportStatus.UNKNOWN,
          ReportStatus.MANUAL,
          ReportStatus.WAIVED);

  private MarkdownWriter() {}

  static void write(ScanReport scan, OutputStream out) throws IOException {
    Writer md = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    header(md, scan);
    checklist(md, scan);
    failures(md, scan);
    investigation(md, scan);
    gaps(md, scan);
    md.flush();
  }

  private static void header(Writer md, ScanReport scan) throws IOException {
    SnapshotMetadata snapshot = scan.report().snapshot();
    md.write("# Forensic readiness\n\n");
    md.write(
        "Tenant "
            + Markup.code(snapshot.tenantId().orElse("unknown"))
            + " · "
            + Markup.count(snapshot.subscriptions().size(), "subscription", "subscriptions")
            + " · captured "
            + snapshot.capturedAt()
            + " · "
            + Markup.count(scan.report().rules().size(), "rule", "rules")
            + " · "
            + Markup.count(scan.findings().size(), "finding", "findings")
            + "\n\n");
    StatusCounts counts = StatusCounts.of(scan.findings());
    md.write(
        "**"
            + java.util.Arrays.stream(ReportStatus.values())
                .filter(status -> counts.get(status) > 0)
                .map(status -> counts.get(status) + " " + word(status))
                .collect(Collectors.joining(" · "))
            + "**\n\n");
  }

  private static void checklist(Writer md, ScanReport scan) throws IOException {
    md.write("## Checklist\n\n");
    md.write("| Area | Checklist item | | Pass | Fail | Unknown | Manual | Waived | Rules |\n");
    md.write("|---|---|:-:|--:|--:|--:|--:|--:|---|\n");
    for (Map.Entry<Category, List<Checklist.Row>> area : Checklist.of(scan).entrySet()) {
      if (area.getValue().isEmpty()) {
        md.write("| " + area.getKey().title() + " | *no rule selected* | ➖ |  |  |  |  |  |  |\n");
        continue;
      }
      for (Checklist.Row row : area.getValue()) {
        StringBuilder line = new StringBuilder("| ").append(area.getKey().title());
        line.append(" | ").append(Markup.markdown(row.item()));
        line.append(" | ").append(row.tick().symbol);
        for (ReportStatus status : COUNTED) {
          long count =
              row.counts().get(status)
                  + (status == ReportStatus.FAIL ? row.counts().get(ReportStatus.ERROR) : 0);
          line.append(" | ").append(count);
        }
        line.append(" | ").append(String.join(", ", row.ruleIds())).append(" |\n");
        md.write(line.toString());
      }
    }
    md.write(
        "\n✅ every finding passes or is waived · ❌ a failure or a rule error · ❔ undecided"
            + " (unknown, manual, or nothing found)");
    if (scan.baselineApplied()) {
      md.write(
          " · "
              + Markup.count(scan.count(ReportStatus.BASELINE), "known failure", "known failures")
              + " from the baseline "
              + (scan.count(ReportStatus.BASELINE) == 1 ? "is" : "are")
              + " not counted as failures");
    }
    md.write("\n\n");
  }

  private static void failures(Writer md, ScanReport scan) throws IOException {
    Map<String, List<ReportedFinding>> byRule = scan.failingByRule();
    md.write("## Failures by rule\n\n");
    if (byRule.isEmpty()) {
      md.write("No failures.\n\n");
      return;
    }
    int budget = LISTED_IN_ALL;
    for (List<ReportedFinding> failures : byRule.values()) {
      int listed = Math.min(Math.min(LISTED_PER_RULE, budget), failures.size());
      budget -= listed;
      RuleMetadata rule = scan.rule(failures.get(0).finding());
      md.write(
          "### "
              + rule.id()
              + " · "
              + Markup.markdown(rule.title())
              + " ("
              + rule.severity().name().toLowerCase(Locale.ROOT)
              + ")\n\n");
      md.write(Markup.markdown(rule.rationale()) + "\n\n");
      if (listed > 0) {
        md.write("| Resource | Status | Finding |\n|---|---|---|\n");
      }
      for (ReportedFinding failure : failures.subList(0, listed)) {
        md.write(
            "| "
                + Markup.codeCell(failure.finding().target().name())
                + " | "
                + failure.status()
                + " | "
                + Markup.markdown(failure.finding().message())
                + fixOf(failure)
                + " |\n");
      }
      if (failures.size() > listed) {
        md.write(
            (listed > 0 ? "\n…and " : "")
                + (listed > 0
                    ? (failures.size() - listed) + " more"
                    : Markup.count(
                        failures.size() - listed, "failing resource", "failing resources"))
                + "; the JSON or HTML report lists every one.\n");
      }
      md.write("\n**Fix:** " + Markup.markdown(rule.remediation().portal()));
      if (rule.remediation().cli().isPresent()) {
        md.write(" " + Markup.code(rule.remediation().cli().get()));
      }
      if (rule.learnMore().isPresent()) {
        md.write(" · [Learn more](" + rule.learnMore().get() + ")");
      }
      md.write("\n\n");
    }
  }

  /**
   * The investigation readiness view: per resource, the questions a responder could not answer and
   * the missing link, as the terminal summary shows them; nothing when no selected rule checks a
   * question.
   */
  private static void investigation(Writer md, ScanReport scan) throws IOException {
    List<InvestigationView.ResourceQuestions> resources =
        scan.investigation().map(InvestigationView::resources).orElse(List.of());
    if (resources.isEmpty()) {
      return;
    }
    List<InvestigationView.ResourceQuestions> gaps =
        resources.stream().filter(r -> r.answered() < r.questions().size()).toList();
    md.write("## Investigation readiness\n\n");
    md.write(
        (resources.size() - gaps.size())
            + " of "
            + Markup.count(resources.size(), "resource", "resources")
            + " could be investigated fully.\n\n");
    if (gaps.isEmpty()) {
      return;
    }
    md.write("| Resource | Answerable | Unanswered question | Missing link | Rules |\n");
    md.write("|---|--:|---|---|---|\n");
    for (InvestigationView.ResourceQuestions resource : gaps) {
      for (InvestigationView.Question question : resource.questions()) {
        if (!question.answered()) {
          md.write(
              "| "
                  + Markup.codeCell(resource.name())
                  + " | "
                  + resource.answered()
                  + " of "
                  + resource.questions().size()
                  + " | "
                  + Markup.markdown(question.question())
                  + " | "
                  + Markup.markdown(question.missingLink().orElse(""))
                  + " | "
                  + String.join(", ", question.ruleIds())
                  + " |\n");
        }
      }
    }
    md.write("\n");
  }

  /**
   * The finding's own fix, appended to its table cell: each change's sentence and, for a request,
   * its short form as code; nothing when it has none.
   */
  private static String fixOf(ReportedFinding failure) {
    List<Change> changes = failure.finding().fix().changes();
    if (changes.isEmpty()) {
      return "";
    }
    StringBuilder cell = new StringBuilder(" **Fix:**");
    for (Change change : changes) {
      cell.append(' ').append(Markup.markdown(ChangeText.sentence(change)));
      String request = ChangeText.shortRequest(change);
      if (!request.isEmpty()) {
        cell.append(' ').append(Markup.codeCell(request));
      }
    }
    return cell.toString();
  }

  private static void gaps(Writer md, ScanReport scan) throws IOException {
    if (!scan.report().coverageGaps().isEmpty()) {
      md.write("## Coverage gaps\n\n");
      for (CoverageRecord gap : scan.report().coverageGaps()) {
        md.write("- " + Markup.markdown(gap.reason()) + "\n");
      }
      md.write("\n");
    }
    if (!scan.expiredWaivers().isEmpty()) {
      md.write("## Expired waivers\n\nThese no longer apply; their findings count again.\n\n");
      for (Waiver waiver : scan.expiredWaivers()) {
        md.write(
            "- "
                + waiver.ruleId()
                + " on "
                + Markup.code(waiver.resource())
                + ", owner "
                + Markup.markdown(waiver.owner())
                + ", expired "
                + waiver.expires()
                + "\n");
      }
      md.write("\n");
    }
  }

  private static String word(ReportStatus status) {
    return status.name().toLowerCase(Locale.ROOT);
  }
}
