package dev.readiness.api.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SarifWriterTest {
  /** The official OASIS SARIF 2.1.0 schema, as shipped in a jar on Maven Central. */
  private static final String OFFICIAL_SCHEMA = "/schema/sarif-schema-2.1.0.json";

  @Test
  void matchesTheApprovedFile() throws IOException {
    Golden.assertApproved("report.sarif", ReportFormat.SARIF.render(SampleReports.waived()));
  }

  @Test
  void isValidAgainstTheOfficialSchema() throws IOException {
    SchemaValidation schema = officialSchema();
    assertThat(schema.violations(ReportFormat.SARIF.render(SampleReports.waived()))).isEmpty();
    ScanReport baselined =
        ScanReport.builder(SampleReports.report())
            .baseline(Baseline.of(ScanReport.of(SampleReports.report())))
            .build();
    assertThat(schema.violations(ReportFormat.SARIF.render(baselined))).isEmpty();
  }

  @Test
  void theOfficialSchemaRejectsAnUnknownLevel() throws IOException {
    JsonNode sarif = sarif(SampleReports.waived());
    ((ObjectNode) sarif.at("/runs/0/results/0")).put("level", "fatal");
    assertThat(officialSchema().violations(sarif)).isNotEmpty();
  }

  @Test
  void levelsFollowStatusAndSeverity() throws IOException {
    JsonNode results = sarif(SampleReports.waived()).at("/runs/0/results");
    List<String> lines = new ArrayList<>();
    for (JsonNode result : results) {
      lines.add(
          result.get("ruleId").asText()
              + " "
              + result.at("/locations/0/logicalLocations/0/name").asText()
              + " "
              + result.get("kind").asText()
              + " "
              + result.get("level").asText());
    }
    assertThat(lines)
        .containsExactly(
            "FR-IR-PLAN tenant review none",
            "FR-LOG-STORAGE-DATA stcasetools fail warning",
            "FR-LOG-STORAGE-DATA stgood pass none",
            "FR-LOG-STORAGE-DATA stlab fail warning",
            "FR-LOG-VM-GUEST THA-VM fail error",
            "FR-NET-FLOW tenant open none",
            "FR-NET-FLOW 00000000-0000-0000-0000-000000000001 open none");
  }

  @Test
  void carriesResourceIdsWaiversAndCrashedRules() throws IOException {
    JsonNode run = sarif(SampleReports.waived()).at("/runs/0");
    JsonNode vm = run.at("/results/4");
    assertThat(vm.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText())
        .isEqualTo(SampleReports.VM.toString());
    assertThat(vm.at("/partialFingerprints/readinessFinding~1v1").asText()).hasSize(64);
    JsonNode lab = run.at("/results/3");
    assertThat(lab.at("/suppressions/0/status").asText()).isEqualTo("accepted");
    assertThat(lab.at("/suppressions/0/justification").asText())
        .startsWith("Lab account, synthetic data only.");
    assertThat(run.at("/invocations/0/executionSuccessful").asBoolean()).isFalse();
    assertThat(run.at("/invocations/0/toolExecutionNotifications/0/associatedRule/id").asText())
        .isEqualTo("FR-NET-FLOW");
    assertThat(run.at("/invocations/0/toolConfigurationNotifications/0/message/text").asText())
        .contains("expired on 2026-02-28");
    JsonNode rule = run.at("/tool/driver/rules/2");
    assertThat(rule.get("id").asText()).isEqualTo("FR-LOG-VM-GUEST");
    assertThat(rule.get("helpUri").asText()).startsWith("https://learn.microsoft.com/");
    assertThat(rule.at("/help/markdown").asText()).contains("```sh\naz vm extension set");
    assertThat(rule.at("/properties/security-severity").asText()).isEqualTo("8.0");
  }

  @Test
  void marksNewAndKnownFailuresAgainstABaseline() throws IOException {
    ScanReport base = ScanReport.of(SampleReports.report());
    JsonNode results =
        sarif(ScanReport.builder(SampleReports.report()).baseline(Baseline.of(base)).build())
            .at("/runs/0/results");
    assertThat(results.at("/4/baselineState").asText()).isEqualTo("unchanged");
    assertThat(results.at("/2/baselineState").isMissingNode()).isTrue();
  }

  private static JsonNode sarif(ScanReport report) throws IOException {
    return SchemaValidation.MAPPER.readTree(ReportFormat.SARIF.render(report));
  }

  private static SchemaValidation officialSchema() throws IOException {
    try (InputStream in = SarifWriterTest.class.getResourceAsStream(OFFICIAL_SCHEMA)) {
      assertThat(in).as("the SARIF schema on the test class path").isNotNull();
      return SchemaValidation.of(
          SchemaValidation.MAPPER.readTree(in), SpecificationVersion.DRAFT_7);
    }
  }
}
