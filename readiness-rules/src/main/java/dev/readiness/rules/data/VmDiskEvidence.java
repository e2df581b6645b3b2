package dev.readiness.rules.data;

import static dev.readiness.rules.types.AzureTypes.BACKUP_PROTECTED_ITEMS;
import static dev.readiness.rules.types.AzureTypes.RESTORE_POINT_COLLECTIONS;
import static dev.readiness.rules.types.AzureTypes.VIRTUAL_MACHINES;

import dev.readiness.api.ArmChange;
import dev.readiness.api.Category;
import dev.readiness.api.Evidence;
import dev.readiness.api.Fix;
import dev.readiness.api.FixParameter;
import dev.readiness.api.HumanStep;
import dev.readiness.api.Json;
import dev.readiness.api.Remediation;
import dev.readiness.api.Resource;
import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleMetadata;
import dev.readiness.api.Severity;
import dev.readiness.rules.checklist.ChecklistOptions;
import dev.readiness.rules.checklist.ChecklistRow;
import dev.readiness.rules.support.ChecklistRule;
import dev.readiness.rules.support.Durations;
import dev.readiness.rules.support.FixParameters;
import dev.readiness.rules.support.Scopes;
import dev.readiness.rules.support.Texts;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * FR-DATA-07: every VM has disk evidence: a healthy Azure Backup protected item, or a restore point
 * collection whose newest restore point is recent enough.
 */
public final class VmDiskEvidence extends ChecklistRule {
  private static final FixParameter[] VAULT = {
    FixParameters.BACKUP_VAULT_RESOURCE_GROUP, FixParameters.BACKUP_VAULT_NAME
  };

  private static final RuleMetadata METADATA =
      RuleMetadata.builder("FR-DATA-07")
          .title("VMs have backups or recent restore points")
          .category(Category.DATA_PROTECTION)
          .severity(
              Severity.HIGH,
              "Without a disk copy, the binaries and persistence an attacker left on a VM cannot"
                  + " be examined once the VM is cleaned or rebuilt.")
          .rationale(
              "Protects the question 'what was on the disk at the time?': a backup recovery point"
                  + " or restore point preserves the disk state so responders can mount it and"
                  + " recover binaries, persistence and local logs, even after the attacker wiped"
                  + " the live VM.")
          .remediation(
              Remediation.of(
                      "Azure portal > Virtual machines > (VM) > Operations > Backup: enable"
                          + " backup to a Recovery Services vault with a daily policy; or Restore"
                          + " points > Create a restore point collection and schedule restore"
                          + " points.",
                      "az backup protection enable-for-vm --resource-group <vault-rg>"
                          + " --vault-name <vault> --vm <vm-id> --policy-name DefaultPolicy")
                  .withBicep(
                      "resource item 'Microsoft.RecoveryServices/vaults/backupFabrics/"
                          + "protectionContainers/protectedItems@2024-04-01' = {\n"
                          + "  name: '${vaultName}/Azure/iaasvmcontainer;iaasvmcontainerv2;${rg};"
                          + "${vmName}/vm;iaasvmcontainerv2;${rg};${vmName}'\n"
                          + "  properties: {\n"
                          + "    protectedItemType: 'Microsoft.Compute/virtualMachines'\n"
                          + "    policyId: policy.id\n"
                          + "    sourceResourceId: vm.id\n"
                          + "  }\n"
                          + "}"))
          .learnMore("https://learn.microsoft.com/azure/backup/backup-azure-vms-introduction")
          .controls("MCSB BR-1")
          .peerChecks("Prowler vm_backup_enabled", "Prowler recovery_vault_has_protected_items")
          .checklistItems(ChecklistRow.VM_RESTORE_POINTS_OR_BACKUPS.text())
          .reads(VIRTUAL_MACHINES, BACKUP_PROTECTED_ITEMS, RESTORE_POINT_COLLECTIONS)
          .build();

  /** The rule with the restore point age limit of {@code options}. */
  public VmDiskEvidence(ChecklistOptions options) {
    super(METADATA, options);
  }

