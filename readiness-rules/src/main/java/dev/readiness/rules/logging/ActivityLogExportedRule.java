package dev.readiness.rules.logging;

import static dev.readiness.rules.types.AzureTypes.DIAGNOSTIC_SETTINGS;
import static dev.readiness.rules.types.AzureTypes.SUBSCRIPTIONS;

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
import dev.readiness.rules.support.Destination;
import dev.readiness.rules.support.DiagnosticLogs;
import dev.readiness.rules.support.LogRouting;
import dev.readiness.rules.support.Texts;
import java.util.List;

/** FR-LOG-01: each subscription exports its Activity Log to a Log Analytics workspace. */
public final class ActivityLogExportedRule extends ChecklistRule {
  private final List<String> categories;

  /** The rule with the Activity Log categories of {@code options}. */
  public ActivityLogExportedRule(ChecklistOptions options) {
    super(
        RuleMetadata.builder("FR-LOG-01")
            .title("Activity Log exported to Log Analytics")
            .category(Category.LOGGING_AND_MONITORING)
            .severity(
                Severity.HIGH,
                "Without it, control-plane changes older than 90 days cannot be traced.")
            .rationale(
                "Who created, changed or deleted which resource, role assignment or policy, and"
                    + " when? The Activity Log answers it, but Azure keeps it only 90 days unless a"
                    + " diagnostic setting exports it to a workspace where it can be queried and"
                    + " kept.")
            .remediation(
                Remediation.of(
                        "Monitor > Activity log > Export Activity Logs > Add diagnostic setting:"
                            + " tick Administrative, Security, Policy and Alert (or allLogs) and"
                            + " choose 'Send to Log Analytics workspace'.",
                        "az monitor diagnostic-settings subscription create --name activity-to-law"
                            + " --location westeurope --workspace <workspace-resource-id> --logs"
                            + " '[{\"categoryGroup\":\"allLogs\",\"enabled\":true}]'")
                    .withBicep(
                        "targetScope = 'subscription'\n"
                            + "resource activity 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {\n"
                            + "  name: 'activity-to-law'\n"
                            + "  properties: {\n"
                            + "    workspaceId: workspaceId\n"
                            + "    logs: [ { categoryGroup: 'allLogs', enabled: true } ]\n"
                            + "  }\n"
                            + "}"))
            .learnMore("https://learn.microsoft.com/azure/azure-monitor/essentials/activity-log")
            .controls("MCSB LT-3", "MCSB LT-5", "CIS Azure 1.3.0 5.1.1", "CIS Azure 1.3.0 5.1.2")
            .peerChecks(
                "Prowler monitor_diagnostic_settings_exists",
                "Prowler monitor_diagnostic_setting_with_appropriate_categories")
            .checklistItems(ChecklistRow.ACTIVITY_LOG_EXPORTED.text())
            .reads(DIAGNOSTIC_SETTINGS)
            .build(),
        options);
    this.categories = options.activityLogCategories();
  }

  @Override
  public void evaluate(RuleContext context) {
    for (String subscription : context.snapshot().metadata().subscriptions()) {
      ResourceId id = ResourceId.subscription(subscription);
      LogRouting routing = DiagnosticLogs.route(context.snapshot(), id, SUBSCRIPTIONS, categories);
      List<String> missing = routing.uncovered(Destination.Kind.WORKSPACE);
      Verdict finding = context.verdict(Target.subscription(subscription)).exports(routing);
      if (routing.unknownReason().isPresent()) {
        finding
            .unknown(
                "The Activity Log settings of subscription '"
                    + subscription
                    + "' are unknown: "
                    + routing.unknownReason().get()
                    + ".")
            .report();
      } else if (missing.isEmpty()) {
        finding
            .pass(
                "Subscription '"
                    + subscription
                    + "' exports its "
                    + Texts.joinClauses(categories)
                    + " Activity Log events to "
                    + describe(routing)
                    + ".")
            .report();
      } else {
        finding
            .fix(DiagnosticLogs.activityLogFix(id, missing))
            .fail(
                "Subscription '"
                    + subscription
                    + "' does not export "
                    + Texts.joinClauses(missing)
                    + " Activity Log events to a Log Analytics workspace ("
                    + (routing.uncovered().isEmpty()
                        ? "its settings send them only to " + describe(routing)
                        : routing.gapClause())
                    + "): who changed which resource, role or policy could not be traced beyond"
                    + " the 90 days Azure keeps.")
            .report();
      }
    }
  }

  private static String describe(LogRouting routing) {
    return routing.destinationsClause();
  }
}
