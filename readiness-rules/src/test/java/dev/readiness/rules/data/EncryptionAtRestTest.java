package dev.readiness.rules.data;

import dev.readiness.rules.checklist.ChecklistOptions;
import dev.readiness.rules.checklist.OptionTable;
import dev.readiness.testkit.RuleTestHelper;
import dev.readiness.testkit.fixtures.GenericResource;
import dev.readiness.testkit.fixtures.ResourceGroup;
import dev.readiness.testkit.fixtures.Tenant;
import dev.readiness.testkit.fixtures.VirtualMachine;
import org.junit.jupiter.api.Test;

class EncryptionAtRestTest {
  private static final EncryptionAtRest RULE =
      new EncryptionAtRest(ChecklistOptions.defaults().dataProtection());

  private static GenericResource disk(
      ResourceGroup group, String name, String type, VirtualMachine owner) {
    var disk =
        group
            .resource("Microsoft.Compute/disks", name)
            .property("/properties/encryption/type", type)
            .property("/properties/diskState", owner == null ? "Unattached" : "Attached");
    if (owner != null) {
      disk.property("/managedBy", owner.id().toString());
    }
    return disk;
  }

  private static final EncryptionAtRest KEY_CONTROL_RULE =
      new EncryptionAtRest(
          ChecklistOptions.defaults().toBuilder()
              .set(OptionTable.REQUIRE_DISK_CUSTOMER_MANAGED_KEYS_OR_ENCRYPTION_AT_HOST, true)
              .build()
              .dataProtection());

  @Test
  void keyControlOptionAcceptsEncryptionAtHostDiskEncryptionSetsAndAzureDiskEncryption() {
    Tenant tenant = Tenant.create();
    ResourceGroup app = tenant.subscription("prod").resourceGroup("rg-app");
    VirtualMachine host =
        app.virtualMachine("vm-host")
            .property("/properties/securityProfile/encryptionAtHost", true);
    disk(app, "disk-host", "EncryptionAtRestWithPlatformKey", host);
    disk(app, "disk-cmk", "EncryptionAtRestWithCustomerKey", null);
    disk(app, "disk-ade", "EncryptionAtRestWithPlatformKey", null)
        .property("/properties/encryptionSettingsCollection/enabled", true);
    RuleTestHelper.forRule(KEY_CONTROL_RULE)
        .given(tenant)
        .expectPass("disk-host", "its VM 'vm-host' encrypts at host")
        .withEvidenceAt("/properties/securityProfile/encryptionAtHost")
        .expectPass("disk-cmk", "disk encryption set")
        .expectPass("disk-ade", "Azure Disk Encryption")
        .withEvidenceAt("/properties/encryptionSettingsCollection/enabled")
        .doTest();
  }

  @Test
  void keyControlOptionFailsPlatformKeyDisksWithoutEncryptionAtHost() {
    Tenant tenant = Tenant.create();
    ResourceGroup app = tenant.subscription("prod").resourceGroup("rg-app");
    VirtualMachine vm = app.virtualMachine("THA-VM");
    disk(app, "THA-VM_OsDisk_1", "EncryptionAtRestWithPlatformKey", vm);
    disk(app, "orphan", "EncryptionAtRestWithPlatformKey", null);
    RuleTestHelper.forRule(KEY_CONTROL_RULE)
        .given(tenant)
        .expectFail("THA-VM_OsDisk_1", "does not encrypt at host")
        .withEvidenceAt("/properties/encryption/type")
        .expectFail("orphan", "unattached")
        .doTest();
  }

  @Test
  void uniformScaleSetsAreJudgedFromTheirModel() {
    Tenant tenant = Tenant.create();
    ResourceGroup app = tenant.subscription("prod").resourceGroup("rg-app");
    app.scaleSet("vmss-plain");
    app.scaleSet("vmss-host").encryptionAtHost();
    app.scaleSet("vmss-cmk")
        .diskEncryptionSet(app.id() + "/providers/Microsoft.Compute/diskEncryptionSets/des-fake");
    app.scaleSet("vmss-flex").flexible();
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectPass(
            "vmss-plain", "its instances' disks are encrypted at rest with platform-managed")
        .expectPass("vmss-host", "its instances encrypt at host")
        .expectPass("vmss-cmk", "customer-managed keys from a disk encryption set")
        .withEvidenceAt(
            "/properties/virtualMachineProfile/storageProfile/osDisk/managedDisk/diskEncryptionSet/id")
        .doTest();
    RuleTestHelper.forRule(KEY_CONTROL_RULE)
        .given(tenant)
        .expectFail("vmss-plain", "the options require customer-managed keys or encryption at host")
        .withEvidenceAt("/properties/virtualMachineProfile/securityProfile/encryptionAtHost")
        .expectPass("vmss-host")
        .expectPass("vmss-cmk")
        .doTest();
  }

  @Test
  void aDatabaseWithoutTransparentDataEncryptionIsFixedByItsRemediation() {
    Tenant tenant = Tenant.create();
    var server =
        tenant
            .subscription("prod")
            .resourceGroup("rg-data")
            .resource("Microsoft.Sql/servers", "sql-one");
    server
        .child("databases", "db-off")
        .child("transparentDataEncryption", "current")
        .property("/properties/state", "Disabled");
    RuleTestHelper.forRule(RULE).given(tenant).expectFixedByItsRemediation("db-off").doTest();
  }

  @Test
  void aStorageRecordSayingEncryptionIsOffStillPassesSinceAzureCannotTurnItOff() {
    Tenant tenant = Tenant.create();
    tenant
        .subscription("prod")
        .resourceGroup("rg-data")
        .storageAccount("stlegacy")
        .property("/properties/encryption/services/blob/enabled", false);
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectPass("stlegacy", "services.blob.enabled reads false, which Azure no longer allows")
        .doTest();
  }

  @Test
  void storageNeedsWhatTheOptionsRequire() {
    Tenant tenant = Tenant.create();
    tenant.subscription("prod").resourceGroup("rg-data").storageAccount("stplain");
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectPass("stplain", "service-side encryption is on")
        .doTest();
    Tenant strict = Tenant.create();
    strict.subscription("prod").resourceGroup("rg-data").storageAccount("stplain");
    RuleTestHelper.forRule(
            new EncryptionAtRest(
                ChecklistOptions.defaults().toBuilder()
                    .set(OptionTable.REQUIRE_STORAGE_INFRASTRUCTURE_ENCRYPTION, true)
                    .set(OptionTable.REQUIRE_STORAGE_CUSTOMER_MANAGED_KEYS, true)
                    .build()
                    .dataProtection()))
        .given(strict)
        .expectFail("stplain", "infrastructure (double) encryption is off")
        .withEvidenceAt("/properties/encryption/keySource")
        .doTest();
  }
}
