package dev.readiness.api.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.SpecificationVersion;
import dev.readiness.api.Finding;
import dev.readiness.api.Fix;
import dev.readiness.api.Report;
import dev.readiness.api.Status;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonReportWriterTest {
  private static final Path SCHEMA = Path.of("../docs/report-schema.json");

  @Test
  void matchesTheApprovedFile() throws IOException {
    Golden.assertApproved("report.json", ReportFormat.JSON.render(SampleReports.waived()));
  }

  @Test
  void theSameReportGivesTheSameBytes() throws IOException {
    String first = ReportFormat.JSON.render(SampleReports.waived());
    String second = ReportFormat.JSON.render(SampleReports.waived());
    assertThat(second).isEqualTo(first);
  }

  @Test
  void isValidAgainstTheDocumentedSchema() throws IOException {
    SchemaValidation schema = schema();
    assertThat(schema.violations(ReportFormat.JSON.render(SampleReports.waived()))).isEmpty();
    assertThat(schema.violations(ReportFormat.JSON.render(ScanReport.of(SampleReports.report()))))
        .isEmpty();
  }

  @Test
  void theSchemaRejectsAFindingWithoutItsResource() throws IOException {
    JsonNode report =
        SchemaValidation.MAPPER.readTree(ReportFormat.JSON.render(SampleReports.waived()));
    ((ObjectNode) report.get("findings").get(0)).remove("resourceId");
    assertThat(schema().violations(report)).singleElement().asString().contains("resourceId");
  }

  @Test
  void aWaivedFindingKeepsItsEvaluatedStatusAndCarriesTheJustification() throws IOException {
    JsonNode report =
        SchemaValidation.MAPPER.readTree(ReportFormat.JSON.render(SampleReports.waived()));
    JsonNode lab = null;
    for (JsonNode finding : report.get("findings")) {
      if (finding.get("resourceName").asText().equals("stlab")) {
        lab = finding;
      }
    }
    assertThat(lab).isNotNull();
    assertThat(lab.get("status").asText()).isEqualTo("WAIVED");
    assertThat(lab.get("evaluatedStatus").asText()).isEqualTo("FAIL");
    assertThat(lab.at("/waiver/justification").asText())
        .isEqualTo("Lab account, synthetic data only.");
    assertThat(report.at("/expiredWaivers/0/ruleId").asText()).isEqualTo("FR-LOG-VM-GUEST");
    assertThat(report.at("/summary/byStatus/WAIVED").asInt()).isEqualTo(1);
    assertThat(report.at("/summary/byStatus/FAIL").asInt()).isEqualTo(2);
  }

  @Test
  void aFindingCarriesItsOwnFixValidAgainstTheSchema() throws IOException {
    String written = ReportFormat.JSON.render(ScanReport.of(SampleReports.withFix()));

    JsonNode report = SchemaValidation.MAPPER.readTree(written);
    JsonNode withFix = null;
    for (JsonNode finding : report.get("findings")) {
      if (finding.has("fix")) {
        withFix = finding;
      }
    }
    assertThat(schema().violations(written)).isEmpty();
    assertThat(withFix.get("resourceName").asText()).isEqualTo("stcasetools");
    assertThat(withFix.at("/fix/changes/0/body/properties/workspaceId").asText())
        .isEqualTo("[parameters('workspaceId')]");
    assertThat(withFix.at("/fix/parameters/0/default").asText()).isEqualTo("/workspaces/default");
    assertThat(withFix.at("/fix/changes/1/kind").asText()).isEqualTo("human");
    assertThat(withFix.at("/remediation/portal").asText()).isNotEmpty();
  }

  @Test
  void aCrashedRulesErrorCarriesItsTopFramesValidAgainstTheSchema() throws IOException {
    List<StackTraceElement> frames = new ArrayList<>();
    frames.add(new StackTraceElement("java.util.Objects", "requireNonNull", null, -2));
    for (int line = 1; frames.size() < 12; line++) {
      frames.add(
          new StackTraceElement("com.contoso.rules.VaultRule", "evaluate", "VaultRule.java", line));
    }
    Report sample = SampleReports.report();
    List<Finding> findings =
        sample.findings().stream()
            .map(
                f ->
                    f.status() == Status.ERROR
                        ? new Finding(
                            f.ruleId(),
                            f.status(),
                            f.severity(),
                            f.target(),
                            f.message(),
                            f.evidence(),
                            f.remediation(),
                            Fix.NONE,
                            frames)
                        : f)
            .toList();
    String written =
        ReportFormat.JSON.render(
            ScanReport.of(
                new Report(sample.snapshot(), sample.rules(), findings, sample.coverageGaps())));

    JsonNode report = SchemaValidation.MAPPER.readTree(written);
    assertThat(schema().violations(written)).isEmpty();
    JsonNode error = null;
    for (JsonNode finding : report.get("findings")) {
      assertThat(finding.has("stackTrace"))
          .isEqualTo(finding.get("evaluatedStatus").asText().equals("ERROR"));
      if (finding.has("stackTrace")) {
        error = finding;
      }
    }
    assertThat(error.get("stackTrace")).hasSize(10);
    assertThat(error.at("/stackTrace/0/class").asText()).isEqualTo("java.util.Objects");
    assertThat(error.at("/stackTrace/0/file").isNull()).isTrue();
    assertThat(error.at("/stackTrace/0/line").isNull()).isTrue();
    assertThat(error.at("/stackTrace/1/file").asText()).isEqualTo("VaultRule.java");
    assertThat(error.at("/stackTrace/1/line").asInt()).isEqualTo(1);
    assertThat(error.at("/stackTrace/9/line").asInt()).isEqualTo(9);
  }

  private static SchemaValidation schema() throws IOException {
    return SchemaValidation.of(
        SchemaValidation.MAPPER.readTree(SCHEMA.toFile()), SpecificationVersion.DRAFT_2020_12);
  }
}
