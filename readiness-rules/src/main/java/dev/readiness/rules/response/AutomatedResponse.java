package dev.readiness.rules.response;

import static dev.readiness.rules.types.AzureTypes.SECURITY_AUTOMATIONS;
import static dev.readiness.rules.types.AzureTypes.SENTINEL_AUTOMATION_RULES;

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
import dev.readiness.api.Target;
import dev.readiness.rules.checklist.ChecklistOptions;
import dev.readiness.rules.checklist.ChecklistRow;
import dev.readiness.rules.support.ChecklistRule;
import dev.readiness.rules.support.Durations;
import dev.readiness.rules.support.FixParameters;
import dev.readiness.rules.support.Ids;
import dev.readiness.rules.support.Scopes;
import dev.readiness.rules.support.Texts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * FR-IR-02: alerts trigger an automated response: an enabled Sentinel automation rule, or an
 * enabled Defender for Cloud workflow automation that runs a Logic App on the subscription's
 * alerts.
 */
public final class AutomatedResponse extends ChecklistRule {
  private static final RuleMetadata METADATA =
      RuleMetadata.builder("FR-IR-02")
          .title("Alerts trigger an automated response")
          .category(Category.INCIDENT_RESPONSE)
          .severity(
              Severity.MEDIUM,
              "Manual triage at night or at weekends lets evidence age out and attackers finish"
                  + " before anyone reacts.")
          .rationale(
              "Protects the question 'what happened in the first minutes?': automation assigns,"
                  + " enriches and contains incidents as they are raised, snapshotting or"
                  + " isolating resources and collecting context before the attacker can clean"
                  + " up.")
          .remediation(
              Remediation.of(
                      "Microsoft Sentinel > Automation > Create > Automation rule (for example"
                          + " run a playbook on incident creation); or Microsoft Defender for"
                          + " Cloud > Workflow automation > Add workflow automation for"
                          + " security alerts.",
                      "az security automation create --resource-group <rg> --name"
                          + " alert-response --scopes \"[{description:'sub',scopePath:"
                          + "'/subscriptions/<subscription-id>'}]\" --sources"
                          + " \"[{eventSource:'Alerts'}]\" --actions \"[{actionType:'LogicApp',"
                          + "logicAppResourceId:'<logic-app-id>',uri:'<trigger-uri>'}]\"")
                  .withBicep(
                      "resource rule 'Microsoft.SecurityInsights/automationRules@2024-09-01' = {\n"
                          + "  scope: workspace\n"
                          + "  name: guid('triage')\n"
                          + "  properties: {\n"
                          + "    displayName: 'Triage new incidents'\n"
                          + "    order: 1\n"
                          + "    triggeringLogic: { isEnabled: true, triggersOn: 'Incidents',"
                          + " triggersWhen: 'Created' }\n"
                          + "    actions: [ { order: 1, actionType: 'RunPlaybook',"
                          + " actionConfiguration: { logicAppResourceId: playbook.id, tenantId:"
                          + " tenant().tenantId } } ]\n"
                          + "  }\n"
                          + "}"))
          .learnMore(
              "https://learn.microsoft.com/azure/sentinel/automate-incident-handling-with-automation-rules")
          .controls("MCSB IR-6")
          .checklistItems(ChecklistRow.AUTOMATED_RESPONSE.text())
          .reads(SENTINEL_AUTOMATION_RULES, SECURITY_AUTOMATIONS)
          .build();

  /** The rule; it has no thresholds. */
  public AutomatedResponse(ChecklistOptions options) {
    super(METADATA, options);
  }

