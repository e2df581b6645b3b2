package dev.readiness.rules.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.ArmChange;
import dev.readiness.api.Report;
import dev.readiness.api.Status;
import dev.readiness.testkit.RuleTestHelper;
import dev.readiness.testkit.fixtures.Tenant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImmutableBackupsTest {
  private static final ImmutableBackups RULE = new ImmutableBackups();

  @Test
  void aRecoveryServicesVaultWithoutImmutabilityOrSoftDeleteIsFixedByItsRemediation() {
    Tenant tenant = Tenant.create();
    tenant
        .subscription("prod")
        .resourceGroup("rg-bcdr")
        .recoveryServicesVault("rsv-open")
        .softDelete("Disabled", 0);
    RuleTestHelper.forRule(RULE).given(tenant).expectFixedByItsRemediation("rsv-open").doTest();
  }

  @Test
  void aBackupVaultWithoutImmutabilityOrSoftDeleteIsFixedByItsRemediation() {
    Tenant tenant = Tenant.create();
    tenant
        .subscription("prod")
        .resourceGroup("rg-bcdr")
        .resource("Microsoft.DataProtection/backupVaults", "bv-off")
        .property("/properties/securitySettings/softDeleteSettings/state", "Off");
    RuleTestHelper.forRule(RULE).given(tenant).expectFixedByItsRemediation("bv-off").doTest();
  }

  @Test
  void theFixUnlocksImmutabilityButNeverLocksIt() {
    Tenant tenant = Tenant.create();
    tenant
        .subscription("prod")
        .resourceGroup("rg-bcdr")
        .recoveryServicesVault("rsv-soft")
        .softDelete("AlwaysON", 14);
    Report report =
        RuleTestHelper.forRule(RULE)
            .given(tenant)
            .expectFail("rsv-soft", "immutability is Disabled")
            .doTest();

    ArmChange patch = (ArmChange) report.findings(Status.FAIL).get(0).fix().changes().get(0);
    assertThat(patch.method()).isEqualTo(ArmChange.Method.PATCH);
    assertThat(patch.body())
        .isEqualTo(
            Map.of(
                "properties",
                Map.of(
                    "securitySettings",
                    Map.of("immutabilitySettings", Map.of("state", "Unlocked")))));
  }
}
