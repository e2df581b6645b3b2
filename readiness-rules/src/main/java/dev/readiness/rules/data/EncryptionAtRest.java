package dev.readiness.rules.data;

import static dev.readiness.rules.types.AzureTypes.DISKS;
import static dev.readiness.rules.types.AzureTypes.SQL_DATABASES;
import static dev.readiness.rules.types.AzureTypes.SQL_TRANSPARENT_DATA_ENCRYPTION;
import static dev.readiness.rules.types.AzureTypes.STORAGE_ACCOUNTS;
import static dev.readiness.rules.types.AzureTypes.VIRTUAL_MACHINES;
import static dev.readiness.rules.types.AzureTypes.VM_SCALE_SETS;

import dev.readiness.api.ArmChange;
import dev.readiness.api.Category;
import dev.readiness.api.Evidence;
import dev.readiness.api.Fix;
import dev.readiness.api.Json;
import dev.readiness.api.Remediation;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceId;
import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleMetadata;
import dev.readiness.api.Severity;
import dev.readiness.api.Verdict;
import dev.readiness.rules.checklist.ChecklistRow;
import dev.readiness.rules.checklist.DataProtectionOptions;
import dev.readiness.rules.support.ConfiguredChecklistRule;
import dev.readiness.rules.support.ScaleSets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * FR-DATA-01: managed disks, and the instance disks of Uniform scale sets, are encrypted at rest
 * (with the customer-managed keys or encryption at host the options may require), SQL databases
 * have transparent data encryption on, and storage accounts use the encryption the options require.
 */
public final class EncryptionAtRest extends ConfiguredChecklistRule<DataProtectionOptions> {
  private static final RuleMetadata METADATA =
      RuleMetadata.builder("FR-DATA-01")
          .title("Data at rest is encrypted")
          .category(Category.DATA_PROTECTION)
          .severity(
              Severity.MEDIUM,
              "Unencrypted copies of disks and databases can be read by anyone who obtains them,"
                  + " and the breach can then no longer be scoped.")
          .rationale(
              "Protects the question 'could the data the attacker copied be read?': when disks,"
                  + " databases and storage are encrypted with keys the organisation controls, a"
                  + " stolen snapshot or export is useless without key access, which is itself"
                  + " logged; that bounds what the incident exposed.")
          .remediation(
              Remediation.of(
                      "Where the options require key control for disks: Azure portal > Virtual"
                          + " machines > (VM) > Disks > Additional settings: 'Encryption at host'"
                          + " = Yes, or Disks > (disk) > Encryption: a disk encryption set. SQL databases > (database) > Transparent data"
                          + " encryption: On. Storage accounts > Encryption: customer-managed keys"
                          + " where required.",
                      "az vm update --resource-group <rg> --name <vm>"
                          + " --set securityProfile.encryptionAtHost=true && az sql db tde set"
                          + " --resource-group <rg> --server <server> --database <db>"
                          + " --status Enabled")
                  .withBicep(
                      "resource vm 'Microsoft.Compute/virtualMachines@2024-07-01' = {\n"
                          + "  // ...\n"
                          + "  properties: { securityProfile: { encryptionAtHost: true } }\n"
                          + "}"))
          .learnMore("https://learn.microsoft.com/azure/virtual-machines/disk-encryption-overview")
          .controls(
              "MCSB DP-4",
              "MCSB DP-5",
              "CIS Azure 2.0 3.2",
              "CIS Azure 2.0 3.12",
              "CIS Azure 2.0 4.1.5",
              "CIS Azure 2.0 7.3")
          .peerChecks(
              "PSRule for Azure Azure.SQL.TDE",
              "Prowler sqlserver_tde_encryption_enabled",
              "Prowler vm_ensure_attached_disks_encrypted_with_cmk",
              "Prowler storage_infrastructure_encryption_is_enabled",
              "Prowler storage_ensure_encryption_with_customer_managed_keys",
              "Azure Policy 'Transparent Data Encryption on SQL databases should be enabled'")
          .checklistItems(ChecklistRow.ENCRYPTION.text())
          .reads(
              DISKS,
              VIRTUAL_MACHINES,
              VM_SCALE_SETS,
              SQL_DATABASES,
              SQL_TRANSPARENT_DATA_ENCRYPTION,
              STORAGE_ACCOUNTS)
          .reportsOnEach(DISKS, VM_SCALE_SETS, SQL_DATABASES, STORAGE_ACCOUNTS)
          .build();

  /** The rule with the storage encryption requirements of {@code options}. */
  public EncryptionAtRest(DataProtectionOptions options) {
    super(METADATA, options);
  }

