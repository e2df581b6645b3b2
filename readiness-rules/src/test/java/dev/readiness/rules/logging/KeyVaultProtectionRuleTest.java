package dev.readiness.rules.logging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.ArmChange;
import dev.readiness.api.Change;
import dev.readiness.api.Fix;
import dev.readiness.api.Report;
import dev.readiness.api.Rule;
import dev.readiness.api.Status;
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
