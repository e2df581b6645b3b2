package dev.readiness.rules.response;

import static dev.readiness.rules.response.ThreatIntelligenceTest.sentinel;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.Attestation;
import dev.readiness.api.Attestations;
import dev.readiness.api.Engine;
import dev.readiness.api.Finding;
import dev.readiness.api.ResourceId;
import dev.readiness.api.Status;
import dev.readiness.rules.types.AzureTypes;
import dev.readiness.testkit.RuleTestHelper;
import dev.readiness.testkit.fixtures.Subscription;
import dev.readiness.testkit.fixtures.Tenant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HuntingTest {
  private static final Hunting RULE = new Hunting();

  @Test
  void savedHuntingQueriesPassAndAWorkspaceWithoutThemNeedsAnAttestation() {
    Tenant tenant = Tenant.create();
    Subscription soc = tenant.subscription("soc");
    sentinel(soc, "law-soc")
        .child("savedSearches", "00000000-0000-0000-0000-00000000d001")
        .property("/properties/category", "Hunting Queries")
        .property("/properties/query", "SecurityEvent | where EventID == 4688");
    sentinel(soc, "law-quiet")
        .child("savedSearches", "00000000-0000-0000-0000-00000000d002")
        .property("/properties/category", "General");
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectPass("law-soc", "keeps 1 saved hunting query")
        .withEvidenceAt("/properties/category")
        .expectManual("law-quiet")
        .doTest();
  }

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

  @Test
  void deniedSavedSearchesAreUnknown() {
    Tenant tenant = Tenant.create();
    Subscription soc = tenant.subscription("soc");
    sentinel(soc, "law-soc");
    soc.denied(
        AzureTypes.SAVED_SEARCHES, "Microsoft.OperationalInsights/workspaces/savedSearches/read");
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectUnknown("law-soc", "savedSearches/read")
        .doTest();
  }

  @Test
  void uncollectedOnboardingStatesAreUnknownRatherThanManual() {
    Tenant tenant = Tenant.create();
    Subscription prod = tenant.subscription("prod");
    prod.denied(
        AzureTypes.SENTINEL_ONBOARDING_STATES, "Microsoft.SecurityInsights/onboardingStates/read");
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectUnknown(prod.subscriptionId(), "onboardingStates/read")
        .doTest();
  }
}
