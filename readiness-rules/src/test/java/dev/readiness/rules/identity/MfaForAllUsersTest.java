package dev.readiness.rules.identity;

import static dev.readiness.rules.identity.GraphFixtures.mfaForAll;
import static dev.readiness.rules.identity.GraphFixtures.registration;
import static dev.readiness.rules.identity.GraphFixtures.securityDefaults;
import static dev.readiness.rules.identity.GraphFixtures.user;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.Report;
import dev.readiness.api.Status;
import dev.readiness.rules.checklist.ChecklistOptions;
import dev.readiness.rules.checklist.OptionTable;
import dev.readiness.rules.types.AzureTypes;
import dev.readiness.testkit.RuleTestHelper;
import dev.readiness.testkit.fixtures.Tenant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MfaForAllUsersTest {
  private static final ChecklistOptions DEFAULTS = ChecklistOptions.defaults();

  private static Tenant tenantWithUsers() {
    Tenant tenant = Tenant.create();
    securityDefaults(tenant, false);
    user(tenant, "00000000-0000-0000-0000-0000000a0001", "alice@contoso.example", "Member", true);
    registration(tenant, "00000000-0000-0000-0000-0000000a0001", "alice@contoso.example", true);
    user(tenant, "00000000-0000-0000-0000-0000000a0002", "bob@contoso.example", "Member", true);
    registration(tenant, "00000000-0000-0000-0000-0000000a0002", "bob@contoso.example", false);
    // Guests and disabled accounts are out of scope even without MFA.
    user(tenant, "00000000-0000-0000-0000-0000000a0003", "guest@fabrikam.example", "Guest", true);
    user(tenant, "00000000-0000-0000-0000-0000000a0004", "old@contoso.example", "Member", false);
    return tenant;
  }

  @Test
  void securityDefaultsPass() {
    Tenant tenant = Tenant.create();
    securityDefaults(tenant, true);
    RuleTestHelper.forRule(new MfaForAllUsers(DEFAULTS.identity()))
        .given(tenant)
        .expectPass("tenant", "Security defaults are on")
        .withEvidenceAt("/properties/isEnabled")
        .doTest();
  }

  @Test
  void enforcedPolicyForAllUsersPasses() {
    Tenant tenant = tenantWithUsers();
    mfaForAll(tenant, "00000000-0000-0000-0000-0000000ca001", "enabled");
    RuleTestHelper.forRule(new MfaForAllUsers(DEFAULTS.identity()))
        .given(tenant)
        .expectPass("tenant", "requires MFA for all users")
        .withEvidenceAt("/properties/state")
        .doTest();
  }

  @Test
  void reportOnlyPolicyDoesNotCountAndTheUsersWithoutMfaAreListed() {
    Tenant tenant = tenantWithUsers();
    mfaForAll(tenant, "00000000-0000-0000-0000-0000000ca002", "enabledForReportingButNotEnforced");
    RuleTestHelper.forRule(new MfaForAllUsers(DEFAULTS.identity()))
        .given(tenant)
        .expectFail("tenant", "1 enabled member user is not MFA-capable: bob@contoso.example")
        .withEvidenceAt("/properties/isMfaCapable")
        .expectFail("tenant", "no enabled conditional access policy requires MFA")
        .withEvidenceAt("/properties/state")
        .doTest();
  }

  @Test
  void aTenantWithConditionalAccessIsFixedByThePolicyRequiringMfaForAllUsers() {
    Tenant tenant = tenantWithUsers();
    mfaForAll(tenant, "00000000-0000-0000-0000-0000000ca002", "enabledForReportingButNotEnforced");
    RuleTestHelper.forRule(new MfaForAllUsers(DEFAULTS.identity()))
        .given(tenant)
        .expectFixedByItsRemediation("tenant")
        .doTest();
  }

  @Test
  void aTenantWithoutConditionalAccessIsFixedBySecurityDefaults() {
    Tenant tenant = tenantWithUsers();
    Report report =
        RuleTestHelper.forRule(new MfaForAllUsers(DEFAULTS.identity()))
            .given(tenant)
            .expectFixedByItsRemediation("tenant")
            .doTest();
    assertThat(report.findings(Status.FAIL).get(0).fix().changes().get(0).summary())
        .startsWith("Turn security defaults on");
  }

  @Test
  void aPolicyExcludingMoreThanBreakGlassAccountsDoesNotCount() {
    Tenant tenant = tenantWithUsers();
    mfaForAll(tenant, "00000000-0000-0000-0000-0000000ca003", "enabled")
        .property(
            "/properties/conditions/users/excludeUsers",
            List.of("00000000-0000-0000-0000-0000000a0002"));
    RuleTestHelper.forRule(new MfaForAllUsers(DEFAULTS.identity()))
        .given(tenant)
        .expectFail("tenant", "bob@contoso.example")
        .doTest();
    Tenant allowed = tenantWithUsers();
    mfaForAll(allowed, "00000000-0000-0000-0000-0000000ca003", "enabled")
        .property(
            "/properties/conditions/users/excludeUsers",
            List.of("00000000-0000-0000-0000-0000000a0009"));
    RuleTestHelper.forRule(
            new MfaForAllUsers(
                DEFAULTS.toBuilder()
                    .set(
                        OptionTable.BREAK_GLASS_ACCOUNTS,
                        List.of("00000000-0000-0000-0000-0000000a0009"))
                    .build()
                    .identity()))
        .given(allowed)
        .expectPass("tenant", "requires MFA for all users")
        .doTest();
  }

  @Test
  void failureListsTheFirstUsersAndCountsTheRest() {
    Tenant tenant = Tenant.create();
    securityDefaults(tenant, false);
    for (int i = 1; i <= 3; i++) {
      String id = "00000000-0000-0000-0000-0000000b000" + i;
      user(tenant, id, "user" + i + "@contoso.example", "Member", true);
    }
    RuleTestHelper.forRule(
            new MfaForAllUsers(
                DEFAULTS.toBuilder().set(OptionTable.LISTED_ITEMS_LIMIT, 2).build().identity()))
        .given(tenant)
        .expectFail(
            "tenant",
            "3 enabled member users are not MFA-capable: user1@contoso.example,"
                + " user2@contoso.example and 1 more")
        .doTest();
  }

  @Test
  void everyMemberRegisteredWithoutEnforcementFails() {
    RuleTestHelper.forRule(new MfaForAllUsers(DEFAULTS.identity()))
        .given(tenantWithUsersAllCapable().collected("microsoft.graph/conditionalAccessPolicies"))
        .expectFail(
            "tenant",
            "Nothing forces MFA on every user: security defaults are off and no enabled"
                + " conditional access policy requires MFA for all users. All 2 enabled member"
                + " users are MFA-capable, but being registered does not make any sign-in require"
                + " MFA.")
        .doTest();
  }

  @Test
  void mfaOrACompliantDeviceDoesNotEnforceMfa() {
    Tenant tenant = tenantWithUsers();
    mfaForAll(tenant, "00000000-0000-0000-0000-0000000ca004", "enabled")
        .property("/properties/grantControls/builtInControls", List.of("mfa", "compliantDevice"));
    RuleTestHelper.forRule(new MfaForAllUsers(DEFAULTS.identity()))
        .given(tenant)
        .expectFail("tenant", "no enabled conditional access policy requires MFA for all users")
        .doTest();
  }

  private static Tenant tenantWithUsersAllCapable() {
    Tenant tenant = Tenant.create();
    securityDefaults(tenant, false);
    for (int i = 1; i <= 2; i++) {
      String id = "00000000-0000-0000-0000-0000000c000" + i;
      user(tenant, id, "member" + i + "@contoso.example", "Member", true);
      registration(tenant, id, "member" + i + "@contoso.example", true);
    }
    return tenant;
  }

  @Test
  void deniedRegistrationReportDoesNotHideMissingEnforcement() {
    Tenant tenant = tenantWithUsers().collected("microsoft.graph/conditionalAccessPolicies");
    tenant.denied(AzureTypes.GRAPH_USER_REGISTRATION_DETAILS, "AuditLog.Read.All");
    RuleTestHelper.forRule(new MfaForAllUsers(DEFAULTS.identity()))
        .given(tenant)
        .expectFail("tenant", "security defaults are off")
        .expectFail("tenant", "AuditLog.Read.All")
        .doTest();
  }

  @Test
  void failingUsersWithUnknownSecurityDefaultsAreUnknownNotFail() {
    Tenant tenant = Tenant.create();
    user(tenant, "00000000-0000-0000-0000-0000000a0002", "bob@contoso.example", "Member", true);
    tenant.denied(AzureTypes.GRAPH_SECURITY_DEFAULTS, "Policy.Read.All");
    RuleTestHelper.forRule(new MfaForAllUsers(DEFAULTS.identity()))
        .given(tenant)
        .expectUnknown("tenant", "bob@contoso.example")
        .doTest();
  }
}