  @Override
  public void evaluate(RuleContext context) {
    context.resources(DISKS).forEach(disk -> disk(context, disk));
    for (Resource scaleSet : context.resources(VM_SCALE_SETS)) {
      if (!ScaleSets.isFlexible(scaleSet)) {
        scaleSet(context, scaleSet);
      }
    }
    for (Resource database : context.resources(SQL_DATABASES)) {
      if (!database.name().equalsIgnoreCase("master")) {
        database(context, database);
      }
    }
    context.resources(STORAGE_ACCOUNTS).forEach(account -> storage(context, account));
  }

  /**
   * Every managed disk is encrypted at rest: server-side encryption with platform-managed keys is
   * the default and applies to all managed disks; a disk encryption set (customer-managed keys),
   * encryption at host, or Azure Disk Encryption inside the guest add key control on top
   * (https://learn.microsoft.com/azure/virtual-machines/disk-encryption; the {@code encryption} and
   * {@code encryptionSettingsCollection} properties of a disk are defined in azure-rest-api-specs
   * specification/compute/resource-manager/Microsoft.Compute/DiskRP/stable/ 2024-03-02/disk.json).
   * Only when the options require more than the platform's keys does a platform-key disk fail.
   */
  private void disk(RuleContext context, Resource disk) {
    Verdict verdict =
        context.verdict(disk, "Disk '" + disk.name() + "'").dependsOn(DISKS, VIRTUAL_MACHINES);
    Json encryption = disk.properties().get("encryption");
    Json type = encryption.get("type");
    Evidence typeProof = Evidence.of(type, "an encryption type");
    Json guestEncryption = disk.properties().at("/encryptionSettingsCollection/enabled");
    if (type.isMissingOrNull()) {
      verdict.unknown("its encryption type is not in the snapshot", typeProof);
    } else if (type.textOr("").toLowerCase(Locale.ROOT).contains("customerkey")
        || !encryption.get("diskEncryptionSetId").textOr("").isBlank()) {
      verdict.pass(
          "it is encrypted at rest with customer-managed keys from a disk encryption set",
          typeProof);
    } else if (guestEncryption.isTrue()) {
      verdict.pass(
          "it is encrypted at rest with platform-managed keys and, inside the guest, with Azure"
              + " Disk Encryption",
          typeProof,
          Evidence.of(guestEncryption, "true"));
    } else if (options().requireDiskCustomerManagedKeysOrEncryptionAtHost()) {
      platformKeyOnly(context, disk, verdict, typeProof);
    } else {
      verdict.pass("it is encrypted at rest with platform-managed keys", typeProof);
    }
    verdict.report();
  }

  /**
   * A platform-key disk where the options require key control beyond the platform's: its VM's
   * encryption at host is the only thing left that can satisfy them.
   */
  private static void platformKeyOnly(
      RuleContext context, Resource disk, Verdict verdict, Evidence typeProof) {
    String owner = disk.root().get("managedBy").textOr("");
    if (owner.isBlank()) {
      verdict.fail(
          "it is unattached and encrypted with platform-managed keys only, and the options"
              + " require customer-managed keys or encryption at host",
          typeProof);
      return;
    }
    Optional<Resource> vm = context.snapshot().resource(owner);
    if (vm.isEmpty()) {
      verdict.unknown(
          "its VM '"
              + ResourceId.parse(owner).name()
              + "' is not in the snapshot, so encryption at host cannot be read",
          typeProof);
      return;
    }
    Json atHost = vm.get().at("/properties/securityProfile/encryptionAtHost");
    verdict.check(
        atHost.isTrue(),
        "its VM '" + vm.get().name() + "' encrypts at host",
        "it is encrypted with platform-managed keys only and its VM '"
            + vm.get().name()
            + "' does not encrypt at host, and the options require customer-managed keys or"
            + " encryption at host",
        Evidence.of(atHost, "true"),
        typeProof);
  }

