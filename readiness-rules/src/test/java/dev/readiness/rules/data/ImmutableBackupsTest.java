package dev.readiness.rules.data;

import dev.readiness.rules.checklist.ChecklistOptions;
import dev.readiness.testkit.RuleTestHelper;
import dev.readiness.testkit.fixtures.ResourceGroup;
import dev.readiness.testkit.fixtures.Tenant;
import org.junit.jupiter.api.Test;

class ImmutableBackupsTest {
  private static final ImmutableBackups RULE = new ImmutableBackups(ChecklistOptions.defaults());

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
        .expectFailure("rsv-open", "immutability is Disabled")
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
        .expectFailure("rsv-nosoft", "soft delete is Disabled")
        .expectPass("bv-good")
        .expectFailure("bv-off", "immutability is not configured and soft delete is Off")
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
    other.denied("Microsoft.RecoveryServices/vaults", "Microsoft.RecoveryServices/vaults/read");
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectUnknown("rsv-partial", "soft delete state is not in the snapshot")
        // A vault in hand is judged on its own settings; the vaults nobody saw are UNKNOWN.
        .expectFailure("rsv-hidden", "immutability is Disabled")
        .expectUnknown(other.subscriptionId(), "Microsoft.RecoveryServices/vaults/read")
        .doTest();
  }
}
