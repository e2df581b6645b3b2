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
        .contains("&lt;b&gt;bold&lt;/b&gt;")
        .doesNotContain("<b>bold</b>")
        .doesNotContain("stlab` | WAIVED");
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
        .contains("30 failing resource(s); the JSON or HTML report lists every one.");
  }
}