  @Override
  public void evaluate(RuleContext context) {
    Map<String, List<Resource>> protectedItems =
        byReferencedId(
            context.resources(BACKUP_PROTECTED_ITEMS),
            "/properties/sourceResourceId",
            "/properties/virtualMachineId",
            "/properties/dataSourceInfo/resourceID");
    Map<String, List<Resource>> restorePoints =
        byReferencedId(context.resources(RESTORE_POINT_COLLECTIONS), "/properties/source/id");
    for (Resource vm : context.resources(VIRTUAL_MACHINES)) {
      List<Evidence> evidence = new ArrayList<>();
      List<String> shortfalls = new ArrayList<>();
      List<String> undecided = new ArrayList<>();
      boolean unprotected = false;
      String subject = "VM '" + vm.name() + "'";

      List<String> backupGap = Scopes.notCollected(context, vm.id(), BACKUP_PROTECTED_ITEMS);
      if (backupGap.isEmpty()) {
        List<Resource> items = protectedItems.getOrDefault(vm.id().key(), List.of());
        Optional<Resource> healthy = items.stream().filter(VmDiskEvidence::healthy).findFirst();
        if (healthy.isPresent()) {
          Json state = healthy.get().properties().get("protectionState");
          context
              .verdict(vm)
              .evidence(Evidence.of(state, "\"Protected\""))
              .dependsOn(VIRTUAL_MACHINES, BACKUP_PROTECTED_ITEMS)
              .pass(
                  subject
                      + " is protected by Azure Backup"
                      + healthy
                          .get()
                          .properties()
                          .get("lastBackupTime")
                          .text()
                          .map(t -> " (last backup " + t + ")")
                          .orElse("")
                      + ".")
              .report();
          continue;
        }
        if (items.isEmpty()) {
          unprotected = true;
          shortfalls.add("no Azure Backup protected item");
          evidence.add(
              Evidence.absent(
                  vm.id(),
                  "no backup protected item for this VM",
                  "a protected item in a healthy state"));
        } else {
          Json state = items.get(0).properties().get("protectionState");
          shortfalls.add("its Azure Backup item is not healthy (" + state.textOr("no state") + ")");
          evidence.add(Evidence.of(state, "\"Protected\" with a completed last backup"));
        }
      } else {
        undecided.addAll(backupGap);
      }

      List<String> pointsGap = Scopes.notCollected(context, vm.id(), RESTORE_POINT_COLLECTIONS);
      if (pointsGap.isEmpty()) {
        Optional<Json> newest = Optional.empty();
        boolean pointsMissing = false;
        for (Resource collection : restorePoints.getOrDefault(vm.id().key(), List.of())) {
          Json points = collection.properties().get("restorePoints");
          pointsMissing |= points.isMissing();
          for (Json point : points.items()) {
            Json created = point.at("/properties/timeCreated");
            if (newest.isEmpty() || instant(created).isAfter(instant(newest.get()))) {
              newest = Optional.of(created);
            }
          }
        }
        int maxAge = options().restorePointMaxAgeDays();
        if (newest.isPresent()) {
          long age = Duration.between(instant(newest.get()), context.now()).toDays();
          if (age <= maxAge) {
            context
                .verdict(vm)
                .evidence(Evidence.of(newest.get(), "within " + maxAge + " days"))
                .dependsOn(VIRTUAL_MACHINES, RESTORE_POINT_COLLECTIONS)
                .pass(subject + " has a restore point " + age + " days old (limit " + maxAge + ").")
                .report();
            continue;
          }
          shortfalls.add(
              "its newest restore point is "
                  + age
                  + " days old, more than the "
                  + maxAge
                  + " allowed");
          evidence.add(Evidence.of(newest.get(), "within " + maxAge + " days"));
        } else if (pointsMissing) {
          undecided.add("its restore point collection was read without its restore points");
        } else {
          shortfalls.add("no restore point");
          evidence.add(
              Evidence.absent(
                  vm.id(),
                  "no restore point collection with restore points for this VM",
                  "a restore point within " + maxAge + " days"));
        }
      } else {
        undecided.addAll(pointsGap);
      }

      if (undecided.isEmpty()) {
        context
            .verdict(vm)
            .evidence(evidence)
            .fix(unprotected ? Fix.of(List.of(backUp(vm), firstBackup(vm)), VAULT) : Fix.NONE)
            .fail(subject + " has no disk evidence: " + Texts.joinClauses(shortfalls) + ".")
            .report();
      } else {
        context
            .verdict(vm)
            .evidence(evidence)
            .unknown(
                subject
                    + " shows no disk evidence"
                    + (shortfalls.isEmpty() ? "" : " (" + Texts.joinClauses(shortfalls) + ")")
                    + ", but the rest is unknown: "
                    + Texts.joinClauses(undecided)
                    + ".")
            .report();
      }
    }
  }