  @Override
  public void evaluate(RuleContext context) {
    Optional<Resource> sentinelRule =
        context.resources(SENTINEL_AUTOMATION_RULES).stream()
            .filter(rule -> active(rule, context))
            .findFirst();
    for (String subscription : context.snapshot().subscriptions()) {
      ResourceId scope = ResourceId.subscription(subscription);
      Target target = Target.subscription(subscription);
      String subject = "Subscription " + subscription;
      Optional<Resource> workflow =
          context.resources(SECURITY_AUTOMATIONS).stream()
              .filter(a -> respondsToAlerts(a, subscription))
              .findFirst();
      if (workflow.isPresent()) {
        context
            .verdict(target)
            .evidence(Evidence.of(workflow.get().properties().get("isEnabled"), "true"))
            .dependsOn(SECURITY_AUTOMATIONS)
            .pass(
                subject
                    + ": Defender workflow automation '"
                    + workflow.get().name()
                    + "' responds to its alerts.")
            .report();
        continue;
      }
      if (sentinelRule.isPresent()) {
        context
            .verdict(target)
            .evidence(
                Evidence.of(sentinelRule.get().at("/properties/triggeringLogic/isEnabled"), "true"))
            .dependsOn(SENTINEL_AUTOMATION_RULES)
            .pass(
                subject
                    + ": Sentinel automation rule '"
                    + sentinelRule
                        .get()
                        .properties()
                        .get("displayName")
                        .textOr(sentinelRule.get().name())
                    + "' responds to incidents.")
            .report();
        continue;
      }
      List<String> gaps =
          Scopes.notCollected(context, scope, SENTINEL_AUTOMATION_RULES, SECURITY_AUTOMATIONS);
      Evidence none =
          Evidence.absent(
              scope,
              "no enabled automation rule or workflow automation",
              "an enabled automated response");
      if (gaps.isEmpty()) {
        context
            .verdict(target)
            .evidence(none)
            .fix(
                Fix.of(
                    List.of(logicAppOnAlerts(subscription)),
                    FixParameters.AUTOMATION_RESOURCE_GROUP))
            .fail(
                subject
                    + ": no enabled Sentinel automation rule or Defender workflow automation responds to alerts.")
            .report();
      } else {
        context
            .verdict(target)
            .evidence(none)
            .unknown(
                subject + ": no automated response was found, but " + Texts.joinClauses(gaps) + ".")
            .report();
      }
    }
  }

  private static boolean active(Resource rule, RuleContext context) {
    Json logic = rule.at("/properties/triggeringLogic");
    Optional<java.time.Instant> expires =
        Durations.instant(logic.get("expirationTimeUtc").textOr(""));
    return logic.get("isEnabled").isTrue()
        && expires.map(e -> e.isAfter(context.now())).orElse(true);
  }

  /**
   * True when the workflow automation is enabled, takes Defender alerts as a source, runs a Logic
   * App, and is scoped to the whole subscription. The same resource type also carries continuous
   * export (sources such as Assessments or SecureScores, actions Workspace or EventHub), which
   * copies data but responds to nothing; and a scope may be one resource group
   * (azure-rest-api-specs
   * specification/security/resource-manager/Microsoft.Security/preview/2019-01-01-preview/automations.json:
   * AutomationSource.eventSource, AutomationAction.actionType, AutomationScope.scopePath).
   */
  private static boolean respondsToAlerts(Resource automation, String subscription) {
    Json properties = automation.properties();
    ResourceId wanted = ResourceId.subscription(subscription);
    return properties.get("isEnabled").isTrue()
        && properties.get("sources").items().stream()
            .anyMatch(source -> source.get("eventSource").textEqualsIgnoreCase("Alerts"))
        && properties.get("actions").items().stream()
            .anyMatch(action -> action.get("actionType").textEqualsIgnoreCase("LogicApp"))
        && properties.get("scopes").items().stream()
            .flatMap(scope -> Ids.parse(scope.get("scopePath")).stream())
            .anyMatch(wanted::equals);
  }

  /**
   * Runs the chosen Logic App on every Defender for Cloud alert of the subscription: a PUT of a
   * {@code Microsoft.Security/automations} in the chosen resource group, scoped to the
   * subscription, with source Alerts and a LogicApp action (azure-rest-api-specs
   * specification/security/resource-manager/Microsoft.Security/preview/2023-12-01-preview/examples/Automations/PutAutomationAllAssessments_example.json;
   * location is required, as for every tracked resource).
   */
  private static ArmChange logicAppOnAlerts(String subscription) {
    ResourceId scope = ResourceId.subscription(subscription);
    Map<String, Object> action = new LinkedHashMap<>();
    action.put("actionType", "LogicApp");
    action.put("logicAppResourceId", FixParameters.LOGIC_APP_ID);
    action.put("uri", FixParameters.LOGIC_APP_TRIGGER_URI);
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", "Runs the incident response playbook on every security alert.");
    properties.put("isEnabled", true);
    properties.put(
        "scopes",
        List.of(
            Map.of("description", "Subscription " + subscription, "scopePath", scope.toString())));
    properties.put("sources", List.of(Map.of("eventSource", "Alerts")));
    properties.put("actions", List.of(action));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("location", FixParameters.AUTOMATION_LOCATION);
    body.put("properties", properties);
    return ArmChange.put(
            scope
                + "/resourceGroups/"
                + FixParameters.AUTOMATION_RESOURCE_GROUP.inId()
                + "/providers/Microsoft.Security/automations/respond-to-alerts",
            SECURITY_AUTOMATIONS.toString(),
            "2023-12-01-preview",
            body,
            "Run the incident response Logic App on every Defender for Cloud alert of the"
                + " subscription.")
        .costing(
            "Each run of the Logic App is billed per action execution (Logic Apps consumption"
                + " pricing).");
  }
}
