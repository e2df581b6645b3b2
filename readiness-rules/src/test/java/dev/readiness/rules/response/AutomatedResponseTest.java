package dev.readiness.rules.response;

import dev.readiness.rules.types.AzureTypes;
import dev.readiness.testkit.RuleTestHelper;
import dev.readiness.testkit.fixtures.GenericResource;
import dev.readiness.testkit.fixtures.Subscription;
import dev.readiness.testkit.fixtures.Tenant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AutomatedResponseTest {
  private static final AutomatedResponse RULE = new AutomatedResponse();

  private static void automationRule(Tenant tenant, Subscription sub, String expires) {
    var workspace = sub.resourceGroup("rg-log").logAnalyticsWorkspace("law-soc");
    var rule =
        workspace
            .extensionResource(
                "Microsoft.SecurityInsights/automationRules",
                "00000000-0000-0000-0000-00000000b001")
            .property("/properties/displayName", "Triage new incidents")
            .property("/properties/triggeringLogic/isEnabled", true)
            .property("/properties/triggeringLogic/triggersOn", "Incidents");
    if (expires != null) {
      rule.property("/properties/triggeringLogic/expirationTimeUtc", expires);
    }
  }

  private static GenericResource workflow(
      Subscription sub, String name, String eventSource, String actionType, String scopePath) {
    return sub.resourceGroup("rg-sec")
        .resource("Microsoft.Security/automations", name)
        .property("/properties/isEnabled", true)
        .property("/properties/scopes", List.of(Map.of("scopePath", scopePath)))
        .property("/properties/sources", List.of(Map.of("eventSource", eventSource)))
        .property("/properties/actions", List.of(Map.of("actionType", actionType)));
  }

  @Test
  void continuousExportOfAssessmentsToAWorkspaceIsNoResponse() {
    Tenant tenant = Tenant.create();
    Subscription prod = tenant.subscription("prod");
    workflow(prod, "ExportToWorkspace", "Assessments", "Workspace", prod.id().toString());
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectFail(
            prod.subscriptionId(),
            "no enabled Sentinel automation rule or Defender workflow automation")
        .doTest();
  }

  @Test
  void continuousExportOnlyIsFixedByItsRemediation() {
    Tenant tenant = Tenant.create();
    Subscription prod = tenant.subscription("prod");
    workflow(prod, "ExportToWorkspace", "Assessments", "Workspace", prod.id().toString());
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectFixedByItsRemediation(prod.subscriptionId())
        .doTest();
  }

  @Test
  void alertsStreamedToAnEventHubAreNoResponse() {
    Tenant tenant = Tenant.create();
    Subscription prod = tenant.subscription("prod");
    workflow(prod, "AlertsToEventHub", "Alerts", "EventHub", prod.id().toString());
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectFail(
            prod.subscriptionId(),
            "no enabled Sentinel automation rule or Defender workflow automation")
        .doTest();
  }

  @Test
  void aWorkflowScopedToOneResourceGroupDoesNotCoverTheSubscription() {
    Tenant tenant = Tenant.create();
    Subscription prod = tenant.subscription("prod");
    workflow(
        prod,
        "RespondInOneGroup",
        "Alerts",
        "LogicApp",
        prod.resourceGroup("rg-app").id().toString());
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectFail(
            prod.subscriptionId(),
            "no enabled Sentinel automation rule or Defender workflow automation")
        .doTest();
  }

  @Test
  void sentinelAutomationCoversEverySubscriptionAndDefenderAutomationItsScope() {
    Tenant tenant = Tenant.create();
    Subscription soc = tenant.subscription("soc");
    Subscription prod = tenant.subscription("prod");
    automationRule(tenant, soc, null);
    workflow(prod, "ExportToLogicApp", "Alerts", "LogicApp", prod.id().toString());
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectPass(soc.subscriptionId(), "Sentinel automation rule 'Triage new incidents'")
        .expectPass(prod.subscriptionId(), "Defender workflow automation 'ExportToLogicApp'")
        .withEvidenceAt("/properties/isEnabled")
        .doTest();
  }

  @Test
  void expiredAutomationRuleAndADisabledWorkflowFail() {
    Tenant tenant = Tenant.create();
    Subscription prod = tenant.subscription("prod");
    automationRule(tenant, prod, "2024-06-01T00:00:00Z");
    workflow(prod, "Disabled", "Alerts", "LogicApp", prod.id().toString())
        .property("/properties/isEnabled", false);
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectFail(
            prod.subscriptionId(),
            "no enabled Sentinel automation rule or Defender workflow automation")
        .doTest();
  }

  @Test
  void deniedSentinelRulesWithoutAWorkflowAreUnknown() {
    Tenant tenant = Tenant.create();
    Subscription prod = tenant.subscription("prod");
    prod.denied(
        AzureTypes.SENTINEL_AUTOMATION_RULES, "Microsoft.SecurityInsights/automationRules/read");
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectUnknown(prod.subscriptionId(), "Microsoft.SecurityInsights/automationRules/read")
        .doTest();
  }
}