  /**
   * A Uniform scale set's instance disks are described by its model rather than listed as disks:
   * every one is encrypted at rest with platform-managed keys, and {@code managedDisk
   * .diskEncryptionSet} on the OS and data disks or {@code securityProfile.encryptionAtHost} add
   * key control (VirtualMachineScaleSetManagedDiskParameters in azure-rest-api-specs
   * specification/compute/resource-manager/Microsoft.Compute/ComputeRP/stable/2024-07-01/
   * virtualMachineScaleSet.json;
   * https://learn.microsoft.com/azure/virtual-machines/disk-encryption).
   */
  private void scaleSet(RuleContext context, Resource scaleSet) {
    Verdict verdict =
        context.verdict(scaleSet, "Scale set '" + scaleSet.name() + "'").dependsOn(VM_SCALE_SETS);
    Json profile = scaleSet.at("/properties/virtualMachineProfile");
    List<Json> disks = new ArrayList<>();
    disks.add(profile.at("/storageProfile/osDisk"));
    disks.addAll(profile.at("/storageProfile/dataDisks").items());
    List<Evidence> keys = new ArrayList<>();
    for (Json disk : disks) {
      keys.add(Evidence.of(disk.at("/managedDisk/diskEncryptionSet/id"), "a disk encryption set"));
    }
    Json atHost = profile.at("/securityProfile/encryptionAtHost");
    if (profile.isMissingOrNull()) {
      verdict.unknown("its instance model (virtualMachineProfile) is not in the snapshot");
    } else if (disks.stream()
        .allMatch(d -> !d.at("/managedDisk/diskEncryptionSet/id").textOr("").isBlank())) {
      verdict.pass(
          "its instances' disks are encrypted at rest with customer-managed keys from a disk"
              + " encryption set",
          keys.toArray(Evidence[]::new));
    } else if (atHost.isTrue()) {
      verdict.pass("its instances encrypt at host", Evidence.of(atHost, "true"));
    } else if (options().requireDiskCustomerManagedKeysOrEncryptionAtHost()) {
      keys.add(0, Evidence.of(atHost, "true"));
      verdict.fail(
          "its instances' disks are encrypted with platform-managed keys only and the instances"
              + " do not encrypt at host, and the options require customer-managed keys or"
              + " encryption at host",
          keys.toArray(Evidence[]::new));
    } else {
      verdict.pass(
          "its instances' disks are encrypted at rest with platform-managed keys",
          keys.toArray(Evidence[]::new));
    }
    verdict.report();
  }

  private static void database(RuleContext context, Resource database) {
    Verdict verdict =
        context
            .verdict(database, "SQL database '" + database.name() + "'")
            .dependsOn(SQL_DATABASES, SQL_TRANSPARENT_DATA_ENCRYPTION);
    List<Resource> tde = context.snapshot().children(database, SQL_TRANSPARENT_DATA_ENCRYPTION);
    Fix fix = Fix.NONE;
    if (tde.isEmpty()) {
      verdict.unknown(
          "its transparent data encryption setting is not in the snapshot",
          Evidence.absent(database.id(), "no transparentDataEncryption/current", "state Enabled"));
    } else {
      Json state = tde.get(0).properties().get("state");
      boolean on = state.textEqualsIgnoreCase("Enabled");
      verdict.check(
          on,
          "transparent data encryption is on",
          "transparent data encryption is off",
          Evidence.of(state, "\"Enabled\""));
      if (!on) {
        fix = turnOnTransparentDataEncryption(tde.get(0), database);
      }
    }
    verdict.fix(fix).report();
  }

  /**
   * A PUT of the database's {@code transparentDataEncryption/current} with state Enabled
   * (TransparentDataEncryptions_CreateOrUpdate in azure-rest-api-specs
   * specification/sql/resource-manager/Microsoft.Sql/stable/2021-11-01/TransparentDataEncryptions.json).
   */
  private static Fix turnOnTransparentDataEncryption(Resource tde, Resource database) {
    return Fix.of(
        ArmChange.put(
            tde.id().toString(),
            SQL_TRANSPARENT_DATA_ENCRYPTION.toString(),
            "2021-11-01",
            Map.of("properties", Map.of("state", "Enabled")),
            "Turn on transparent data encryption on SQL database '" + database.name() + "'."));
  }

  private void storage(RuleContext context, Resource account) {
    Verdict verdict =
        context
            .verdict(account, "Storage account '" + account.name() + "'")
            .dependsOn(STORAGE_ACCOUNTS);
    Json encryption = account.properties().get("encryption");
    // Azure Storage encrypts every account's data at rest, and that cannot be turned off: the
    // API documents services.*.enabled as informational. A false there comes from an old or
    // hand-made record, not from data lying unencrypted, and no request could set it true, so
    // it is shown as observed but decides nothing.
    Json blob = encryption.at("/services/blob/enabled");
    verdict.pass(
        blob.bool().orElse(true)
            ? "service-side encryption is on"
            : "service-side encryption is on, as Azure Storage encrypts all data at rest (the"
                + " record's services.blob.enabled reads false, which Azure no longer allows)",
        Evidence.of(blob, "true"));
    Json infrastructure = encryption.get("requireInfrastructureEncryption");
    if (options().requireStorageInfrastructureEncryption()) {
      verdict.check(
          infrastructure.isTrue(),
          "infrastructure encryption is on",
          "infrastructure (double) encryption is off, and the options require it",
          Evidence.of(infrastructure, "true"));
    }
    Json keySource = encryption.get("keySource");
    if (options().requireStorageCustomerManagedKeys()) {
      verdict.check(
          keySource.textEqualsIgnoreCase("Microsoft.Keyvault"),
          "it uses customer-managed keys",
          "it uses Microsoft-managed keys, and the options require customer-managed keys",
          Evidence.of(keySource, "\"Microsoft.Keyvault\""));
    }
    verdict.report();
  }
}
