package dev.readiness.rules.identity;

import static dev.readiness.rules.identity.GraphFixtures.mfaForAll;
import static dev.readiness.rules.identity.GraphFixtures.policy;
import static dev.readiness.rules.identity.GraphFixtures.securityDefaults;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.GraphRequest;
import dev.readiness.api.Report;
import dev.readiness.rules.checklist.ChecklistOptions;
import dev.readiness.testkit.RuleTestHelper;
import dev.readiness.testkit.fixtures.GenericResource;
import dev.readiness.testkit.fixtures.Tenant;
import java.util.List;
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
