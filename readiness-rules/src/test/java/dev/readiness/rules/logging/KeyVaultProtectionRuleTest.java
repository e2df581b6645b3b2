package dev.readiness.rules.logging;

import dev.readiness.rules.checklist.ChecklistOptions;
import dev.readiness.testkit.RuleTestHelper;
import dev.readiness.testkit.fixtures.LogAnalyticsWorkspace;
import dev.readiness.testkit.fixtures.ResourceGroup;
import dev.readiness.testkit.fixtures.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class KeyVaultProtectionRuleTest {
  private Tenant tenant;
  private ResourceGroup group;
  private LogAnalyticsWorkspace workspace;

  @BeforeEach
  void tenant() {
    tenant = Tenant.create();
    group = tenant.subscription("prod").resourceGroup("rg-sec");
    workspace = group.logAnalyticsWorkspace("law-central");
  }

  private RuleTestHelper helper() {
    return RuleTestHelper.forRule(new KeyVaultProtectionRule(ChecklistOptions.defaults()))
        .given(tenant);
  }

  @Test
  void passesWhenRecoverableRbacAndAudited() {
    group
        .keyVault("kv-good")
        .purgeProtection()
        .diagnosticSetting("to-law")
        .audit()
        .toWorkspace(workspace);

    helper()
        .expectPass("kv-good", "exports AuditEvent to Log Analytics workspace 'law-central'")
        .withEvidenceAt("/properties/enablePurgeProtection")
        .doTest();
  }

  @Test
  void failsListingEveryGap() {
    group.keyVault("kv-weak").accessPolicies();

    helper()
        .expectFailure(
            "kv-weak",
            "purge protection is off, access policies instead of Azure RBAC authorize access and"
                + " AuditEvent is not exported (it has no diagnostic setting)")
        .doTest();
  }

  @Test
  void anExplicitlyDisabledSoftDeleteFails() {
    group
        .keyVault("kv-old")
        .purgeProtection()
        .property("/properties/enableSoftDelete", false)
        .diagnosticSetting("to-law")
        .audit()
        .toWorkspace(workspace);

    helper().expectFailure("kv-old", "soft delete is off").doTest();
  }

  @Test
  void unknownWhenOnlyTheAuditPartCannotBeSeen() {
    group
        .keyVault("kv-hidden")
        .purgeProtection()
        .denied(
            "Microsoft.Insights/diagnosticSettings", "Microsoft.Insights/diagnosticSettings/read");

    helper().expectUnknown("kv-hidden", "Microsoft.Insights/diagnosticSettings/read").doTest();
  }

  @Test
  void vaultGapsStillFailWhenTheAuditPartCannotBeSeen() {
    group
        .keyVault("kv-weak-hidden")
        .denied(
            "Microsoft.Insights/diagnosticSettings", "Microsoft.Insights/diagnosticSettings/read");

    helper()
        .expectFailure("kv-weak-hidden", "purge protection is off")
        .expectFailure(
            "kv-weak-hidden",
            "Also not decided: whether it logs AuditEvent: Microsoft.Insights/diagnosticSettings"
                + " at ")
        .expectFailure("kv-weak-hidden", "Microsoft.Insights/diagnosticSettings/read")
        .doTest();
  }
}
