package dev.readiness.rules.logging;

import dev.readiness.api.Rule;
import dev.readiness.rules.checklist.ChecklistOptions;
import org.junit.jupiter.api.Test;

class KeyVaultProtectionRuleTest extends CentralWorkspaceTest {
  KeyVaultProtectionRuleTest() {
    super("rg-sec");
  }

  @Override
  Rule rule() {
    return new KeyVaultProtectionRule(ChecklistOptions.defaults());
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
