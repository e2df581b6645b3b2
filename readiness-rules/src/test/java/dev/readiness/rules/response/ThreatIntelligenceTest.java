package dev.readiness.rules.response;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.Report;
import dev.readiness.rules.types.AzureTypes;
import dev.readiness.testkit.RuleTestHelper;
import dev.readiness.testkit.fixtures.LogAnalyticsWorkspace;
import dev.readiness.testkit.fixtures.Subscription;
import dev.readiness.testkit.fixtures.Tenant;
import org.junit.jupiter.api.Test;

class ThreatIntelligenceTest {
  private static final ThreatIntelligence RULE = new ThreatIntelligence();

  static LogAnalyticsWorkspace sentinel(Subscription sub, String name) {
    LogAnalyticsWorkspace workspace = sub.resourceGroup("rg-log").logAnalyticsWorkspace(name);
    workspace.extensionResource("Microsoft.SecurityInsights/onboardingStates", "default");
    return workspace;
  }

  @Test
  void enabledTaxiiConnectorPassesAndAWorkspaceWithADisabledFeedFails() {
    Tenant tenant = Tenant.create();
    Subscription soc = tenant.subscription("soc");
    sentinel(soc, "law-soc")
        .extensionResource(
            "Microsoft.SecurityInsights/dataConnectors", "00000000-0000-0000-0000-00000000c002")
        .kind("ThreatIntelligenceTaxii")
        .property("/properties/dataTypes/taxiiClient/state", "Enabled");
    sentinel(soc, "law-lab")
        .extensionResource(
            "Microsoft.SecurityInsights/dataConnectors", "00000000-0000-0000-0000-00000000c003")
        .kind("MicrosoftThreatIntelligence")
        .property("/properties/dataTypes/microsoftEmergingThreatFeed/state", "Disabled");
    // A workspace without Sentinel is not judged.
    soc.resourceGroup("rg-log").logAnalyticsWorkspace("law-plain");
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectPass("law-soc", "has an enabled threat intelligence connector")
        .withEvidenceAt("/properties/dataTypes/taxiiClient/state")
        .expectFail("law-lab", "has no enabled threat intelligence connector")
        .doTest();
  }

  @Test
  void withoutSentinelEverySubscriptionFails() {
    Tenant tenant = Tenant.create();
    Subscription prod = tenant.subscription("prod");
    prod.resourceGroup("rg-log").logAnalyticsWorkspace("law-plain");
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectFail(prod.subscriptionId(), "no workspace in the tenant has Sentinel")
        .doTest();
  }

  @Test
  void deniedConnectorsAreUnknown() {
    Tenant tenant = Tenant.create();
    Subscription soc = tenant.subscription("soc");
    sentinel(soc, "law-soc");
    soc.denied(
        AzureTypes.SENTINEL_DATA_CONNECTORS, "Microsoft.SecurityInsights/dataConnectors/read");
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectUnknown("law-soc", "Microsoft.SecurityInsights/dataConnectors/read")
        .doTest();
  }

  @Test
  void theFixOfAWorkspaceWithADisabledFeedConnectsTheFeedAndPasses() {
    Tenant tenant = Tenant.create();
    Subscription soc = tenant.subscription("soc");
    sentinel(soc, "law-lab")
        .extensionResource(
            "Microsoft.SecurityInsights/dataConnectors", "00000000-0000-0000-0000-00000000c003")
        .kind("MicrosoftThreatIntelligence")
        .property("/properties/dataTypes/microsoftEmergingThreatFeed/state", "Disabled");

    RuleTestHelper.forRule(RULE).given(tenant).expectFixedByItsRemediation("law-lab").doTest();
  }

  @Test
  void withoutSentinelTheFixIsAPersonsBudgetDecision() {
    Tenant tenant = Tenant.create();
    Subscription prod = tenant.subscription("prod");
    prod.resourceGroup("rg-log").logAnalyticsWorkspace("law-plain");

    Report report =
        RuleTestHelper.forRule(RULE)
            .given(tenant)
            .expectFail(prod.subscriptionId(), "no workspace in the tenant has Sentinel")
            .doTest();

    assertThat(report.findings().get(0).fix().needsHuman()).isTrue();
  }
}
