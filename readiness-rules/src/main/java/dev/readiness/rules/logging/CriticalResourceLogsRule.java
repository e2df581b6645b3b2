package dev.readiness.rules.logging;

import static dev.readiness.rules.types.AzureTypes.DIAGNOSTIC_SETTINGS;

import dev.readiness.api.Category;
import dev.readiness.api.Remediation;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceType;
import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleMetadata;
import dev.readiness.api.Severity;
import dev.readiness.api.Verdict;
import dev.readiness.rules.checklist.ChecklistOptions;
import dev.readiness.rules.checklist.ChecklistRow;
import dev.readiness.rules.support.CategoryGroups;
import dev.readiness.rules.support.ChecklistRule;
import dev.readiness.rules.support.DiagnosticLogs;
import dev.readiness.rules.support.LogRouting;
import dev.readiness.rules.support.ResourceLabels;
import dev.readiness.rules.support.Texts;
import java.util.List;

/**
 * FR-LOG-03: every resource of a critical type exports its audit-relevant log categories through a
 * diagnostic setting with a destination.
 */
public final class CriticalResourceLogsRule extends ChecklistRule {

  /** The rule with the critical types and categories of {@code options}. */
  public CriticalResourceLogsRule(ChecklistOptions options) {
    super(
        RuleMetadata.builder("FR-LOG-03")
            .title("Diagnostic logs of critical resources exported")
            .category(Category.LOGGING_AND_MONITORING)
            .severity(
                Severity.HIGH,
                "Resource logs are the only record of data-plane access; Azure keeps none by"
                    + " default.")
            .rationale(
                "Who read which secret, which firewall rule let the traffic through, who signed"
                    + " in to which registry? Resource logs answer it only when a diagnostic setting"
                    + " exports them; an enabled categoryGroup allLogs covers every category, audit"
                    + " covers the audit categories.")
            .remediation(
                Remediation.of(
                        "Open the resource > Monitoring > Diagnostic settings > Add diagnostic"
                            + " setting: tick the 'allLogs' category group (or the required"
                            + " categories; 'audit' is enough only for key vaults, SQL databases,"
                            + " Automation accounts and Bastion hosts) and choose 'Send to Log"
                            + " Analytics workspace'. For a SQL database, also turn auditing on with"
                            + " Azure Monitor as a target, on the database or on its server (whose"
                            + " setting then goes on the master database).",
                        "az monitor diagnostic-settings create --name to-law --resource"
                            + " <resource-id> --workspace <workspace-resource-id> --logs"
                            + " '[{\"categoryGroup\":\"allLogs\",\"enabled\":true}]'")
                    .withBicep(
                        "resource diag 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {\n"
                            + "  scope: keyVault\n"
                            + "  name: 'to-law'\n"
                            + "  properties: {\n"
                            + "    workspaceId: workspaceId\n"
                            + "    logs: [ { categoryGroup: 'allLogs', enabled: true } ]\n"
                            + "  }\n"
                            + "}"))
            .learnMore(
                "https://learn.microsoft.com/azure/azure-monitor/essentials/diagnostic-settings")
            .controls("MCSB LT-3", "CIS Azure 1.3.0 5.1.5")
            .peerChecks(
                "Prowler keyvault_logging_enabled",
                "PSRule Azure.KeyVault.Logs",
                "Azure Policy 'Resource logs in Key Vault should be enabled'")
            .checklistItems(ChecklistRow.DIAGNOSTIC_LOGGING.text())
            .reads(DIAGNOSTIC_SETTINGS)
            .reads(options.criticalResourceCategories().keySet())
            .reportsOnEach(options.criticalResourceCategories().keySet())
            .optionallyReads(
                DiagnosticLogs.sourceStateTypes(options.criticalResourceCategories().keySet()))
            .build(),
        options);
  }

  @Override
  public void evaluate(RuleContext context) {
    for (ResourceType type : options().criticalResourceCategories().keySet()) {
      for (Resource resource : context.resources(type)) {
        List<String> wanted = options().criticalCategoriesOf(resource, type);
        LogRouting routing =
            DiagnosticLogs.routeResource(context.snapshot(), resource, type, wanted);
        Verdict finding = context.verdict(resource).exports(routing);
        String label = ResourceLabels.of(resource);
        if (routing.unknownReason().isPresent()) {
          finding
              .unknown(
                  "Whether "
                      + label
                      + " exports its logs is unknown: "
                      + routing.unknownReason().get()
                      + ".")
              .report();
        } else if (routing.complete()) {
          finding
              .pass(
                  label
                      + " exports "
                      + Texts.joinClauses(wanted)
                      + " to "
                      + routing.destinationsClause()
                      + ".")
              .report();
        } else {
          finding
              .fix(
                  DiagnosticLogs.exportFix(
                      context.snapshot(), resource.id(), type, routing.uncovered()))
              .fail(
                  label
                      + " does not export "
                      + Texts.joinClauses(routing.uncovered())
                      + ": "
                      + routing.gapClause()
                      + ", so what was done through it could not be investigated. A diagnostic"
                      + " setting with the '"
                      + CategoryGroups.groupCovering(
                          context.snapshot(), resource.id(), type, routing.uncovered())
                      + "' category group, or naming the categories, and a destination would export"
                      + " them.")
              .report();
        }
      }
    }
  }
}
