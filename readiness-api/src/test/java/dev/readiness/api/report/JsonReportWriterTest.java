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
    Golden.assertApproved("report.json", Golden.write(ReportFormat.JSON, SampleReports.waived()));
  }

  @Test
  void theSameReportGivesTheSameBytes() throws IOException {
    String first = Golden.write(ReportFormat.JSON, SampleReports.waived());
    String second = Golden.write(ReportFormat.JSON, SampleReports.waived());
    assertThat(second).isEqualTo(first);
  }

  @Test
  void isValidAgainstTheDocumentedSchema() throws IOException {
    SchemaValidation schema = schema();
    assertThat(schema.violations(Golden.write(ReportFormat.JSON, SampleReports.waived())))
        .isEmpty();
    assertThat(
            schema.violations(
                Golden.write(ReportFormat.JSON, ScanReport.of(SampleReports.report()))))
        .isEmpty();
  }

  @Test
  void theSchemaRejectsAFindingWithoutItsResource() throws IOException {
    JsonNode report =
        SchemaValidation.MAPPER.readTree(Golden.write(ReportFormat.JSON, SampleReports.waived()));
    ((ObjectNode) report.get("findings").get(0)).remove("resourceId");
    assertThat(schema().violations(report)).singleElement().asString().contains("resourceId");
  }

  @Test
  void aWaivedFindingKeepsItsEvaluatedStatusAndCarriesTheJustification() throws IOException {
    JsonNode report =
        SchemaValidation.MAPPER.readTree(Golden.write(ReportFormat.JSON, SampleReports.waived()));
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
    String written = Golden.write(ReportFormat.JSON, ScanReport.of(SampleReports.withFix()));

    JsonNode report = SchemaValidation.MAPPER.readTree(written);
    JsonNode withFix = null;
    for (JsonNode finding : report.get("findings")) {
      if (finding.has("fix")) {
        withFix = finding;
      }
    }
    assertThat(schema().violations(written)).isEmpty();
    assertThat(withFix.get("resourceName").asText()).isEqualTo("stcasetools");
    JsonNode request = report.get("armRequests").get(withFix.at("/fix/changes/0/request").asInt());
    assertThat(request.at("/body/properties/workspaceId").asText())
        .isEqualTo("[parameters('workspaceId')]");
    JsonNode parameter = report.get("fixParameters").get(withFix.at("/fix/parameters/0").asInt());
    assertThat(parameter.get("default").asText()).isEqualTo("/workspaces/default");
    assertThat(withFix.at("/fix/changes/1/kind").asText()).isEqualTo("human");
    // The rule's remediation is written once, in rules[], and not repeated in each finding.
    assertThat(withFix.has("remediation")).isFalse();
    assertThat(report.at("/rules/0/remediation/portal").asText()).isNotEmpty();
  }

  @Test
  void writesEachFindingOnOneLineAndWhatFindingsShareOnce() throws IOException {
    String written = Golden.write(ReportFormat.JSON, SampleReports.waived());
    JsonNode report = SchemaValidation.MAPPER.readTree(written);

    long findingLines = written.lines().filter(line -> line.startsWith("    {\"ruleId\":")).count();
    assertThat(findingLines).isEqualTo(report.get("findings").size()).isPositive();
    for (JsonNode finding : report.get("findings")) {
      assertThat(finding.has("category")).isFalse();
      assertThat(finding.has("evaluatedStatus"))
          .isEqualTo(!finding.get("status").asText().equals("FAIL") && finding.has("waiver"));
      for (JsonNode item : finding.get("evidence")) {
        JsonNode observation = report.get("observations").get(item.get("observation").asInt());
        assertThat(observation.has("pointer")).isTrue();
        assertThat(item.path("resourceId").asText())
            .isNotEqualTo(finding.get("resourceId").asText());
      }
    }
    // A child of the finding's resource is named by its path below it.
    assertThat(written).contains("{\"resourceId\":\"blobServices/default\",\"observation\":");
  }

  private static SchemaValidation schema() throws IOException {
    return SchemaValidation.of(
        SchemaValidation.MAPPER.readTree(SCHEMA.toFile()), SpecificationVersion.DRAFT_2020_12);
  }
}
