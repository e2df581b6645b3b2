package dev.readiness.rules.response;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.Report;
import dev.readiness.rules.types.AzureTypes;
import dev.readiness.testkit.RuleTestHelper;
import dev.readiness.testkit.fixtures.GenericResource;
import dev.readiness.testkit.fixtures.Subscription;
import dev.readiness.testkit.fixtures.Tenant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SuspiciousActivityAlertsTest {
  private static final SuspiciousActivityAlerts RULE = new SuspiciousActivityAlerts();

  static GenericResource alert(
      Subscription sub, String name, boolean withActionGroup, String... operations) {
    return sub.resourceGroup("rg-mon")
        .resource("Microsoft.Insights/activityLogAlerts", name)
        .property("/properties/enabled", true)
        .property("/properties/scopes", List.of(sub.id().toString()))
        .property(
            "/properties/condition/allOf",
            List.of(
                Map.of("field", "category", "equals", "Administrative"),
                Map.of(
                    "anyOf",
                    Arrays.stream(operations)
                        .map(op -> Map.of("field", "operationName", "equals", op))
                        .toList())))
        .property(
            "/properties/actions/actionGroups",
            withActionGroup
                ? List.of(
                    Map.of(
                        "actionGroupId",
                        sub.id()
                            + "/resourceGroups/rg-mon/providers/microsoft.insights/actionGroups/ag-soc"))
                : List.of());
  }

  static void contact(Subscription sub, Map<String, Object> properties) {
    var contact = sub.resource("Microsoft.Security/securityContacts", "default");
    properties.forEach((key, value) -> contact.property("/properties/" + key, value));
  }

  @Test
  void alertsOnEveryChangeAndANotifiedContactPass() {
    Tenant tenant = Tenant.create();
    Subscription prod = tenant.subscription("prod");
    alert(
        prod,
        "suspicious-changes",
        true,
        "Microsoft.Authorization/roleAssignments/write",
        "Microsoft.Authorization/policyAssignments/write",
        "Microsoft.Network/networkSecurityGroups/securityRules/write",
        "Microsoft.Security/securitySolutions/write");
    contact(
        prod,
        Map.of(
            "emails",
            "soc@contoso.example",
            "isEnabled",
            true,
            "notificationsSources",
            List.of(Map.of("sourceType", "Alert", "minimalSeverity", "Medium"))));
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectPass(prod.subscriptionId(), "Defender alerts are e-mailed to soc@contoso.example")
        .withEvidenceAt("/properties/emails")
        .doTest();
  }

  @Test
  void missingAlertsAlertsWithoutActionGroupsAndALegacyContactTurnedOffFail() {
    Tenant tenant = Tenant.create();
    Subscription prod = tenant.subscription("prod");
    alert(prod, "roles", true, "Microsoft.Authorization/roleAssignments/write");
    alert(prod, "nsg-nobody", false, "Microsoft.Network/networkSecurityGroups/write");
    contact(
        prod,
        Map.of("emails", "soc@contoso.example", "alertNotifications", Map.of("state", "Off")));
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectFail(
            prod.subscriptionId(),
            "no enabled activity log alert with an action group watches NSG changes, no enabled"
                + " activity log alert with an action group watches policy assignment changes, no"
                + " enabled activity log alert with an action group watches security solution"
                + " changes and no Defender security contact receives alert notifications")
        .doTest();
  }

  @Test
  void theFixAlertsOnTheUnwatchedChangesAndTurnsTheContactsMailOn() {
    Tenant tenant = Tenant.create();
    Subscription prod = tenant.subscription("prod");
    alert(prod, "roles", true, "Microsoft.Authorization/roleAssignments/write");
    alert(prod, "nsg-nobody", false, "Microsoft.Network/networkSecurityGroups/write");
    contact(
        prod,
        Map.of("emails", "soc@contoso.example", "alertNotifications", Map.of("state", "Off")));

    Report report =
        RuleTestHelper.forRule(RULE)
            .given(tenant)
            .expectFixedByItsRemediation(prod.subscriptionId())
            .doTest();

    assertThat(report.findings().get(0).fix().changes().get(0).toString())
        .contains("networkSecurityGroups/securityRules/write")
        .doesNotContain("roleAssignments/write");
  }

  private static final String[] ALL_WATCHED = {
    "Microsoft.Authorization/roleAssignments/write",
    "Microsoft.Authorization/policyAssignments/write",
    "Microsoft.Network/networkSecurityGroups/write",
    "Microsoft.Security/securitySolutions/write"
  };

  @Test
  void anAlertScopedToOneResourceGroupDoesNotWatchTheSubscription() {
    Tenant tenant = Tenant.create();
    Subscription prod = tenant.subscription("prod");
    alert(prod, "rg-only", true, ALL_WATCHED)
        .property("/properties/scopes", List.of(prod.resourceGroup("rg-app").id().toString()));
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectFail(
            prod.subscriptionId(),
            "no enabled activity log alert with an action group watches role assignment changes")
        .doTest();
  }

  @Test
  void anAlertScopedToOneResourceDoesNotWatchTheSubscription() {
    Tenant tenant = Tenant.create();
    Subscription prod = tenant.subscription("prod");
    alert(prod, "one-nsg", true, ALL_WATCHED)
        .property(
            "/properties/scopes",
            List.of(
                prod.resourceGroup("rg-app").id()
                    + "/providers/Microsoft.Network/networkSecurityGroups/nsg-app"));
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectFail(
            prod.subscriptionId(),
            "no enabled activity log alert with an action group watches NSG changes")
        .doTest();
  }

  @Test
  void aSecurityCategoryAlertDoesNotWatchSecuritySolutionChanges() {
    Tenant tenant = Tenant.create();
    Subscription prod = tenant.subscription("prod");
    alert(prod, "changes", true, Arrays.copyOf(ALL_WATCHED, 3));
    alert(prod, "cis-security-solutions", true, "Microsoft.Security/securitySolutions/write")
        .property(
            "/properties/condition/allOf",
            List.of(
                Map.of("field", "category", "equals", "Security"),
                Map.of(
                    "field",
                    "operationName",
                    "equals",
                    "Microsoft.Security/securitySolutions/write")));
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectFail(
            prod.subscriptionId(),
            "no enabled activity log alert with an action group watches security solution changes"
                + " (alert 'cis-security-solutions' filters another category than Administrative,"
                + " under which Resource Manager logs these operations, so it never fires)")
        .doTest();
  }

  @Test
  void deniedSecurityContactsAreUnknown() {
    Tenant tenant = Tenant.create();
    Subscription prod = tenant.subscription("prod");
    alert(prod, "roles", true, "Microsoft.Authorization/roleAssignments/write");
    prod.denied(AzureTypes.SECURITY_CONTACTS, "Microsoft.Security/securityContacts/read");
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectUnknown(prod.subscriptionId(), "Microsoft.Security/securityContacts/read")
        .doTest();
  }
}
