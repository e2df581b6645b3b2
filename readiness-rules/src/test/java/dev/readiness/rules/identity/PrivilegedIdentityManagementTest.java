package dev.readiness.rules.identity;

import static dev.readiness.rules.identity.GraphFixtures.GLOBAL_ADMIN;
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

class PrivilegedIdentityManagementTest {
  private static final String ADMIN = "00000000-0000-0000-0000-0000000a0001";
  private static final String OTHER_ADMIN = "00000000-0000-0000-0000-0000000a0002";
  private static final String BREAK_GLASS = "00000000-0000-0000-0000-0000000a0009";
  private static final ChecklistOptions OPTIONS =
      ChecklistOptions.defaults().toBuilder()
          .set(OptionTable.BREAK_GLASS_ACCOUNTS, List.of("breakglass@contoso.example"))
          .build();

  /** A tenant where privileged access is just in time: the test then breaks one thing. */
  private static Tenant justInTime() {
    return justInTime(true);
  }

  private static Tenant justInTime(boolean ownerNeedsApproval) {
    Tenant tenant = Tenant.create();
    user(tenant, BREAK_GLASS, "breakglass@contoso.example", "Member", true);
    tenant
        .graphObject("directoryRoleAssignments", "assignment-bg")
        .property("/properties/roleDefinitionId", GLOBAL_ADMIN)
        .property("/properties/principalId", BREAK_GLASS)
        .property("/properties/directoryScopeId", "/");
    tenant
        .graphObject("directoryRoleEligibilitySchedules", "eligibility-1")
        .property("/properties/roleDefinitionId", GLOBAL_ADMIN)
        .property("/properties/principalId", ADMIN)
        .property("/properties/memberType", "Direct");
    Subscription prod = tenant.subscription("prod");
    prod.resource(
            "Microsoft.Authorization/roleEligibilityScheduleInstances",
            "00000000-0000-0000-0000-0000000b0001")
        .property("/properties/scope", prod.id().toString())
        .property(
            "/properties/roleDefinitionId",
            prod.id() + "/providers/Microsoft.Authorization/roleDefinitions/" + AzureRoles.OWNER)
        .property("/properties/principalId", ADMIN)
        .property("/properties/principalType", "User");
    for (String role : List.of(AzureRoles.OWNER, AzureRoles.USER_ACCESS_ADMINISTRATOR)) {
      String policyId =
          prod.id() + "/providers/Microsoft.Authorization/roleManagementPolicies/policy-" + role;
      prod.resource("Microsoft.Authorization/roleManagementPolicies", "policy-" + role)
          .property(
              "/properties/rules",
              List.of(
                  Map.of(
                      "id",
                      "Approval_EndUser_Assignment",
                      "ruleType",
                      "RoleManagementPolicyApprovalRule",
                      "setting",
                      Map.of(
                          "isApprovalRequired",
                          ownerNeedsApproval || !role.equals(AzureRoles.OWNER)))));
      prod.resource("Microsoft.Authorization/roleManagementPolicyAssignments", "assignment-" + role)
          .property("/properties/scope", prod.id().toString())
          .property(
              "/properties/roleDefinitionId",
              prod.id() + "/providers/Microsoft.Authorization/roleDefinitions/" + role)
          .property("/properties/policyId", policyId);
    }
    return tenant;
  }

  @Test
  void standingGlobalAdministratorOutsideBreakGlassFails() {
    Tenant tenant = justInTime();
    tenant
        .graphObject("directoryRoleAssignments", "assignment-2")
        .property("/properties/roleDefinitionId", GLOBAL_ADMIN)
        .property("/properties/principalId", OTHER_ADMIN)
        .property("/properties/directoryScopeId", "/");
    RuleTestHelper.forRule(new PrivilegedIdentityManagement(OPTIONS.identity()))
        .given(tenant)
        .expectFail(
            "tenant",
            "1 permanent active assignment of a privileged directory role: " + OTHER_ADMIN)
        .withEvidenceAt("/properties/roleDefinitionId")
        .allowOtherFindings()
        .doTest();
  }

  @Test
  void anActiveAssignmentOfAnEligiblePrincipalCountsAsAnActivation() {
    Tenant tenant = justInTime();
    tenant
        .graphObject("directoryRoleAssignments", "activation-1")
        .property("/properties/roleDefinitionId", GLOBAL_ADMIN)
        .property("/properties/principalId", ADMIN)
        .property("/properties/directoryScopeId", "/");
    RuleTestHelper.forRule(new PrivilegedIdentityManagement(OPTIONS.identity()))
        .given(tenant)
        .expectPass("tenant", "no permanent active assignment of a privileged directory role")
        .allowOtherFindings()
        .doTest();
  }

  @Test
  void theFixOfAPermanentOwnerIsTheDecisionsOnlyPeopleCanMakeNamingTheHolder() {
    Tenant tenant = justInTime(false);
    Subscription prod = tenant.subscriptions().get(0);
    prod.resource(
            "Microsoft.Authorization/roleAssignmentScheduleInstances",
            "00000000-0000-0000-0000-0000000b0002")
        .property("/properties/scope", prod.id().toString())
        .property(
            "/properties/roleDefinitionId",
            prod.id() + "/providers/Microsoft.Authorization/roleDefinitions/" + AzureRoles.OWNER)
        .property("/properties/principalId", ADMIN)
        .property("/properties/assignmentType", "Assigned")
        .property("/properties/endDateTime", null);

    Report report =
        RuleTestHelper.forRule(new PrivilegedIdentityManagement(OPTIONS.identity()))
            .given(tenant)
            .expectPass("tenant")
            .expectFail(prod.subscriptionId())
            .doTest();

    Fix fix = report.findings(Status.FAIL).get(0).fix();
    assertThat(fix.changes()).allMatch(Change::needsHuman).hasSize(2);
    assertThat(fix.changes().get(0).summary()).contains(ADMIN + " (Owner)");
    assertThat(fix.changes().get(1).summary()).contains("Require approval to activate");
    assertThat(report.findings(Status.PASS).get(0).fix().isEmpty()).isTrue();
  }

  @Test
  void deniedDirectoryRolesAreUnknown() {
    Tenant tenant = justInTime();
    tenant.denied(AzureTypes.GRAPH_DIRECTORY_ROLE_ASSIGNMENTS, "RoleManagement.Read.Directory");
    RuleTestHelper.forRule(new PrivilegedIdentityManagement(OPTIONS.identity()))
        .given(tenant)
        .expectUnknown("tenant", "RoleManagement.Read.Directory")
        .allowOtherFindings()
        .doTest();
  }
}
