package dev.readiness.rules.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.api.Attestation;
import dev.readiness.api.Attestations;
import dev.readiness.api.Engine;
import dev.readiness.api.Finding;
import dev.readiness.api.Report;
import dev.readiness.api.ResourceId;
import dev.readiness.api.Rule;
import dev.readiness.api.Status;
import dev.readiness.rules.response.IncidentResponsePlan;
import dev.readiness.testkit.RuleTestHelper;
import dev.readiness.testkit.fixtures.Tenant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AttestedRulesTest {
  private static final List<Rule> MANUAL =
      List.of(
          IncidentResponsePlan.create(),
          ForensicReadinessPolicy.create(),
          AdministratorTraining.create());

  @Test
  void eachManualRuleAsksForAnAttestationOfTheTenant() {
    for (Rule rule : MANUAL) {
      Tenant tenant = Tenant.create();
      tenant.subscription("prod");
      RuleTestHelper.forRule(rule).given(tenant).expectManual("tenant").doTest();
    }
  }

  @Test
  void validAttestationPassesExpiredFailsMissingStaysManual() {
    Tenant tenant = Tenant.create();
    tenant.subscription("prod");
    Engine engine = Engine.builder().addRules(MANUAL).build();
    LocalDate captured = LocalDate.of(2025, 1, 1);
    Attestations attestations =
        Attestations.of(
            List.of(
                attestation("FR-IR-05", captured.minusDays(30)),
                attestation("FR-GOV-01", captured.minusDays(400))));

    Report report = engine.evaluate(tenant.snapshot(), attestations);

    Map<String, Finding> byRule =
        report.findings().stream().collect(Collectors.toMap(Finding::ruleId, f -> f));
    assertThat(byRule.get("FR-IR-05").status()).isEqualTo(Status.PASS);
    assertThat(byRule.get("FR-IR-05").message()).contains("ciso@contoso.example");
    assertThat(byRule.get("FR-GOV-01").status()).isEqualTo(Status.FAIL);
    assertThat(byRule.get("FR-GOV-01").message()).contains("expired");
    assertThat(byRule.get("FR-GOV-02").status()).isEqualTo(Status.MANUAL);
    assertThat(byRule.get("FR-GOV-02").message()).contains("attest it for FR-GOV-02");
  }

  @Test
  void anAttestedRuleNeedsManualMetadata() {
    assertThatThrownBy(
            () ->
                new AttestedRule(
                    new dev.readiness.rules.data.ImmutableBackups().metadata(),
                    "that backups are immutable"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("FR-DATA-05");
  }

  private static Attestation attestation(String ruleId, LocalDate date) {
    return Attestation.builder(ruleId)
        .scope(ResourceId.TENANT)
        .evidence("https://wiki.contoso.example/ir-plan")
        .owner("ciso@contoso.example")
        .date(date)
        .build();
  }
}
