package dev.readiness.rules.logging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.Change;
import dev.readiness.api.Fix;
import dev.readiness.api.Report;
import dev.readiness.api.Status;
import dev.readiness.rules.checklist.ChecklistOptions;
import dev.readiness.rules.types.AzureTypes;
import dev.readiness.testkit.RuleTestHelper;
import dev.readiness.testkit.fixtures.LogAnalyticsWorkspace;
import dev.readiness.testkit.fixtures.Subscription;
import dev.readiness.testkit.fixtures.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SentinelDetectionRuleTest {
  private Tenant tenant;
  private Subscription prod;
  private LogAnalyticsWorkspace workspace;

  @BeforeEach
  void tenant() {
    tenant =
        Tenant.create()
            .collected(
                "Microsoft.SecurityInsights/onboardingStates",
                "Microsoft.SecurityInsights/alertRules");
    prod = tenant.subscription("prod");
    workspace = prod.resourceGroup("rg-log").logAnalyticsWorkspace("law-central");
  }

  private RuleTestHelper helper() {
    return RuleTestHelper.forRule(new SentinelDetectionRule(ChecklistOptions.defaults().logging()))
        .given(tenant);
  }

  private void alertRule(String name, String kind, boolean enabled) {
    workspace
        .extensionResource("Microsoft.SecurityInsights/alertRules", name)
        .kind(kind)
        .property("/properties/displayName", "Fake: " + name)
        .property("/properties/enabled", enabled);
  }

  @Test
  void passesWithAnEnabledDetectingRule() {
    workspace.withSentinel();
    alertRule("fusion", "Fusion", true);

    helper().expectPass("law-central", "1 enabled analytics rule: Fake: fusion").doTest();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ThreatIntelligence", "MLBehaviorAnalytics"})
  void passesWithAnEnabledBuiltInDetectionKind(String kind) {
    workspace.withSentinel();
    alertRule("builtin", kind, true);

    helper().expectPass("law-central", "1 enabled analytics rule: Fake: builtin").doTest();
  }

  @Test
  void failsWhenOnlyDisabledRulesExist() {
    workspace.withSentinel();
    alertRule("scheduled", "Scheduled", false);

    helper()
        .expectFail("law-central", "no analytics rule is enabled")
        .expectFail(prod.subscriptionId(), "No workspace of the tenant runs Sentinel")
        .doTest();
  }

  @Test
  void anOnboardedWorkspaceWithoutAnEnabledRuleIsFixedByTheDefenderIncidentRule() {
    workspace.withSentinel();
    alertRule("scheduled", "Scheduled", false);

    helper()
        .expectFixedByItsRemediation("law-central")
        .expectFail(prod.subscriptionId(), "No workspace of the tenant runs Sentinel")
        .doTest();
  }

  @Test
  void failsWithoutSentinel() {
    helper().expectFail(prod.subscriptionId(), "would raise no incident").doTest();
  }

  @Test
  void withoutSentinelTheFixIsAPersonsBudgetDecision() {
    Report report = helper().expectFail(prod.subscriptionId(), "would raise no incident").doTest();

    Fix fix = report.findings(Status.FAIL).get(0).fix();
    assertThat(fix.changes()).hasSize(1).allMatch(Change::needsHuman);
    assertThat(fix.changes().get(0).summary()).contains("onboard it").contains("budget decision");
  }

  @Test
  void unknownWhenOnboardingStatesWereDenied() {
    prod.denied(
        AzureTypes.SENTINEL_ONBOARDING_STATES, "Microsoft.SecurityInsights/onboardingStates/read");

    helper()
        .expectUnknown(prod.subscriptionId(), "Microsoft.SecurityInsights/onboardingStates/read")
        .doTest();
  }
}
