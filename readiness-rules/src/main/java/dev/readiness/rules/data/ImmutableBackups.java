package dev.readiness.rules.data;

import static dev.readiness.rules.types.AzureTypes.BACKUP_VAULTS;
import static dev.readiness.rules.types.AzureTypes.RECOVERY_SERVICES_VAULTS;

import dev.readiness.api.ArmChange;
import dev.readiness.api.Category;
import dev.readiness.api.Evidence;
import dev.readiness.api.Fix;
import dev.readiness.api.Json;
import dev.readiness.api.Remediation;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceType;
import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleMetadata;
import dev.readiness.api.Severity;
import dev.readiness.api.Verdict;
import dev.readiness.rules.checklist.ChecklistOptions;
import dev.readiness.rules.checklist.ChecklistRow;
import dev.readiness.rules.support.ChecklistRule;
import dev.readiness.rules.support.Texts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * FR-DATA-05: Recovery Services and Backup vaults keep backups immutable and soft-deleted. Locked
 * immutability passes; Unlocked passes with a warning, because an administrator can still turn it
 * off; Disabled fails.
 */
public final class ImmutableBackups extends ChecklistRule {
  private static final Set<String> SOFT_DELETE_ON = Set.of("enabled", "alwayson", "on");

  private static final RuleMetadata METADATA =
      RuleMetadata.builder("FR-DATA-05")
          .title("Backup vaults are immutable with soft delete on")
          .category(Category.DATA_PROTECTION)
          .severity(
              Severity.HIGH,
              "Attackers delete backups first; without immutability and soft delete the disk"
                  + " evidence is gone before anyone looks.")
          .rationale(
              "Protects the question 'what did the system look like before the attack?': backups"
                  + " are the only copy of disks and databases from before the intrusion, and"
                  + " immutability and soft delete keep an intruder with vault rights from"
                  + " destroying them.")
          .remediation(
              Remediation.of(
                  "Azure portal > Recovery Services vaults (or Backup vaults) > (vault) >"
                      + " Properties > Immutable vault: enable and lock; Security settings >"
                      + " Soft delete: enable (always-on where offered).",
                  "az backup vault update --resource-group <rg> --name <vault>"
                      + " --immutability-state Locked && az backup vault backup-properties set"
                      + " --resource-group <rg> --name <vault> --soft-delete-feature-state"
                      + " AlwaysON"))
          .learnMore(
              "https://learn.microsoft.com/azure/backup/backup-azure-immutable-vault-concept")
          .controls("MCSB BR-2")
          .peerChecks("PSRule for Azure Azure.RSV.Immutable")
          .checklistItems(ChecklistRow.IMMUTABLE_BACKUPS.text())
          .reads(RECOVERY_SERVICES_VAULTS, BACKUP_VAULTS)
          .reportsOnEach(RECOVERY_SERVICES_VAULTS, BACKUP_VAULTS)
          .build();

  /** The rule; it has no thresholds. */
  public ImmutableBackups(ChecklistOptions options) {
    super(METADATA, options);
  }

  /**
   * A Recovery Services vault: PATCH of the vault (2024-04-01), whose securitySettings carry
   * immutabilitySettings.state (Disabled, Unlocked, Locked) and softDeleteSettings.softDeleteState
   * (Enabled, Disabled, AlwaysON) (azure-rest-api-specs
   * specification/recoveryservices/resource-manager/Microsoft.RecoveryServices/stable/2024-04-01/vaults.json,
   * PatchVault).
   */
  private static final VaultShape RECOVERY_SERVICES =
      new VaultShape(
          RECOVERY_SERVICES_VAULTS,
          "Recovery Services vault",
          "2024-04-01",
          "softDeleteState",
          "Enabled");

  /**
   * A Backup vault: PATCH of the vault (2024-04-01), whose PatchBackupVaultInput carries
   * securitySettings.immutabilitySettings.state and softDeleteSettings.state (Off, On, AlwaysOn)
   * (azure-rest-api-specs
   * specification/dataprotection/resource-manager/Microsoft.DataProtection/stable/2024-04-01/dataprotection.json).
   */
  private static final VaultShape BACKUP =
      new VaultShape(BACKUP_VAULTS, "Backup vault", "2024-04-01", "state", "On");

