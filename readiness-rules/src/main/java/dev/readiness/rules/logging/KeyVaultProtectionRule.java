package dev.readiness.rules.logging;

import static dev.readiness.rules.types.AzureTypes.DIAGNOSTIC_SETTINGS;
import static dev.readiness.rules.types.AzureTypes.KEY_VAULTS;

import dev.readiness.api.ArmChange;
import dev.readiness.api.Category;
import dev.readiness.api.Change;
import dev.readiness.api.Evidence;
import dev.readiness.api.Fix;
import dev.readiness.api.HumanStep;
import dev.readiness.api.Json;
import dev.readiness.api.Remediation;
import dev.readiness.api.Resource;
import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleMetadata;
import dev.readiness.api.Severity;
import dev.readiness.api.Verdict;
import dev.readiness.rules.checklist.ChecklistRow;
import dev.readiness.rules.support.ChecklistRule;
import dev.readiness.rules.support.DiagnosticLogs;
import dev.readiness.rules.support.LogRouting;
import dev.readiness.rules.support.ResourceLabels;
import dev.readiness.rules.support.Texts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * FR-DATA-03: key vaults keep deleted keys and secrets recoverable (soft delete and purge
 * protection), authorize through Azure RBAC, and log every access (AuditEvent).
 */
public final class KeyVaultProtectionRule extends ChecklistRule {
  private static final List<String> AUDIT = List.of("AuditEvent");

  /**
   * The vault API version the fix PATCHes with (Vaults_Update); its VaultPatchProperties carry
   * enableSoftDelete, enablePurgeProtection and enableRbacAuthorization (azure-rest-api-specs
   * specification/keyvault/resource-manager/Microsoft.KeyVault/KeyVault/stable/2023-07-01/keyvault.json).
   */
  private static final String VAULT_API_VERSION = "2023-07-01";

  /** The rule; it has no thresholds of its own. */
  public KeyVaultProtectionRule() {
    super(
        RuleMetadata.builder("FR-DATA-03")
            .title("Key vaults protected and audited")
            .category(Category.DATA_PROTECTION)
            .severity(
                Severity.HIGH,
                "An attacker who can purge keys or read secrets unlogged destroys or steals"
                    + " evidence.")
            .rationale(
                "Who used which key or read which secret, and can a deleted key still be"
                    + " recovered? Soft delete and purge protection keep deleted keys for the"
                    + " retention period, RBAC authorization ties every access to an Entra"
                    + " identity, and the AuditEvent log records it.")
            .remediation(
                Remediation.of(
                        "Key vault > Properties: enable purge protection; Access configuration:"
                            + " choose 'Azure role-based access control'; Diagnostic settings: send"
                            + " the 'audit' category group to the central workspace.",
                        "az keyvault update --name <vault> --enable-purge-protection true"
                            + " --enable-rbac-authorization true")
                    .withBicep(
                        "resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {\n"
                            + "  name: 'kv-prod'\n"
                            + "  location: location\n"
                            + "  properties: {\n"
                            + "    tenantId: tenant().tenantId\n"
                            + "    sku: { family: 'A', name: 'standard' }\n"
                            + "    enableSoftDelete: true\n"
                            + "    enablePurgeProtection: true\n"
                            + "    enableRbacAuthorization: true\n"
                            + "  }\n"
                            + "}"))
            .learnMore("https://learn.microsoft.com/azure/key-vault/general/soft-delete-overview")
            .controls("MCSB DP-8", "MCSB LT-3", "CIS Azure 1.3.0 8.4")
            .peerChecks(
                "Prowler keyvault_recoverable",
                "Prowler keyvault_rbac_enabled",
                "Prowler keyvault_logging_enabled",
                "PSRule Azure.KeyVault.SoftDelete",
                "PSRule Azure.KeyVault.PurgeProtect",
                "PSRule Azure.KeyVault.RBAC",
                "PSRule Azure.KeyVault.Logs",
                "Azure Policy 'Key vaults should have deletion protection enabled'",
                "Azure Policy 'Azure Key Vault should use RBAC permission model'")
            .checklistItems(ChecklistRow.KEY_VAULT.text())
            .reads(KEY_VAULTS, DIAGNOSTIC_SETTINGS)
            .optionallyReads(DiagnosticLogs.CATEGORY_GROUP_MEMBERS)
            .build());
  }

