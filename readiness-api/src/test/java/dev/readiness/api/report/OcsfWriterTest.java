package dev.readiness.api.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class OcsfWriterTest {
  @Test
  void matchesTheApprovedFile() throws IOException {
    Golden.assertApproved("report-ocsf.json", ReportFormat.OCSF.render(SampleReports.waived()));
  }

  @Test
  void writesOneComplianceFindingPerFinding() throws IOException {
    JsonNode events = events();
    assertThat(events).hasSize(7);
    for (JsonNode event : events) {
      assertThat(event.get("class_uid").asInt()).isEqualTo(2003);
      assertThat(event.get("category_uid").asInt()).isEqualTo(2);
      assertThat(event.get("type_uid").asInt()).isEqualTo(200301);
      assertThat(event.get("time").asLong()).isEqualTo(1772359200000L);
      assertThat(event.at("/metadata/version").asText()).isEqualTo("1.3.0");
    }
  }

  @Test
  void mapsSeverityComplianceStatusAndWaivers() throws IOException {
    JsonNode vm = events().get(4);
    assertThat(vm.at("/compliance/control").asText()).isEqualTo("FR-LOG-VM-GUEST");
    assertThat(vm.get("severity_id").asInt()).isEqualTo(4);
    assertThat(vm.get("severity").asText()).isEqualTo("High");
    assertThat(vm.at("/compliance/status_id").asInt()).isEqualTo(3);
    assertThat(vm.at("/compliance/status").asText()).isEqualTo("Fail");
    assertThat(vm.at("/resources/0/uid").asText()).isEqualTo(SampleReports.VM.toString());
    assertThat(vm.at("/cloud/account/uid").asText()).isEqualTo(SampleReports.SUB);

    JsonNode lab = events().get(3);
    assertThat(lab.get("status").asText()).isEqualTo("Suppressed");
    assertThat(lab.get("status_id").asInt()).isEqualTo(3);
    assertThat(lab.at("/compliance/status").asText()).isEqualTo("Fail");
    assertThat(lab.at("/unmapped/waiver/owner").asText()).isEqualTo("secops@contoso.example");

    JsonNode pass = events().get(2);
    assertThat(pass.at("/compliance/status_id").asInt()).isEqualTo(1);
    assertThat(events().get(0).get("severity_id").asInt()).isEqualTo(2);
  }

  private static JsonNode events() throws IOException {
    return SchemaValidation.MAPPER.readTree(ReportFormat.OCSF.render(SampleReports.waived()));
  }
}
