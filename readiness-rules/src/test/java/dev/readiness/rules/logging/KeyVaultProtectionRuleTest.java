package dev.readiness.rules.logging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.ArmChange;
import dev.readiness.api.Change;
import dev.readiness.api.Fix;
import dev.readiness.api.Report;
import dev.readiness.api.Rule;
import dev.readiness.api.Status;
import dev.readiness.rules.types.AzureTypes;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeyVaultProtectionRuleTest extends CentralWorkspaceTest {
  KeyVaultProtectionRuleTest() {
    super("rg-sec");
  }

  @Override
  Rule rule() {
    return new KeyVaultProtectionRule();
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
        .expectFail(
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

    helper().expectFail("kv-old", "soft delete is off").doTest();
  }

  @Test
  void unknownWhenOnlyTheAuditPartCannotBeSeen() {
    group
        .keyVault("kv-hidden")
        .purgeProtection()
        .denied(AzureTypes.DIAGNOSTIC_SETTINGS, "Microsoft.Insights/diagnosticSettings/read");

    helper().expectUnknown("kv-hidden", "Microsoft.Insights/diagnosticSettings/read").doTest();
  }

  @Test
  void vaultGapsStillFailWhenTheAuditPartCannotBeSeen() {
    group
        .keyVault("kv-weak-hidden")
        .denied(AzureTypes.DIAGNOSTIC_SETTINGS, "Microsoft.Insights/diagnosticSettings/read");

    helper()
        .expectFail("kv-weak-hidden", "purge protection is off")
        .expectFail(
            "kv-weak-hidden",
            "Whether it logs AuditEvent could not be decided: Microsoft.Insights/diagnosticSettings"
                + " at ")
        .expectFail("kv-weak-hidden", "Microsoft.Insights/diagnosticSettings/read")
        .doTest();
  }

  @Test
  void anUnprotectedUnauditedVaultIsFixedByItsRemediation() {
    group.keyVault("kv-open");

    helper().expectFixedByItsRemediation("kv-open").doTest();
  }

  @Test
  void aSoftDeleteTurnedOffIsTurnedOnByTheSamePatch() {
    group
        .keyVault("kv-old")
        .property("/properties/enableSoftDelete", false)
        .diagnosticSetting("to-law")
        .audit()
        .toWorkspace(workspace);

    helper().expectFixedByItsRemediation("kv-old").doTest();
  }

  @Test
  void movingFromAccessPoliciesToRbacIsAPersonsStep() {
    group
        .keyVault("kv-policies")
        .purgeProtection()
        .accessPolicies()
        .diagnosticSetting("to-law")
        .audit()
        .toWorkspace(workspace);

    Report report = helper().expectFail("kv-policies", "access policies").doTest();

    Fix fix = report.findings(Status.FAIL).get(0).fix();
    assertThat(fix.changes()).hasSize(1).allMatch(Change::needsHuman);
    assertThat(fix.changes().get(0).summary())
        .contains("key vault 'kv-policies'")
        .contains("Azure role-based access control");
  }

  @Test
  void thePatchTurnsOnOnlyWhatIsOff() {
    group.keyVault("kv-soft").diagnosticSetting("to-law").audit().toWorkspace(workspace);

    Report report = helper().expectFail("kv-soft", "purge protection is off").doTest();

    ArmChange patch = (ArmChange) report.findings(Status.FAIL).get(0).fix().changes().get(0);
    assertThat(patch.method()).isEqualTo(ArmChange.Method.PATCH);
    assertThat(patch.body()).isEqualTo(Map.of("properties", Map.of("enablePurgeProtection", true)));
  }
}
