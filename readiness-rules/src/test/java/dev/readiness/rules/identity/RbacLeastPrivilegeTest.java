package dev.readiness.rules.identity;

import static dev.readiness.rules.identity.GraphFixtures.user;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.Change;
import dev.readiness.api.Fix;
import dev.readiness.api.Report;
import dev.readiness.api.Status;
import dev.readiness.rules.checklist.ChecklistOptions;
import dev.readiness.rules.checklist.OptionTable;
import dev.readiness.rules.types.AzureTypes;
import dev.readiness.testkit.RuleTestHelper;
import dev.readiness.testkit.fixtures.Subscription;
import dev.readiness.testkit.fixtures.Tenant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RbacLeastPrivilegeTest {
  private static final RbacLeastPrivilege RULE =
      new RbacLeastPrivilege(ChecklistOptions.defaults().identity());

  private static void assign(
      Subscription sub, int n, String roleId, String principal, String type) {
    sub.resource(
            "Microsoft.Authorization/roleAssignments",
            String.format("00000000-0000-0000-0000-00000000e%03d", n))
        .property(
            "/properties/roleDefinitionId",
            sub.id() + "/providers/Microsoft.Authorization/roleDefinitions/" + roleId)
        .property("/properties/principalId", principal)
        .property("/properties/principalType", type)
        .property("/properties/scope", sub.id().toString());
  }

  private static String principal(int n) {
    return String.format("00000000-0000-0000-0000-0000000a%04d", n);
  }

  private static Tenant tidy() {
    Tenant tenant = Tenant.create();
    Subscription prod = tenant.subscription("prod");
    assign(prod, 1, AzureRoles.OWNER, principal(1), "User");
    assign(prod, 2, AzureRoles.CONTRIBUTOR, principal(2), "Group");
    user(tenant, principal(1), "owner@contoso.example", "Member", true);
    return tenant;
  }

  @Test
  void tooManyOwnersCountingUserAccessAdministratorsFail() {
    Tenant tenant = tidy();
    Subscription prod = tenant.subscriptions().get(0);
    assign(prod, 3, AzureRoles.OWNER, principal(3), "ServicePrincipal");
    assign(prod, 4, AzureRoles.USER_ACCESS_ADMINISTRATOR, principal(4), "Group");
    Report report =
        RuleTestHelper.forRule(
                new RbacLeastPrivilege(
                    ChecklistOptions.defaults().toBuilder()
                        .set(OptionTable.MAX_SUBSCRIPTION_OWNERS, 2)
                        .build()
                        .identity()))
            .given(tenant)
            .expectFail(
                prod.subscriptionId(),
                "3 Owner or User Access Administrator assignments over the whole subscription exceed the limit of 2")
            .doTest();
    assertThat(onlyStep(report))
        .contains("Decide which of the 3 Owner or User Access Administrator assignments")
        .contains("ServicePrincipal " + principal(3))
        .contains("keeping at most 2");
  }

  /** The one change of the one FAIL's fix, which must be a person's step. */
  private static String onlyStep(Report report) {
    Fix fix = report.findings(Status.FAIL).get(0).fix();
    assertThat(fix.changes()).hasSize(1).allMatch(Change::needsHuman);
    return fix.changes().get(0).summary();
  }

  @Test
  void customRoleWithEveryActionFails() {
    Tenant tenant = tidy();
    Subscription prod = tenant.subscriptions().get(0);
    prod.resource("Microsoft.Authorization/roleDefinitions", "00000000-0000-0000-0000-00000000f0f0")
        .property("/properties/roleName", "Ops Admin")
        .property("/properties/type", "CustomRole")
        .property("/properties/assignableScopes", List.of(prod.id().toString()))
        .property(
            "/properties/permissions",
            List.of(
                Map.of(
                    "actions",
                    List.of("*"),
                    "notActions",
                    List.of("Microsoft.Authorization/*/Delete"))));
    Report report =
        RuleTestHelper.forRule(RULE)
            .given(tenant)
            .expectFail(prod.subscriptionId(), "custom role 'Ops Admin' allows every action ('*')")
            .withEvidenceAt("/properties/permissions/0/actions/0")
            .doTest();
    assertThat(onlyStep(report)).contains("Replace the actions '*' of custom role 'Ops Admin'");
  }

  @Test
  void guestWithPrivilegedRoleFails() {
    Tenant tenant = tidy();
    Subscription prod = tenant.subscriptions().get(0);
    // A guest holding Contributor on a resource group still counts.
    prod.resourceGroup("rg-app")
        .resource("Microsoft.Authorization/roleAssignments", "00000000-0000-0000-0000-00000000e777")
        .property(
            "/properties/roleDefinitionId",
            "/providers/Microsoft.Authorization/roleDefinitions/" + AzureRoles.CONTRIBUTOR)
        .property("/properties/principalId", principal(7))
        .property("/properties/principalType", "User")
        .property("/properties/scope", prod.id() + "/resourceGroups/rg-app");
    user(tenant, principal(7), "partner_fabrikam.example#EXT#@contoso.example", "Guest", true);
    Report report =
        RuleTestHelper.forRule(RULE)
            .given(tenant)
            .expectFail(
                prod.subscriptionId(),
                "1 guest holds a privileged role: partner_fabrikam.example#EXT#@contoso.example (Contributor)")
            .withEvidenceAt("/properties/userType")
            .doTest();
    assertThat(onlyStep(report))
        .contains(
            "Remove the privileged roles of partner_fabrikam.example#EXT#@contoso.example"
                + " (Contributor)");
  }

  @Test
  void withoutPrivilegedUsersNoGuestCanHoldARoleEvenWhenUsersWereNotRead() {
    // Only a group holds a privileged role: whether users are guests does not matter, so the
    // finding must read the same as when Microsoft Graph answered.
    Tenant tenant = Tenant.create();
    Subscription prod = tenant.subscription("prod");
    assign(prod, 2, AzureRoles.CONTRIBUTOR, principal(2), "Group");
    Report read = RuleTestHelper.forRule(RULE).given(tenant).allowOtherFindings().doTest();
    tenant.denied(AzureTypes.GRAPH_USERS, "User.Read.All");

    Report unread =
        RuleTestHelper.forRule(RULE)
            .given(tenant)
            .expectPass(prod.subscriptionId(), "no guest holds a privileged role")
            .doTest();
    assertThat(unread.findings()).isEqualTo(read.findings());
  }
}
