package dev.readiness.api.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.Category;
import dev.readiness.api.Finding;
import dev.readiness.api.Report;
import dev.readiness.api.ResourceId;
import dev.readiness.api.RuleMetadata;
import dev.readiness.api.Status;
import dev.readiness.api.Target;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MarkdownWriterTest {
  @Test
  void matchesTheApprovedFile() throws IOException {
    Golden.assertApproved("report.md", ReportFormat.MARKDOWN.render(SampleReports.waived()));
  }

  @Test
  void showsEveryAreaAndTicksRowsByTheirFindings() throws IOException {
    String md = ReportFormat.MARKDOWN.render(SampleReports.waived());
    for (Category area : Category.values()) {
      assertThat(md).contains("| " + area.title() + " |");
    }
    assertThat(md)
        .contains(
            "| Logging and monitoring | Diagnostic logging for VMs and other critical resources"
                + " | ❌ | 1 | 2 | 0 | 0 | 1 | FR-LOG-STORAGE-DATA, FR-LOG-VM-GUEST |")
        .contains("| Incident response | An incident response plan | ❔ | 0 | 0 | 0 | 1 | 0 |")
        .contains("| Identity and access | *no rule selected* | ➖ |");
  }

  @Test
  void groupsFailuresByRuleAndEscapesTenantText() throws IOException {
    String md = ReportFormat.MARKDOWN.render(SampleReports.waived());
    assertThat(md)
        .contains("### FR-LOG-VM-GUEST · VM guest OS logs are collected (high)")
        .contains("### FR-NET-FLOW · Flow logs are enabled (critical)")
        .contains("&lt;b>bold&lt;/b>")
        .doesNotContain("<b>bold</b>")
        .doesNotContain("&gt;")
        .doesNotContain("stlab` | WAIVED");
    assertThat(md.indexOf("### FR-NET-FLOW"))
        .as("the worst failures first, as in every format")
        .isLessThan(md.indexOf("### FR-LOG-VM-GUEST"));
    assertThat(md.indexOf("### FR-LOG-VM-GUEST")).isLessThan(md.indexOf("### FR-LOG-STORAGE-DATA"));
  }

  @Test
  void escapesBarsInTableCellsAndShowsTheInvestigationView() throws IOException {
    Report sample = SampleReports.report();
    RuleMetadata rule = SampleReports.rule("FR-PIPE-01");
    ResourceId id =
        ResourceId.parse(SampleReports.RG + "/providers/Microsoft.Storage/storageAccounts/st1");
    Finding finding =
        new Finding(
            rule.id(),
            Status.FAIL,
            rule.severity(),
            new Target(id, "a|b", SampleReports.STORAGE_TYPE),
            "Portal > Storage: x | y.",
            List.of(),
            rule.remediation());
    InvestigationView view =
        new InvestigationView(
            List.of(
                new InvestigationView.ResourceQuestions(
                    id,
                    "a|b",
                    SampleReports.STORAGE_TYPE,
                    List.of(
                        new InvestigationView.Question(
                            "Who wrote which blob?",
                            false,
                            Optional.of("no StorageWrite | logs"),
                            List.of("FR-PIPE-01")),
                        new InvestigationView.Question(
                            "Unchecked here?",
                            false,
                            Optional.of("no rule of this scan"),
                            List.of("FR-ELSE"))))));
    String md =
        ReportFormat.MARKDOWN.render(
            ScanReport.builder(
                    new Report(sample.snapshot(), List.of(rule), List.of(finding), List.of()))
                .investigation(view)
                .build());

    assertThat(md)
        .contains("| `a\\|b` | FAIL | Portal > Storage: x \\| y. |")
        .contains("## Investigation readiness")
        .contains("0 of 1 resource could be investigated fully.")
        .contains(
            "| `a\\|b` | 0 of 1 | Who wrote which blob? | no StorageWrite \\| logs | FR-PIPE-01 |")
        .as("a question no rule of the scan checks is left out")
        .doesNotContain("Unchecked here?");
  }

  @Test
  void aRowWithOnlyPassesAndWaiversIsTicked() throws IOException {
    Report report = SampleReports.report();
    ScanReport labAndGoodOnly =
        ScanReport.builder(
                new Report(
                    report.snapshot(),
                    List.of(SampleReports.STORAGE_LOGS),
                    report.findings().stream()
                        .filter(f -> f.ruleId().equals("FR-LOG-STORAGE-DATA"))
                        .filter(f -> !f.target().name().equals("stcasetools"))
                        .toList(),
                    List.of()))
            .waivers(
                Waivers.of(
                    SampleReports.waived().findings().stream()
                        .flatMap(f -> f.waiver().stream())
                        .toList()))
            .build();
    assertThat(ReportFormat.MARKDOWN.render(labAndGoodOnly))
        .contains("| Logs centralized in Log Analytics | ✅ | 1 | 0 | 0 | 0 | 1 |")
        .contains("No failures.");
  }

  @Test
  void cutsLongListsSoACommentStaysSmall() throws IOException {
    Report sample = SampleReports.report();
    List<RuleMetadata> rules = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    for (int r = 0; r < 8; r++) {
      RuleMetadata rule = SampleReports.rule("FR-MANY-" + r);
      rules.add(rule);
      for (int i = 0; i < 30; i++) {
        ResourceId id =
            ResourceId.parse(
                SampleReports.RG + "/providers/Microsoft.Storage/storageAccounts/st" + i);
        findings.add(
            new Finding(
                rule.id(),
                Status.FAIL,
                rule.severity(),
                new Target(id, "st" + i, SampleReports.STORAGE_TYPE),
                "st" + i + " keeps no logs.",
                List.of(),
                rule.remediation()));
      }
    }
    String md =
        ReportFormat.MARKDOWN.render(
            ScanReport.of(new Report(sample.snapshot(), rules, findings, List.of())));

    assertThat(md.lines().filter(line -> line.startsWith("| `st"))).hasSize(150);
    assertThat(md)
        .contains("…and 5 more; the JSON or HTML report lists every one.")
        .contains("30 failing resources; the JSON or HTML report lists every one.");
  }
}
