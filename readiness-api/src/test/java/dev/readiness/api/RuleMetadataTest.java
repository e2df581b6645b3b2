package dev.readiness.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RuleMetadataTest {
  static RuleMetadata.Builder complete(String id) {
    return RuleMetadata.builder(id)
        .title("Virtual machines have diagnostic settings")
        .category(Category.LOGGING_AND_MONITORING)
        .severity(Severity.HIGH, "without logs nothing can be investigated")
        .rationale("Who did what on the VM?")
        .remediation(
            Remediation.of(
                "Open Diagnostic settings and add a setting.",
                "az monitor diagnostic-settings create ..."))
        .learnMore("https://learn.microsoft.com/azure/azure-monitor/essentials/diagnostic-settings")
        .reads(TestResources.VMS);
  }

  @Test
  void buildsCompleteMetadata() {
    RuleMetadata metadata =
        complete("FR-TEST-01").alternateIds("OLD-TEST-1").controls("MCSB LT-3").build();
    assertThat(metadata.answersTo("fr-test-01")).isTrue();
    assertThat(metadata.answersTo("OLD-TEST-1")).isTrue();
    assertThat(metadata.reads()).containsExactly(TestResources.VMS);
  }

  @Test
  void rejectsMalformedIds() {
    assertThatThrownBy(() -> complete("fr-log-1").build())
        .hasMessageContaining("Rule id 'fr-log-1' is malformed");
    assertThatThrownBy(() -> complete("FRLOG").build()).hasMessageContaining("malformed");
  }

  @Test
  void namesTheMissingField() {
    assertThatThrownBy(() -> complete("FR-TEST-01").title(null).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Rule 'FR-TEST-01' has invalid metadata: title is missing.");
    assertThatThrownBy(() -> complete("FR-TEST-01").title(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Rule 'FR-TEST-01' has invalid metadata: title is blank.");
    assertThatThrownBy(() -> complete("FR-TEST-01").category(null).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("category is missing");
    assertThatThrownBy(() -> complete("FR-TEST-01").learnMore("http://example.com").build())
        .hasMessageContaining("https");
    assertThatThrownBy(
            () ->
                RuleMetadata.builder("FR-TEST-02")
                    .title("t")
                    .category(Category.DATA_PROTECTION)
                    .severity(Severity.LOW, "r")
                    .rationale("r")
                    .remediation(Remediation.of("p", "az x"))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("reads no resource types");
  }

  @Test
  void reportsOnEachOnlyTypesTheRuleReads() {
    ResourceType settings = ResourceType.of("Microsoft.Insights/diagnosticSettings");
    assertThat(complete("FR-TEST-01").reportsOnEach(TestResources.VMS).build().reportsOnEach())
        .containsExactly(TestResources.VMS);
    assertThat(
            complete("FR-TEST-01")
                .optionallyReads(settings)
                .reportsOnEach(settings)
                .build()
                .reportsOnEach())
        .containsExactly(settings);
    assertThatThrownBy(() -> complete("FR-TEST-01").reportsOnEach(settings).build())
        .hasMessageContaining("FR-TEST-01")
        .hasMessageContaining("reports on each Microsoft.Insights/diagnosticSettings");
  }

  @Test
  void remediationNeedsACommandOrTemplate() {
    assertThatThrownBy(() -> Remediation.of("Open the portal.", ""))
        .hasMessageContaining("'az' command or a Bicep snippet");
  }

  @Test
  void aHumanActIsARemediationWithoutCommand() {
    Remediation train = Remediation.humanAct("Train every administrator once a year.");

    assertThat(train.isHumanAct()).isTrue();
    assertThat(train.cli()).isEmpty();
    assertThat(Remediation.of("Open the portal.", "az monitor").isHumanAct()).isFalse();
  }

  @Test
  void aManualRuleHasAHumanStepForItsRemediation() {
    Remediation plan =
        Remediation.of(new HumanStep("Write the incident response plan.", "the security lead"));

    assertThat(plan.isHumanAct()).isTrue();
    assertThat(plan.portal()).isEqualTo("Write the incident response plan. (the security lead)");
  }

  @Test
  void aMissingCommandPointsToTheHumanStepAtOnce() {
    assertThatThrownBy(() -> Remediation.of("Write the plan.", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Remediation.of(new HumanStep(text, who))");
  }
}
