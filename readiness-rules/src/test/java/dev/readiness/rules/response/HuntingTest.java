package dev.readiness.rules.response;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.Attestation;
import dev.readiness.api.Attestations;
import dev.readiness.api.Engine;
import dev.readiness.api.Finding;
import dev.readiness.api.ResourceId;
import dev.readiness.api.Status;
import dev.readiness.testkit.RuleTestHelper;
import dev.readiness.testkit.fixtures.Tenant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HuntingTest {
  private static final Hunting RULE = new Hunting();

  @Test
  void noSentinelIsManualForTheTenantAndAnAttestationAnswersIt() {
    Tenant tenant = Tenant.create();
    tenant.subscription("prod").resourceGroup("rg").logAnalyticsWorkspace("law-plain");
    RuleTestHelper.forRule(RULE).given(tenant).expectManual("tenant").doTest();

    Engine engine = Engine.builder().addRule(RULE).build();
    Attestation hunts =
        Attestation.builder("FR-IR-04")
            .scope(ResourceId.TENANT)
            .evidence("https://wiki.contoso.example/soc/hunting")
            .owner("soc-lead@contoso.example")
            .date(LocalDate.of(2024, 10, 1))
            .build();
    List<Finding> findings =
        engine.evaluate(tenant.snapshotFor(RULE), Attestations.of(List.of(hunts))).findings();
    assertThat(findings).extracting(Finding::status).containsExactly(Status.PASS);
    assertThat(findings.get(0).message()).contains("soc-lead@contoso.example");
  }
}
