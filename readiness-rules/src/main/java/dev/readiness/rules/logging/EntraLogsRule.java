package dev.readiness.rules.logging;

import static dev.readiness.rules.types.AzureTypes.ENTRA_DIAGNOSTIC_SETTINGS;
import static dev.readiness.rules.types.AzureTypes.MANAGEMENT_POLICIES;
import static dev.readiness.rules.types.AzureTypes.STORAGE_ACCOUNTS;
import static dev.readiness.rules.types.AzureTypes.TENANT;
import static dev.readiness.rules.types.AzureTypes.WORKSPACES;
import static dev.readiness.rules.types.AzureTypes.WORKSPACE_TABLES;

import dev.readiness.api.Category;
import dev.readiness.api.Remediation;
import dev.readiness.api.ResourceId;
import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleMetadata;
import dev.readiness.api.Severity;
import dev.readiness.api.Target;
import dev.readiness.api.Verdict;
import dev.readiness.rules.checklist.ChecklistOptions;
import dev.readiness.rules.checklist.ChecklistRow;
import dev.readiness.rules.support.ChecklistRule;
import dev.readiness.rules.support.DiagnosticLogs;
import dev.readiness.rules.support.LogRouting;
import dev.readiness.rules.support.RetentionVerdict;
import dev.readiness.rules.support.Texts;
import java.util.List;

/**
 * FR-IAM-05: a {@code microsoft.aadiam} diagnostic setting exports the Entra ID audit and sign-in
 * logs to a destination that keeps them at least the threshold.
 */
public final class EntraLogsRule extends ChecklistRule {
  private final List<String> categories;
  private final int retentionDays;

  /** The rule with the Entra ID categories and retention threshold of {@code options}. */
  public EntraLogsRule(ChecklistOptions options) {
    super(
        RuleMetadata.builder("FR-IAM-05")
            .title("Entra ID sign-in and audit logs exported and kept")
            .category(Category.IDENTITY_AND_ACCESS)
            .severity(
                Severity.CRITICAL,
                "Entra ID keeps sign-ins 30 days at most; a stolen identity is then untraceable.")
            .rationale(
                "Which account signed in from where, with which app, and who changed roles,"
                    + " apps or credentials? Entra ID keeps these logs 7 to 30 days; only a"
                    + " diagnostic setting exporting AuditLogs and every sign-in log type keeps"
                    + " them for an investigation that starts months later.")
            .remediation(
                Remediation.of(
                    "Microsoft Entra admin center > Identity > Monitoring & health > Diagnostic"
                        + " settings > Add diagnostic setting: tick AuditLogs, SignInLogs,"
                        + " NonInteractiveUserSignInLogs, ServicePrincipalSignInLogs and"
                        + " ManagedIdentitySignInLogs; send to the central Log Analytics"
                        + " workspace kept at least the required days.",
                    "az rest --method put --url 'https://management.azure.com/providers/"
                        + "microsoft.aadiam/diagnosticSettings/entra-to-law?api-version=2017-04-01'"
                        + " --body @entra-diagnostic-setting.json"))
            .learnMore(
                "https://learn.microsoft.com/entra/identity/monitoring-health/howto-integrate-activity-logs-with-azure-monitor-logs")
            .controls("MCSB LT-1", "MCSB LT-3", "MCSB LT-6")
            .checklistItems(ChecklistRow.ENTRA_LOGS_EXPORTED.text())
            .reads(ENTRA_DIAGNOSTIC_SETTINGS)
            .optionallyReads(WORKSPACES, WORKSPACE_TABLES, STORAGE_ACCOUNTS, MANAGEMENT_POLICIES)
            .build(),
        options);
    this.categories = options.entraLogCategories();
    this.retentionDays = options.retentionDays();
  }

  @Override
  public void evaluate(RuleContext context) {
    LogRouting routing =
        DiagnosticLogs.route(context.snapshot(), ResourceId.TENANT, TENANT, categories);
    Verdict finding = context.verdict(Target.tenant()).exports(routing);
    if (routing.unknownReason().isPresent()) {
      finding
          .unknown(
              "The Entra ID diagnostic settings are unknown: "
                  + routing.unknownReason().get()
                  + ".")
          .report();
    } else if (!routing.uncovered().isEmpty()) {
      finding
          .fix(DiagnosticLogs.entraFix(routing.uncovered()))
          .fail(
              "Entra ID does not export "
                  + Texts.joinClauses(routing.uncovered())
                  + ": "
                  + routing.gapClause()
                  + ", so who signed in where, and who changed which role or credential, could not be"
                  + " traced beyond the 30 days Entra ID keeps.")
          .report();
    } else {
      RetentionVerdict.of(routing, categories, retentionDays)
          .report(finding, "Entra ID", "a stolen identity used before then could not be traced");
    }
  }
}