  /**
   * Protects the VM with Azure Backup: a PUT of its protected item under the chosen vault, in the
   * container Azure Backup names after the VM's resource group and name, with protectedItemType,
   * sourceResourceId and policyId (azure-rest-api-specs
   * specification/recoveryservicesbackup/resource-manager/Microsoft.RecoveryServices/stable/2023-06-01/examples/AzureIaasVm/ConfigureProtection.json;
   * path
   * {vault}/backupFabrics/Azure/protectionContainers/IaasVMContainer;iaasvmcontainerv2;{rg};{vm}/protectedItems/VM;iaasvmcontainerv2;{rg};{vm}).
   */
  private static ArmChange backUp(Resource vm) {
    String container =
        "iaasvmcontainerv2;" + vm.id().resourceGroup().orElseThrow() + ";" + vm.name();
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("protectedItemType", "Microsoft.Compute/virtualMachines");
    properties.put("sourceResourceId", vm.id().toString());
    properties.put("policyId", FixParameters.BACKUP_POLICY_ID);
    return ArmChange.put(
            "/subscriptions/"
                + vm.id().subscriptionId().orElseThrow()
                + "/resourceGroups/"
                + FixParameters.BACKUP_VAULT_RESOURCE_GROUP.inId()
                + "/providers/Microsoft.RecoveryServices/vaults/"
                + FixParameters.BACKUP_VAULT_NAME.inId()
                + "/backupFabrics/Azure/protectionContainers/IaasVMContainer;"
                + container
                + "/protectedItems/VM;"
                + container,
            BACKUP_PROTECTED_ITEMS.toString(),
            "2024-04-01",
            Map.of("properties", properties),
            "Back VM '" + vm.name() + "' up with Azure Backup, in the chosen vault and policy.")
        .costing(
            "Azure Backup bills a monthly fee per protected VM by its size, plus the vault"
                + " storage its recovery points use (see the Azure Backup pricing page).");
  }

  /**
   * Protection alone keeps no disk yet: the first recovery point is taken at the policy's next
   * scheduled time, or at once by "Backup now" (an action, not a resource a deployment creates).
   */
  private static HumanStep firstBackup(Resource vm) {
    return new HumanStep(
        "Run 'Backup now' on VM '"
            + vm.name()
            + "' (or wait for the policy's next scheduled backup): until the first recovery point"
            + " exists, the VM's disk is not kept.",
        "the backup operator");
  }

  /**
   * {@code resources} by the key of each id they name at {@code pointers}, in one pass so that
   * looking up every VM stays linear; each list keeps the snapshot's order.
   */
  private static Map<String, List<Resource>> byReferencedId(
      List<Resource> resources, String... pointers) {
    Map<String, List<Resource>> byId = new HashMap<>();
    for (Resource resource : resources) {
      Set<String> ids = new HashSet<>();
      for (String pointer : pointers) {
        resource.at(pointer).text().ifPresent(id -> ids.add(id.toLowerCase(Locale.ROOT)));
      }
      ids.forEach(id -> byId.computeIfAbsent(id, i -> new ArrayList<>()).add(resource));
    }
    return byId;
  }

  private static boolean healthy(Resource item) {
    Json properties = item.properties();
    return properties.get("protectionState").textEqualsIgnoreCase("Protected")
        && !properties.get("lastBackupStatus").textEqualsIgnoreCase("Failed");
  }

  private static Instant instant(Json timestamp) {
    return Durations.instant(timestamp.textOr("")).orElse(Instant.EPOCH);
  }
}
