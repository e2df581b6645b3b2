package dev.readiness.rules.identity;

import static dev.readiness.rules.identity.GraphFixtures.GLOBAL_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.ArmChange;
import dev.readiness.api.Report;
import dev.readiness.api.Status;
import dev.readiness.rules.checklist.ChecklistOptions;
import dev.readiness.rules.types.AzureTypes;
import dev.readiness.testkit.RuleTestHelper;
import dev.readiness.testkit.fixtures.GenericResource;
import dev.readiness.testkit.fixtures.Subscription;
import dev.readiness.testkit.fixtures.Tenant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccessReviewsAndRoleMonitoringTest {
  private static final AccessReviewsAndRoleMonitoring RULE =
      new AccessReviewsAndRoleMonitoring(ChecklistOptions.defaults().identity());

  private static void review(Tenant tenant, String roleId) {
    tenant
        .graphObject("accessReviewDefinitions", "00000000-0000-0000-0000-0000000ae001")
        .property("/properties/displayName", "Quarterly admin review")
        .property("/properties/status", "InProgress")
        .property(
            "/properties/scope/resourceScopes",
            List.of(Map.of("query", "/roleManagement/directory/roleDefinitions/" + roleId)));
  }

  private static GenericResource alert(Subscription subscription, String name, Object condition) {
    return subscription
        .resourceGroup("rg-mon")
        .resource("Microsoft.Insights/activityLogAlerts", name)
        .property("/properties/enabled", true)
        .property("/properties/scopes", List.of(subscription.id().toString()))
        .property("/properties/condition/allOf", condition)
        .property(
            "/properties/actions/actionGroups",
            List.of(
                Map.of(
                    "actionGroupId",
                    subscription.id()
                        + "/resourceGroups/rg-mon/providers/microsoft.insights/actionGroups/ag-soc")));
  }

  private static List<Object> operations(String... names) {
    return List.of(
        Map.of("field", "category", "equals", "Administrative"),
        Map.of(
            "anyOf",
            java.util.Arrays.stream(names)
                .map(n -> Map.of("field", "operationName", "equals", n))
                .toList()));
  }

  @Test
  void reviewOfGlobalAdminAndAlertOnWriteAndDeletePass() {
    Tenant tenant = Tenant.create();
    review(tenant, GLOBAL_ADMIN);
    Subscription prod = tenant.subscription("prod");
    alert(
        prod,
        "role-changes",
        operations(
            "microsoft.authorization/roleassignments/write",
            "Microsoft.Authorization/roleAssignments/delete"));
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectPass("tenant", "reviews a privileged role")
        .expectPass(prod.subscriptionId(), "watches Microsoft.Authorization/roleAssignments/delete")
        .withEvidenceAt("/properties/condition")
        .doTest();
  }

  @Test
  void reviewOfAnUnprivilegedRoleAndAnAlertOnWriteOnlyFail() {
    Tenant tenant = Tenant.create();
    review(tenant, "88d8e3e3-8f55-4a1e-953a-9b9898b8876b");
    Subscription prod = tenant.subscription("prod");
    alert(prod, "role-writes", operations("Microsoft.Authorization/roleAssignments/write"));
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectFail("tenant", "No active access review covers a privileged directory role")
        .expectFail(
            prod.subscriptionId(),
            "no enabled activity log alert with an action group watches"
                + " Microsoft.Authorization/roleAssignments/delete")
        .doTest();
  }

  @Test
  void anAlertScopedToOneResourceGroupDoesNotWatchTheSubscription() {
    Tenant tenant = Tenant.create();
    review(tenant, GLOBAL_ADMIN);
    Subscription prod = tenant.subscription("prod");
    alert(
            prod,
            "role-changes-in-one-group",
            operations(
                "Microsoft.Authorization/roleAssignments/write",
                "Microsoft.Authorization/roleAssignments/delete"))
        .property("/properties/scopes", List.of(prod.resourceGroup("rg-app").id().toString()));
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectPass("tenant")
        .expectFail(
            prod.subscriptionId(),
            "no enabled activity log alert with an action group watches"
                + " Microsoft.Authorization/roleAssignments/write")
        .doTest();
  }

  @Test
  void deniedAlertsAreUnknownForTheSubscriptionOnly() {
    Tenant tenant = Tenant.create();
    review(tenant, GLOBAL_ADMIN);
    Subscription prod = tenant.subscription("prod");
    prod.denied(AzureTypes.ACTIVITY_LOG_ALERTS, "Microsoft.Insights/activityLogAlerts/read");
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectPass("tenant")
        .expectUnknown(prod.subscriptionId(), "Microsoft.Insights/activityLogAlerts/read")
        .doTest();
  }

  @Test
  void theFixOfAnAlertOnWritesOnlyWatchesDeletesAndTurnsTheSubscriptionIntoAPass() {
    Tenant tenant = Tenant.create();
    review(tenant, GLOBAL_ADMIN);
    Subscription prod = tenant.subscription("prod");
    alert(prod, "role-writes", operations("Microsoft.Authorization/roleAssignments/write"));

    Report report =
        RuleTestHelper.forRule(RULE)
            .given(tenant)
            .expectPass("tenant")
            .expectFixedByItsRemediation(prod.subscriptionId())
            .doTest();

    ArmChange alert = (ArmChange) report.findings(Status.FAIL).get(0).fix().changes().get(0);
    assertThat(alert.body().toString())
        .contains("Microsoft.Authorization/roleAssignments/delete")
        .doesNotContain("roleAssignments/write");
  }

  @Test
  void theFixOfAMissingReviewCreatesAReviewOfAPrivilegedRole() {
    Tenant tenant = Tenant.create();
    review(tenant, "88d8e3e3-8f55-4a1e-953a-9b9898b8876b");
    Subscription prod = tenant.subscription("prod");
    alert(
        prod,
        "role-changes",
        operations(
            "Microsoft.Authorization/roleAssignments/write",
            "Microsoft.Authorization/roleAssignments/delete"));

    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectFixedByItsRemediation("tenant")
        .expectPass(prod.subscriptionId())
        .doTest();
  }
}
