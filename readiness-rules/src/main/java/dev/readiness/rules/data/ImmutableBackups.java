package dev.readiness.rules.data;

import static dev.readiness.rules.types.AzureTypes.BACKUP_VAULTS;
import static dev.readiness.rules.types.AzureTypes.RECOVERY_SERVICES_VAULTS;

import dev.readiness.api.Category;
import dev.readiness.api.Evidence;
import dev.readiness.api.Json;
import dev.readiness.api.Remediation;
import dev.readiness.api.Resource;
import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleMetadata;
import dev.readiness.api.Severity;
import dev.readiness.rules.checklist.ChecklistOptions;
import dev.readiness.rules.checklist.ChecklistRow;
import dev.readiness.rules.support.ChecklistRule;
import dev.readiness.rules.support.Verdict;
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

  @Override
  public void evaluate(RuleContext context) {
    for (Resource vault : context.resources(RECOVERY_SERVICES_VAULTS)) {
      Json softDelete = vault.at("/properties/securitySettings/softDeleteSettings/softDeleteState");
      verdict(vault, softDelete)
          .dependsOn(RECOVERY_SERVICES_VAULTS)
          .report(context.report(vault), "Recovery Services vault '" + vault.name() + "'");
    }
    for (Resource vault : context.resources(BACKUP_VAULTS)) {
      Json softDelete = vault.at("/properties/securitySettings/softDeleteSettings/state");
      verdict(vault, softDelete)
          .dependsOn(BACKUP_VAULTS)
          .report(context.report(vault), "Backup vault '" + vault.name() + "'");
    }
  }

  private static Verdict verdict(Resource vault, Json softDelete) {
    Verdict verdict = new Verdict();
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
          SOFT_DELETE_ON.contains(softDelete.textOr("").toLowerCase(java.util.Locale.ROOT)),
          "soft delete is " + softDelete.textOr(""),
          "soft delete is " + softDelete.textOr("off"),
          soft);
    }
    return verdict;
  }
}