  @Override
  public void evaluate(RuleContext context) {
    for (Resource vault : context.resources(KEY_VAULTS)) {
      List<String> gaps = new ArrayList<>();
      List<Evidence> evidence = new ArrayList<>();
      // Soft delete is on for every vault since Microsoft enforced it; only an explicit false
      // fails.
      Json softDelete = vault.properties().get("enableSoftDelete");
      check(softDelete, softDelete.bool().orElse(true), "soft delete is off", gaps, evidence);
      Json purge = vault.properties().get("enablePurgeProtection");
      check(purge, purge.isTrue(), "purge protection is off", gaps, evidence);
      Json rbac = vault.properties().get("enableRbacAuthorization");
      check(
          rbac,
          rbac.isTrue(),
          "access policies instead of Azure RBAC authorize access",
          gaps,
          evidence);
      LogRouting routing = DiagnosticLogs.route(context.snapshot(), vault.id(), KEY_VAULTS, AUDIT);
      evidence.addAll(routing.evidence());
      Verdict finding = context.verdict(vault).evidence(evidence);
      String label = ResourceLabels.of(vault);
      boolean auditUnknown = routing.unknownReason().isPresent();
      boolean auditMissing = !auditUnknown && !routing.complete();
      if (auditMissing) {
        gaps.add("AuditEvent is not exported (" + routing.gapClause() + ")");
      }
      if (!gaps.isEmpty()) {
        List<Change> changes = new ArrayList<>(protect(vault));
        if (auditMissing) {
          changes.addAll(
              DiagnosticLogs.exportFix(context.snapshot(), vault.id(), KEY_VAULTS, AUDIT)
                  .changes());
        }
        finding.fix(Fix.of(changes));
        if (auditUnknown) {
          // The failing parts are the vault's own properties; the unknown audit part must not
          // turn them into UNKNOWN.
          finding.dependsOn(KEY_VAULTS);
        }
        finding
            .fail(
                label
                    + ": "
                    + Texts.joinClauses(gaps)
                    + ", so a purged key or an unlogged secret read could not be investigated."
                    + (auditUnknown
                        ? " Whether it logs AuditEvent could not be decided: "
                            + routing.unknownReason().get()
                            + "."
                        : ""))
            .report();
      } else if (auditUnknown) {
        finding
            .dependsOn(KEY_VAULTS)
            .unknown(
                label
                    + " is recoverable and uses RBAC, but whether it logs AuditEvent is unknown: "
                    + routing.unknownReason().get()
                    + ".")
            .report();
      } else {
        finding
            .pass(
                label
                    + " has soft delete, purge protection and RBAC authorization on and exports"
                    + " AuditEvent to "
                    + routing.destinationsClause()
                    + ".")
            .report();
      }
    }
  }

  /**
   * The vault's own changes: a PATCH turning on soft delete and purge protection where they are off
   * (purge protection cannot be turned off again, so only this vault is touched), and a person's
   * step to move from access policies to Azure RBAC. The move is not automated because once RBAC
   * authorizes, the vault's access policies no longer grant anything: every identity reading
   * secrets by an access policy loses access until it is given a role
   * (https://learn.microsoft.com/azure/key-vault/general/rbac-migration).
   */
  private static List<Change> protect(Resource vault) {
    String vaultName = "key vault '" + vault.name() + "'";
    Map<String, Object> properties = new LinkedHashMap<>();
    List<String> turnedOn = new ArrayList<>();
    if (!vault.properties().get("enableSoftDelete").bool().orElse(true)) {
      properties.put("enableSoftDelete", true);
      turnedOn.add("soft delete");
    }
    if (!vault.properties().get("enablePurgeProtection").isTrue()) {
      properties.put("enablePurgeProtection", true);
      turnedOn.add("purge protection");
    }
    List<Change> changes = new ArrayList<>();
    if (!properties.isEmpty()) {
      changes.add(
          ArmChange.patch(
              vault.id().toString(),
              KEY_VAULTS.toString(),
              VAULT_API_VERSION,
              Map.of("properties", properties),
              "Turn on " + Texts.joinClauses(turnedOn) + " on " + vaultName + "."));
    }
    if (!vault.properties().get("enableRbacAuthorization").isTrue()) {
      changes.add(
          new HumanStep(
              "Give each identity that reads "
                  + vaultName
                  + " through an access policy the matching Key Vault role (such as Key Vault"
                  + " Secrets User) on the vault, then set its permission model to Azure"
                  + " role-based access control: once RBAC authorizes, the access policies grant"
                  + " nothing and whoever still relies on one loses access.",
              "The vault's owner, with a User Access Administrator or Owner to assign the roles"));
    }
    return changes;
  }

  private static void check(
      Json value, boolean ok, String gap, List<String> gaps, List<Evidence> evidence) {
    evidence.add(Evidence.of(value, "true"));
    if (!ok) {
      gaps.add(gap);
    }
  }
}
