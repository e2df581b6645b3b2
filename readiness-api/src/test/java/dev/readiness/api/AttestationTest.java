package dev.readiness.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AttestationTest {
  @Test
  void theBuilderNamesEachPartAndDefaultsToTheTenant() {
    Attestation plan =
        Attestation.builder("FR-IR-05")
            .evidence("https://wiki.contoso.example/ir-plan")
            .owner("secops@contoso.example")
            .date(LocalDate.parse("2026-06-01"))
            .build();

    assertThat(plan.scope()).isEqualTo(ResourceId.TENANT);
    assertThat(plan.owner()).isEqualTo("secops@contoso.example");
  }

  @Test
  void aBuilderThatCannotBuildNamesTheMissingPart() {
    assertThatThrownBy(
            () -> Attestation.builder("FR-IR-05").evidence("https://wiki").owner("secops").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("The attestation of FR-IR-05 has no date; set it with date(..).");
    assertThatThrownBy(() -> Attestation.builder("FR-IR-05").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("has no evidence");
  }

  @Test
  void attestationsWithEqualPartsAreEqualAndPrintTheirParts() {
    Attestation plan = plan("secops@contoso.example");

    assertThat(plan)
        .isEqualTo(plan("secops@contoso.example"))
        .hasSameHashCodeAs(plan("secops@contoso.example"))
        .isNotEqualTo(plan("it@contoso.example"));
    assertThat(plan)
        .hasToString(
            "Attestation[ruleId=FR-IR-05, scope=/, evidence=https://wiki.contoso.example/ir-plan,"
                + " owner=secops@contoso.example, date=2026-06-01]");
  }

  @Test
  void aBlankOwnerIsRefused() {
    assertThatThrownBy(() -> plan(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("An attestation of FR-IR-05 needs evidence and an owner.");
  }

  private static Attestation plan(String owner) {
    return Attestation.builder("FR-IR-05")
        .evidence("https://wiki.contoso.example/ir-plan")
        .owner(owner)
        .date(LocalDate.parse("2026-06-01"))
        .build();
  }

  @Test
  void evidenceOfNothingNamesTheArgument() {
    assertThatThrownBy(() -> Evidence.of(null, "an owner"))
        .isInstanceOf(NullPointerException.class)
        .hasMessageStartingWith("'value' cannot be null");
  }
}
