package dev.readiness.rules.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readiness.api.ArmChange;
import dev.readiness.api.Fix;
import dev.readiness.api.HumanStep;
import dev.readiness.api.Report;
import dev.readiness.api.Snapshot;
import dev.readiness.api.fix.FixDeployment;
import dev.readiness.rules.checklist.ChecklistOptions;
import dev.readiness.rules.support.FixParameters;
import dev.readiness.rules.types.AzureTypes;
import dev.readiness.testkit.RuleTestHelper;
import dev.readiness.testkit.fixtures.RecoveryServicesVault;
import dev.readiness.testkit.fixtures.ResourceGroup;
import dev.readiness.testkit.fixtures.Tenant;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VmDiskEvidenceTest {
  private static final VmDiskEvidence RULE =
      new VmDiskEvidence(ChecklistOptions.defaults().dataProtection());

  @Test
  void backedUpOrRecentlyRestorePointedVmsPass() {
    Tenant tenant = Tenant.create();
    ResourceGroup app = tenant.subscription("prod").resourceGroup("rg-app");
    RecoveryServicesVault vault = app.recoveryServicesVault("rsv");
    app.virtualMachine("vm-backed").backedUpIn(vault);
    app.virtualMachine("vm-points").withRestorePoint("rp-1", Instant.parse("2024-12-30T00:00:00Z"));
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectPass("vm-backed", "is protected by Azure Backup")
        .withEvidenceAt("/properties/protectionState")
        .expectPass("vm-points", "has a restore point 2 days old (limit 7)")
        .withEvidenceAt("/properties/restorePoints/0/properties/timeCreated")
        .doTest();
  }

  @Test
  void vmWithNothingOrATooOldRestorePointOrAFailingBackupFails() {
    Tenant tenant = Tenant.create();
    ResourceGroup app = tenant.subscription("prod").resourceGroup("rg-app");
    RecoveryServicesVault vault = app.recoveryServicesVault("rsv");
    app.virtualMachine("THA-VM");
    app.virtualMachine("vm-old").withRestorePoint("rp-old", Instant.parse("2024-11-01T00:00:00Z"));
    var failing = app.virtualMachine("vm-failing");
    vault.protect(failing).property("/properties/protectionState", "ProtectionError");
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectFail("THA-VM", "no Azure Backup protected item and no restore point")
        .expectFail("vm-old", "its newest restore point is 61 days old, more than the 7 allowed")
        .expectFail("vm-failing", "its Azure Backup item is not healthy (ProtectionError)")
        .doTest();
  }

  @Test
  void unprotectedVmIsBackedUpInTheChosenVaultAndItsFirstBackupIsAPersonsStep() {
    Tenant tenant = Tenant.create();
    ResourceGroup app = tenant.subscription("prod").resourceGroup("rg-app");
    var vm = app.virtualMachine("vm-bare");
    Report report =
        RuleTestHelper.forRule(RULE)
            .given(tenant)
            .expectFail("vm-bare", "no Azure Backup protected item and no restore point")
            .doTest();
    Fix fix = report.findings().get(0).fix();
    ArmChange protect = (ArmChange) fix.changes().get(0);
    assertEquals(
        "/subscriptions/"
            + vm.id().subscriptionId().orElseThrow()
            + "/resourceGroups/{backupVaultResourceGroup}/providers/Microsoft.RecoveryServices"
            + "/vaults/{backupVaultName}/backupFabrics/Azure/protectionContainers"
            + "/IaasVMContainer;iaasvmcontainerv2;rg-app;vm-bare"
            + "/protectedItems/VM;iaasvmcontainerv2;rg-app;vm-bare",
        protect.resourceId());
    Map<?, ?> properties = (Map<?, ?>) protect.body().get("properties");
    assertEquals(vm.id().toString(), properties.get("sourceResourceId"));
    assertEquals(FixParameters.BACKUP_POLICY_ID, properties.get("policyId"));
    HumanStep firstBackup = (HumanStep) fix.changes().get(1);
    assertTrue(firstBackup.text().startsWith("Run 'Backup now' on VM 'vm-bare'"));
    assertEquals("the backup operator", firstBackup.who());
    assertTrue(fix.needsHuman());
  }

  @Test
  void theProtectedItemLandsWhereTheRuleLooksButKeepsNoDiskUntilTheFirstBackup() {
    Tenant tenant = Tenant.create();
    tenant.subscription("prod").resourceGroup("rg-app").virtualMachine("vm-bare");
    Snapshot before = tenant.snapshotFor(RULE);
    Report report =
        RuleTestHelper.forRule(RULE)
            .given(before)
            .expectFail("vm-bare", "no Azure Backup protected item")
            .doTest();
    Snapshot deployed =
        FixDeployment.withValues(Map.of()).apply(before, List.of(report.findings().get(0).fix()));
    // The item now names the VM, so the rule no longer misses it; its state is the service's to
    // set once a recovery point exists, which only the person's step brings about.
    RuleTestHelper.forRule(RULE)
        .given(deployed)
        .expectFail("vm-bare", "its Azure Backup item is not healthy (no state)")
        .doTest();
  }

  @Test
  void vmsWhoseBackupItemExistsButFailsGetNoNewProtection() {
    Tenant tenant = Tenant.create();
    ResourceGroup app = tenant.subscription("prod").resourceGroup("rg-app");
    var failing = app.virtualMachine("vm-failing");
    app.recoveryServicesVault("rsv")
        .protect(failing)
        .property("/properties/protectionState", "ProtectionError");
    Report report =
        RuleTestHelper.forRule(RULE)
            .given(tenant)
            .expectFail("vm-failing", "its Azure Backup item is not healthy")
            .doTest();
    assertTrue(report.findings().get(0).fix().isEmpty());
  }

  @Test
  void deniedBackupItemsMakeAVmWithoutRestorePointsUnknown() {
    Tenant tenant = Tenant.create();
    var prod = tenant.subscription("prod");
    prod.resourceGroup("rg-app").virtualMachine("vm-1");
    prod.denied(
        AzureTypes.BACKUP_PROTECTED_ITEMS,
        "Microsoft.RecoveryServices/vaults/backupFabrics/protectionContainers/protectedItems/read");
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectUnknown("vm-1", "protectedItems/read")
        .doTest();
  }

  @Test
  void aRecentRestorePointPassesEvenWhenBackupItemsWereDenied() {
    Tenant tenant = Tenant.create();
    var prod = tenant.subscription("prod");
    prod.resourceGroup("rg-app")
        .virtualMachine("vm-1")
        .withRestorePoint("rp-1", Instant.parse("2024-12-31T00:00:00Z"));
    prod.denied(AzureTypes.BACKUP_PROTECTED_ITEMS, "Microsoft.RecoveryServices/vaults/read");
    // The denial still shows, once, for the subscription whose backup items nobody saw.
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectPass("vm-1", "restore point")
        .expectUnknown(prod.subscriptionId(), "Microsoft.RecoveryServices/vaults/read")
        .doTest();
  }
}
