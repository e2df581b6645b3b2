package dev.readiness.rules.logging;

import static dev.readiness.rules.types.AzureTypes.SENTINEL_ALERT_RULES;
import static dev.readiness.rules.types.AzureTypes.SENTINEL_ONBOARDING_STATES;
import static dev.readiness.rules.types.AzureTypes.WORKSPACES;

import dev.readiness.api.ArmChange;
import dev.readiness.api.Category;
import dev.readiness.api.Evidence;
import dev.readiness.api.Fix;
import dev.readiness.api.HumanStep;
import dev.readiness.api.Remediation;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceId;
import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleMetadata;
import dev.readiness.api.Severity;
import dev.readiness.api.Target;
import dev.readiness.api.Verdict;
import dev.readiness.rules.checklist.ChecklistOptions;
import dev.readiness.rules.checklist.ChecklistRow;
import dev.readiness.rules.support.ChecklistRule;
import dev.readiness.rules.support.SentinelChanges;
import dev.readiness.rules.support.Texts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * FR-LOG-07: Microsoft Sentinel is onboarded on a workspace with at least one enabled analytics
 * rule: Scheduled, NRT, Fusion, Microsoft security incident creation, Threat Intelligence or ML
 * behavior analytics.
 */
public final class SentinelDetectionRule extends ChecklistRule {
  /**
   * Every analytics rule kind raises alerts (AlertRuleKind in azure-rest-api-specs
   * specification/securityinsights/resource-manager/Microsoft.SecurityInsights/stable/2024-09-01):
   * Threat Intelligence matching and ML behavior analytics rules detect as much as a scheduled one.
   */
  private static final Set<String> DETECTING_KINDS =
      Set.of(
          "scheduled",
          "nrt",
          "fusion",
          "microsoftsecurityincidentcreation",
          "threatintelligence",
          "mlbehavioranalytics");

  private final int listed;

  /** The rule; {@code options} limits how many items a message lists. */
  public SentinelDetectionRule(ChecklistOptions options) {
    super(
        RuleMetadata.builder("FR-LOG-07")
            .title("Threat detection with Microsoft Sentinel")
            .category(Category.LOGGING_AND_MONITORING)
            .severity(
                Severity.HIGH,
                "Logs nobody watches reveal an attack only after the damage is done.")
            .rationale(
                "Would anyone notice the attack while it happens, and correlate the sign-in, the"
                    + " VM and the storage account into one incident? Sentinel analytics rules turn"
                    + " the collected logs into incidents with a start time.")
            .remediation(
                Remediation.of(
                    "Microsoft Sentinel > Create > select the central workspace; then Analytics"
                        + " > Rule templates: enable the Fusion rule and the Microsoft security"
                        + " incident creation rules, and add scheduled rules.",
                    "az sentinel onboarding-state create --resource-group <rg> --workspace-name"
                        + " <workspace> --name default"))
            .learnMore("https://learn.microsoft.com/azure/sentinel/quickstart-onboard")
            .controls("MCSB LT-1", "MCSB LT-5")
            .checklistItems(ChecklistRow.THREAT_DETECTION.text())
            .reads(WORKSPACES, SENTINEL_ONBOARDING_STATES, SENTINEL_ALERT_RULES)
            .build(),
        options);
    this.listed = options.listedItemsLimit();
  }

  @Override
  public void evaluate(RuleContext context) {
    boolean detecting = false;
    for (Resource workspace : context.resources(WORKSPACES)) {
      List<Resource> onboarded =
          context.snapshot().children(workspace.id(), SENTINEL_ONBOARDING_STATES);
      if (onboarded.isEmpty()) {
        continue;
      }
      List<Resource> enabled =
          context.snapshot().children(workspace.id(), SENTINEL_ALERT_RULES).stream()
              .filter(r -> r.properties().get("enabled").isTrue())
              .filter(r -> DETECTING_KINDS.contains(r.kind().orElse("").toLowerCase(Locale.ROOT)))
              .toList();
      Verdict finding =
          context
              .verdict(workspace)
              .evidence(Evidence.of(onboarded.get(0).root().get("id"), "onboarded"));
      if (enabled.isEmpty()) {
        finding
            .evidence(
                Evidence.absent(
                    workspace.id(),
                    "no enabled analytics rule of a detecting kind",
                    "at least one enabled analytics rule"))
            .fix(Fix.of(defenderIncidents(workspace)))
            .fail(
                "Sentinel is onboarded on workspace '"
                    + workspace.name()
                    + "' but no analytics rule is enabled, so no incident would be raised.")
            .report();
      } else {
        detecting = true;
        enabled.forEach(r -> finding.evidence(Evidence.of(r.properties().get("enabled"), "true")));
        finding
            .pass(
                "Sentinel on workspace '"
                    + workspace.name()
                    + "' runs "
                    + Texts.count(
                        enabled.size(), "enabled analytics rule", "enabled analytics rules")
                    + ": "
                    + Texts.listed(
                        enabled.stream()
                            .map(r -> r.properties().get("displayName").textOr(r.name()))
                            .toList(),
                        listed)
                    + ".")
            .report();
      }
    }
    if (detecting) {
      return;
    }
    for (String subscription : context.snapshot().metadata().subscriptions()) {
      context
          .verdict(Target.subscription(subscription))
          .dependsOn(WORKSPACES, SENTINEL_ONBOARDING_STATES)
          .evidence(
              Evidence.absent(
                  ResourceId.subscription(subscription),
                  "no workspace with Sentinel and an enabled analytics rule",
                  "Sentinel onboarded on a central workspace"))
          .fix(Fix.of(ONBOARD_SENTINEL))
          .fail(
              "No workspace of the tenant runs Sentinel with an enabled analytics rule, so attacks"
                  + " on subscription '"
                  + subscription
                  + "' would raise no incident.")
          .report();
    }
  }

  /**
   * Without an onboarded workspace there is nowhere to run a rule: choosing the workspace is a
   * budget decision.
   */
  private static final HumanStep ONBOARD_SENTINEL =
      new HumanStep(
          "Choose the central Log Analytics workspace for Microsoft Sentinel and onboard it;"
              + " Sentinel is billed per GB analysed, so this is a budget decision. Then rerun the"
              + " fix to enable an analytics rule on it.",
          "the security operations lead");

  /**
   * The one analytics rule that needs no choice of query: create an incident for every Microsoft
   * Defender for Cloud alert (productFilter "Azure Security Center"). Body per azure-rest-api-specs
   * specification/securityinsights/resource-manager/Microsoft.SecurityInsights/stable/2024-09-01/examples/alertRules/CreateMicrosoftSecurityIncidentCreationAlertRule.json
   * and the productFilter values of MicrosoftSecurityIncidentCreationAlertRuleProperties in the
   * type reference generated from those specs (Azure/bicep-types-az, generated/securityinsights).
   */
  private static ArmChange defenderIncidents(Resource workspace) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("displayName", "Create incidents from Microsoft Defender for Cloud alerts");
    properties.put("enabled", true);
    properties.put("productFilter", "Azure Security Center");
    return SentinelChanges.put(
        workspace,
        SENTINEL_ALERT_RULES,
        "readiness-defender-incidents",
        "MicrosoftSecurityIncidentCreation",
        properties,
        "Enable a Microsoft Security rule on Sentinel workspace '"
            + workspace.name()
            + "' that raises an incident for every Microsoft Defender for Cloud alert.");
  }
}
