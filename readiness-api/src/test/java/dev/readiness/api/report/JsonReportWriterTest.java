package dev.readiness.api.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Path;
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

  private static SchemaValidation schema() throws IOException {
    return SchemaValidation.of(
        SchemaValidation.MAPPER.readTree(SCHEMA.toFile()), SpecificationVersion.DRAFT_2020_12);
  }
}
