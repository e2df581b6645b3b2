package dev.readiness.rules.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.ArmChange;
import dev.readiness.api.Report;
import dev.readiness.api.Status;
import dev.readiness.rules.types.AzureTypes;
import dev.readiness.testkit.RuleTestHelper;
import dev.readiness.testkit.fixtures.ResourceGroup;
import dev.readiness.testkit.fixtures.Tenant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImmutableBackupsTest {
  private static final ImmutableBackups RULE = new ImmutableBackups();

  @Test
  void lockedPassesUnlockedPassesWithAWarningDisabledFails() {
    Tenant tenant = Tenant.create();
    ResourceGroup bcdr = tenant.subscription("prod").resourceGroup("rg-bcdr");
    bcdr.recoveryServicesVault("rsv-locked").immutability("Locked").softDelete("AlwaysON", 14);
    bcdr.recoveryServicesVault("rsv-unlocked").immutability("Unlocked");
    bcdr.recoveryServicesVault("rsv-open");
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectPass("rsv-locked", "immutability is locked and soft delete is AlwaysON")
        .expectPass("rsv-unlocked", "warning: an administrator can still turn it off")
        .withEvidenceAt("/properties/securitySettings/immutabilitySettings/state")
        .expectFail("rsv-open", "immutability is Disabled")
        .doTest();
  }

  @Test
  void softDeleteOffFailsAndBackupVaultsUseTheirOwnShape() {
    Tenant tenant = Tenant.create();
    ResourceGroup bcdr = tenant.subscription("prod").resourceGroup("rg-bcdr");
    bcdr.recoveryServicesVault("rsv-nosoft").immutability("Locked").softDelete("Disabled", 0);
    bcdr.resource("Microsoft.DataProtection/backupVaults", "bv-good")
        .property("/properties/securitySettings/immutabilitySettings/state", "Locked")
        .property("/properties/securitySettings/softDeleteSettings/state", "AlwaysOn");
    bcdr.resource("Microsoft.DataProtection/backupVaults", "bv-off")
        .property("/properties/securitySettings/softDeleteSettings/state", "Off");
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectFail("rsv-nosoft", "soft delete is Disabled")
        .expectPass("bv-good")
        .expectFail("bv-off", "immutability is not configured and soft delete is Off")
        .doTest();
  }

  @Test
  void missingSoftDeleteStateIsUnknownAndDeniedListingsAreUnknown() {
    Tenant tenant = Tenant.create();
    var prod = tenant.subscription("prod");
    prod.resourceGroup("rg-bcdr")
        .recoveryServicesVault("rsv-partial")
        .immutability("Locked")
        .without("/properties/securitySettings/softDeleteSettings");
    var other = tenant.subscription("other");
    other.resourceGroup("rg").recoveryServicesVault("rsv-hidden");
    other.denied(AzureTypes.RECOVERY_SERVICES_VAULTS, "Microsoft.RecoveryServices/vaults/read");
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectUnknown("rsv-partial", "soft delete state is not in the snapshot")
        // A vault in hand is judged on its own settings; the vaults nobody saw are UNKNOWN.
        .expectFail("rsv-hidden", "immutability is Disabled")
        .expectUnknown(other.subscriptionId(), "Microsoft.RecoveryServices/vaults/read")
        .doTest();
  }

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
