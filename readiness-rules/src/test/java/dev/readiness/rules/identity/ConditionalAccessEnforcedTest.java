package dev.readiness.rules.identity;

import static dev.readiness.rules.identity.GraphFixtures.GLOBAL_ADMIN;
import static dev.readiness.rules.identity.GraphFixtures.mfaForAll;
import static dev.readiness.rules.identity.GraphFixtures.policy;
import static dev.readiness.rules.identity.GraphFixtures.securityDefaults;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.GraphRequest;
import dev.readiness.api.Report;
import dev.readiness.rules.checklist.ChecklistOptions;
import dev.readiness.rules.types.AzureTypes;
import dev.readiness.testkit.RuleTestHelper;
import dev.readiness.testkit.fixtures.GenericResource;
import dev.readiness.testkit.fixtures.Tenant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConditionalAccessEnforcedTest {
  private static final ConditionalAccessEnforced RULE =
      new ConditionalAccessEnforced(ChecklistOptions.defaults().identity());

  private static GenericResource blockLegacy(Tenant tenant, String state) {
    return policy(tenant, "00000000-0000-0000-0000-0000000ca010", state)
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
  void microsoftAdminPortalsIsNotAzureManagement() {
    Tenant tenant = Tenant.create();
    securityDefaults(tenant, false);
    policy(tenant, "00000000-0000-0000-0000-0000000ca030", "enabled")
        .property("/properties/conditions/users/includeRoles", List.of(GLOBAL_ADMIN))
        .property("/properties/grantControls/builtInControls", List.of("mfa"));
    policy(tenant, "00000000-0000-0000-0000-0000000ca032", "enabled")
        .property("/properties/conditions/users/includeUsers", List.of("All"))
        .property(
            "/properties/conditions/applications/includeApplications",
            List.of("MicrosoftAdminPortals"))
        .property("/properties/grantControls/builtInControls", List.of("mfa"));
    blockLegacy(tenant, "enabled");
    signInRisk(tenant);
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectFail(
            "tenant",
            "no enabled policy requires MFA for all users, or for both administrators and Azure"
                + " management")
        .doTest();
  }

  @Test
  void mfaOfferedAsAnAlternativeToACompliantDeviceIsNotRequired() {
    Tenant tenant = Tenant.create();
    securityDefaults(tenant, false);
    mfaForAll(tenant, "00000000-0000-0000-0000-0000000ca001", "enabled")
        .property("/properties/grantControls/builtInControls", List.of("mfa", "compliantDevice"));
    blockLegacy(tenant, "enabled");
    signInRisk(tenant);
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectFail("tenant", "no enabled policy requires MFA for all users")
        .doTest();
  }

  @Test
  void mfaRequiredTogetherWithACompliantDeviceCounts() {
    Tenant tenant = Tenant.create();
    securityDefaults(tenant, false);
    mfaForAll(tenant, "00000000-0000-0000-0000-0000000ca001", "enabled")
        .property("/properties/grantControls/operator", "AND")
        .property("/properties/grantControls/builtInControls", List.of("mfa", "compliantDevice"));
    blockLegacy(tenant, "enabled");
    signInRisk(tenant);
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectPass("tenant", "requires MFA for all users")
        .doTest();
  }

  @Test
  void aLegacyBlockForOneTestUserIsPartial() {
    Tenant tenant = Tenant.create();
    securityDefaults(tenant, false);
    mfaForAll(tenant, "00000000-0000-0000-0000-0000000ca001", "enabled");
    signInRisk(tenant);
    policy(tenant, "00000000-0000-0000-0000-0000000ca011", "enabled")
        .property(
            "/properties/conditions/users/includeUsers",
            List.of("00000000-0000-0000-0000-0000000a0001"))
        .property("/properties/conditions/clientAppTypes", List.of("exchangeActiveSync", "other"))
        .property("/properties/grantControls/builtInControls", List.of("block"));
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectFail(
            "tenant",
            "no enabled policy blocks legacy authentication (Exchange ActiveSync and other"
                + " clients) for every user and resource: policy 'Policy"
                + " 00000000-0000-0000-0000-0000000ca011' blocks legacy authentication only"
                + " partially, as it does not cover all users")
        .doTest();
  }

  @Test
  void aSignInRiskPolicyForSomeAppsOnlyIsPartial() {
    Tenant tenant = Tenant.create();
    securityDefaults(tenant, false);
    mfaForAll(tenant, "00000000-0000-0000-0000-0000000ca001", "enabled");
    blockLegacy(tenant, "enabled");
    policy(tenant, "00000000-0000-0000-0000-0000000ca021", "enabled")
        .property("/properties/conditions/users/includeUsers", List.of("All"))
        .property(
            "/properties/conditions/applications/includeApplications",
            List.of("00000002-0000-0ff1-ce00-000000000000"))
        .property("/properties/conditions/signInRiskLevels", List.of("high"))
        .property("/properties/grantControls/builtInControls", List.of("mfa"));
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectFail(
            "tenant", "acts on sign-in risk only partially, as it does not cover all resources")
        .doTest();
  }

  @Test
  void locationAndPlatformExclusionsMakeAPolicyPartial() {
    Tenant tenant = Tenant.create();
    securityDefaults(tenant, false);
    mfaForAll(tenant, "00000000-0000-0000-0000-0000000ca001", "enabled")
        .property(
            "/properties/conditions/locations",
            Map.of("includeLocations", List.of("All"), "excludeLocations", List.of("AllTrusted")));
    blockLegacy(tenant, "enabled")
        .property(
            "/properties/conditions/platforms",
            Map.of("includePlatforms", List.of("all"), "excludePlatforms", List.of("iOS")));
    signInRisk(tenant);
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectFail("tenant", "no enabled policy requires MFA for all users")
        .expectFail("tenant", "only partially, as it leaves out some device platforms")
        .doTest();
  }

  @Test
  void securityDefaultsBlockLegacyAuthenticationAndRequireAdminMfaButNotRisk() {
    Tenant tenant = Tenant.create().collected("microsoft.graph/conditionalAccessPolicies");
    securityDefaults(tenant, true);
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectFail(
            "tenant",
            "Conditional access: security defaults do not act on sign-in risk; that needs a"
                + " risk-based conditional access policy, which requires Microsoft Entra ID P2")
        .withEvidenceAt("/properties/isEnabled")
        .doTest();
  }

  @Test
  void unreadSecurityDefaultsLeaveTheirPartsUndecided() {
    Tenant tenant = Tenant.create().collected("microsoft.graph/conditionalAccessPolicies");
    tenant.denied(AzureTypes.GRAPH_SECURITY_DEFAULTS, "Policy.Read.All");
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectFail(
            "tenant",
            "no enabled policy acts on sign-in risk. The rest could not be decided, because no enabled"
                + " policy requires"
                + " MFA for all users")
        .expectFail("tenant", "Policy.Read.All")
        .doTest();
  }

  @Test
  void reportOnlyLegacyBlockFails() {
    Tenant tenant = Tenant.create();
    mfaForAll(tenant, "00000000-0000-0000-0000-0000000ca001", "enabled");
    blockLegacy(tenant, "enabledForReportingButNotEnforced");
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectFail(
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
        .expectFail("tenant", "no enabled policy requires MFA for all users")
        .doTest();
  }

  @Test
  void deniedPoliciesAreUnknown() {
    Tenant tenant = Tenant.create();
    mfaForAll(tenant, "00000000-0000-0000-0000-0000000ca001", "enabled");
    tenant.denied(AzureTypes.GRAPH_CONDITIONAL_ACCESS_POLICIES, "Policy.Read.All");
    RuleTestHelper.forRule(RULE).given(tenant).expectUnknown("tenant", "Policy.Read.All").doTest();
  }

  @Test
  void theFixOfATenantWithoutPoliciesCreatesTheThreeAndPasses() {
    Tenant tenant = Tenant.create().collected("microsoft.graph/conditionalAccessPolicies");
    securityDefaults(tenant, false);

    Report report =
        RuleTestHelper.forRule(RULE).given(tenant).expectFixedByItsRemediation("tenant").doTest();

    assertThat(report.findings().get(0).fix().changes()).hasSize(3);
  }

  @Test
  void theFixOfAReportOnlyLegacyBlockAddsOnlyWhatIsMissing() {
    Tenant tenant = Tenant.create();
    mfaForAll(tenant, "00000000-0000-0000-0000-0000000ca001", "enabled");
    blockLegacy(tenant, "enabledForReportingButNotEnforced");

    Report report =
        RuleTestHelper.forRule(RULE).given(tenant).expectFixedByItsRemediation("tenant").doTest();

    assertThat(report.findings().get(0).fix().changes())
        .extracting(change -> ((GraphRequest) change).body().get("displayName"))
        .containsExactly("Block legacy authentication", "Require MFA for risky sign-ins");
  }

  @Test
  void theFixOfSecurityDefaultsTurnsThemOffForTheThreePolicies() {
    Tenant tenant = Tenant.create().collected("microsoft.graph/conditionalAccessPolicies");
    securityDefaults(tenant, true);

    RuleTestHelper.forRule(RULE).given(tenant).expectFixedByItsRemediation("tenant").doTest();
  }
}