  @Override
  public void evaluate(RuleContext context) {
    for (VaultShape shape : List.of(RECOVERY_SERVICES, BACKUP)) {
      for (Resource vault : context.resources(shape.type())) {
        Json softDelete =
            vault.at("/properties/securitySettings/softDeleteSettings/" + shape.softDeleteField());
        judge(context.verdict(vault, shape.label() + " '" + vault.name() + "'"), vault, softDelete)
            .dependsOn(shape.type())
            .fix(fix(vault, shape, softDelete))
            .report();
      }
    }
  }

  /**
   * The PATCH turning on what is off. Immutability goes to Unlocked, not Locked: a lock can never
   * be undone, so locking stays the vault owner's decision (the rule passes Unlocked with a
   * warning). Soft delete goes to its reversible "on" state rather than always-on for the same
   * reason (https://learn.microsoft.com/azure/backup/backup-azure-immutable-vault-concept).
   */
  private static Fix fix(Resource vault, VaultShape shape, Json softDelete) {
    Map<String, Object> settings = new LinkedHashMap<>();
    List<String> turnedOn = new ArrayList<>();
    if (!isImmutable(vault.at("/properties/securitySettings/immutabilitySettings/state"))) {
      settings.put("immutabilitySettings", Map.of("state", "Unlocked"));
      turnedOn.add("immutability (Unlocked)");
    }
    if (!softDelete.isMissingOrNull() && !isOn(softDelete)) {
      settings.put("softDeleteSettings", Map.of(shape.softDeleteField(), shape.softDeleteOn()));
      turnedOn.add("soft delete");
    }
    if (settings.isEmpty()) {
      return Fix.NONE;
    }
    return Fix.of(
        ArmChange.patch(
            vault.id().toString(),
            shape.type().toString(),
            shape.apiVersion(),
            Map.of("properties", Map.of("securitySettings", settings)),
            "Turn on "
                + Texts.joinClauses(turnedOn)
                + " on "
                + shape.label()
                + " '"
                + vault.name()
                + "'."));
  }

  private static boolean isImmutable(Json immutability) {
    return immutability.textEqualsIgnoreCase("Locked")
        || immutability.textEqualsIgnoreCase("Unlocked");
  }

  private static boolean isOn(Json softDelete) {
    return SOFT_DELETE_ON.contains(softDelete.textOr("").toLowerCase(Locale.ROOT));
  }

  /** Where a kind of vault keeps its soft delete state, and how its PATCH turns it on. */
  private record VaultShape(
      ResourceType type,
      String label,
      String apiVersion,
      String softDeleteField,
      String softDeleteOn) {}

  private static Verdict judge(Verdict verdict, Resource vault, Json softDelete) {
    Json immutability = vault.at("/properties/securitySettings/immutabilitySettings/state");
    Evidence immutable = Evidence.of(immutability, "\"Locked\"");
    if (immutability.textEqualsIgnoreCase("Locked")) {
      verdict.pass("immutability is locked", immutable);
    } else if (immutability.textEqualsIgnoreCase("Unlocked")) {
      verdict.pass(
          "immutability is on but Unlocked (warning: an administrator can still turn it off;"
              + " lock it to make it irreversible)",
          immutable);
    } else {
      verdict.fail(
          "immutability is "
              + (immutability.isMissingOrNull() ? "not configured" : immutability.textOr("off")),
          immutable);
    }
    Evidence soft = Evidence.of(softDelete, "\"AlwaysON\" or \"Enabled\"");
    if (softDelete.isMissingOrNull()) {
      verdict.unknown("its soft delete state is not in the snapshot", soft);
    } else {
      verdict.check(
          isOn(softDelete),
          "soft delete is " + softDelete.textOr(""),
          "soft delete is " + softDelete.textOr("off"),
          soft);
    }
    return verdict;
  }
}
