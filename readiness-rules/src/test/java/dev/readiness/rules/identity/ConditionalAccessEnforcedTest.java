package dev.readiness.rules.identity;

import static dev.readiness.rules.identity.GraphFixtures.GLOBAL_ADMIN;
import static dev.readiness.rules.identity.GraphFixtures.mfaForAll;
import static dev.readiness.rules.identity.GraphFixtures.policy;

import dev.readiness.rules.checklist.ChecklistOptions;
import dev.readiness.testkit.RuleTestHelper;
import dev.readiness.testkit.fixtures.Tenant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConditionalAccessEnforcedTest {
  private static final ConditionalAccessEnforced RULE =
      new ConditionalAccessEnforced(ChecklistOptions.defaults());

  private static void blockLegacy(Tenant tenant, String state) {
    policy(tenant, "00000000-0000-0000-0000-0000000ca010", state)
        .property("/properties/conditions/users/includeUsers", List.of("All"))
        .property("/properties/conditions/clientAppTypes", List.of("exchangeActiveSync", "other"))
        .property("/properties/grantControls/builtInControls", List.of("block"));
  }

  private static void signInRisk(Tenant tenant) {
    policy(tenant, "00000000-0000-0000-0000-0000000ca020", "enabled")
        .property("/properties/conditions/users/includeUsers", List.of("All"))
        .property("/properties/conditions/signInRiskLevels", List.of("high", "medium"))
        .property("/properties/grantControls/builtInControls", List.of("mfa"));
  }

  @Test
  void allThreeControlsPass() {
    Tenant tenant = Tenant.create();
    mfaForAll(tenant, "00000000-0000-0000-0000-0000000ca001", "enabled");
    blockLegacy(tenant, "enabled");
    signInRisk(tenant);
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectPass("tenant", "blocks legacy authentication")
        .withEvidenceAt("/properties/state")
        .doTest();
  }

  @Test
  void adminsAndAzureManagementTogetherSatisfyTheMfaPart() {
    Tenant tenant = Tenant.create();
    policy(tenant, "00000000-0000-0000-0000-0000000ca030", "enabled")
        .property("/properties/conditions/users/includeRoles", List.of(GLOBAL_ADMIN))
        .property("/properties/grantControls/builtInControls", List.of("mfa"));
    policy(tenant, "00000000-0000-0000-0000-0000000ca031", "enabled")
        .property("/properties/conditions/users/includeUsers", List.of("All"))
        .property(
            "/properties/conditions/applications/includeApplications",
            List.of(ConditionalAccess.AZURE_MANAGEMENT_APP))
        // MFA through an authentication strength, with no built-in control.
        .property(
            "/properties/grantControls/authenticationStrength/id",
            "00000000-0000-0000-0000-000000000002");
    blockLegacy(tenant, "enabled");
    signInRisk(tenant);
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectPass("tenant", "require MFA for administrators and for Azure management")
        .doTest();
  }

  @Test
  void reportOnlyLegacyBlockFails() {
    Tenant tenant = Tenant.create();
    mfaForAll(tenant, "00000000-0000-0000-0000-0000000ca001", "enabled");
    blockLegacy(tenant, "enabledForReportingButNotEnforced");
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectFailure(
            "tenant",
            "no enabled policy blocks legacy authentication (Exchange ActiveSync and other"
                + " clients) and no enabled policy acts on sign-in risk")
        .doTest();
  }

  @Test
  void noPoliciesFailOnEveryPart() {
    Tenant tenant = Tenant.create().collected("microsoft.graph/conditionalAccessPolicies");
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectFailure("tenant", "no enabled policy requires MFA for all users")
        .doTest();
  }

  @Test
  void deniedPoliciesAreUnknown() {
    Tenant tenant = Tenant.create();
    mfaForAll(tenant, "00000000-0000-0000-0000-0000000ca001", "enabled");
    tenant.denied("microsoft.graph/conditionalAccessPolicies", "Policy.Read.All");
    RuleTestHelper.forRule(RULE).given(tenant).expectUnknown("tenant", "Policy.Read.All").doTest();
  }
}
