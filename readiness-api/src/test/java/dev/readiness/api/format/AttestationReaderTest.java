package dev.readiness.api.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.api.Attestation;
import dev.readiness.api.Attestations;
import dev.readiness.api.Category;
import dev.readiness.api.HumanStep;
import dev.readiness.api.Remediation;
import dev.readiness.api.ResourceId;
import dev.readiness.api.ResourceType;
import dev.readiness.api.RuleMetadata;
import dev.readiness.api.Severity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttestationReaderTest {
  private static Attestations read(String json) {
    return AttestationReader.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "attestations.json");
  }

  @Test
  void readsAttestationsWithOptionalScope() {
    Attestations attestations =
        read(
            """
        {"attestations": [
          {"ruleId": "FR-IR-05", "evidence": "https://wiki.contoso.example/ir", "owner": "secops", "date": "2026-03-01"},
          {"ruleId": "FR-GOV-02", "evidence": "https://lms.contoso.example/t", "owner": "ciso", "date": "2026-01-15",
           "scope": "/subscriptions/00000000-0000-0000-0000-000000000001"}
        ]}
        """);
    assertThat(attestations.all()).hasSize(2);
    Attestation first = attestations.all().get(0);
    assertThat(first.scope()).isEqualTo(ResourceId.TENANT);
    assertThat(first.date()).isEqualTo(LocalDate.parse("2026-03-01"));
    assertThat(attestations.all().get(1).scope().subscriptionId())
        .contains("00000000-0000-0000-0000-000000000001");
  }

  @Test
  void badInputNamesTheLocation() {
    assertThatThrownBy(
            () ->
                read(
                    "{\"attestations\": [\n {\"ruleId\": \"FR-IR-05\", \"evidence\": \"x\", \"owner\": \"o\", \"date\": \"01/03/2026\"}]}"))
        .isInstanceOf(InputFileException.class)
        .hasMessage(
            "attestations.json:2:2: expected 'date' of FR-IR-05 as YYYY-MM-DD but found '01/03/2026'");
    assertThatThrownBy(
            () ->
                read(
                    "{\"attestations\": [{\"ruleId\": \"FR-IR-05\", \"owner\": \"o\", \"date\": \"2026-01-01\"}]}"))
        .hasMessageContaining("expected a non-empty string 'evidence'");
    assertThatThrownBy(() -> read("{\"attestation\": []}"))
        .hasMessageContaining("unexpected field 'attestation'");
    assertThatThrownBy(() -> read("{\"attestations\": [")).hasMessageContaining("end of input");
  }

  private static RuleMetadata rule(String id, boolean manual) {
    RuleMetadata.Builder rule =
        RuleMetadata.builder(id)
            .title("Rule " + id)
            .category(Category.INCIDENT_RESPONSE)
            .severity(Severity.MEDIUM, "A test rule.")
            .rationale("Can it be answered?")
            .remediation(Remediation.of(new HumanStep("Answer it.", "security team")));
    return (manual
            ? rule.manual()
            : rule.reads(ResourceType.of("Microsoft.Compute/virtualMachines")))
        .build();
  }

  @Test
  void anAttestationThatAppliesToNothingIsAWarningWithItsPlaceAndTheRestIsRead(@TempDir Path dir)
      throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("attestations.json"),
            """
            {"attestations": [
              {"ruleId": "FR-IR-05", "evidence": "https://wiki.contoso.example/ir", "owner": "o", "date": "2026-03-01"},
              {"ruleId": "FR-NOPE-01", "evidence": "https://wiki.contoso.example/x", "owner": "o", "date": "2026-03-01"},
              {"ruleId": "FR-LOG-04", "evidence": "https://wiki.contoso.example/y", "owner": "o", "date": "2026-03-01"}
            ]}
            """);
    List<String> warnings = new ArrayList<>();

    Attestations read =
        AttestationReader.read(
            file, List.of(rule("FR-IR-05", true), rule("FR-LOG-04", false)), warnings::add);

    assertThat(read.all()).hasSize(3);
    assertThat(warnings)
        .containsExactly(
            file
                + ":3:14: unknown rule id 'FR-NOPE-01'; no available rule has it, so this"
                + " attestation applies to nothing.",
            file
                + ":4:14: rule FR-LOG-04 is decided from the snapshot and takes no attestation,"
                + " so this attestation applies to nothing.");
  }
}
