package dev.readiness.rules.response;

import static dev.readiness.rules.types.AzureTypes.SENTINEL_DATA_CONNECTORS;
import static dev.readiness.rules.types.AzureTypes.SENTINEL_ONBOARDING_STATES;
import static dev.readiness.rules.types.AzureTypes.WORKSPACES;

import dev.readiness.api.ArmChange;
import dev.readiness.api.Category;
import dev.readiness.api.Evidence;
import dev.readiness.api.Fix;
import dev.readiness.api.HumanStep;
import dev.readiness.api.Json;
import dev.readiness.api.Remediation;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceId;
import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleMetadata;
import dev.readiness.api.Severity;
import dev.readiness.api.Target;
import dev.readiness.rules.checklist.ChecklistRow;
import dev.readiness.rules.support.ChecklistRule;
import dev.readiness.rules.support.SentinelChanges;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** FR-IR-03: each Sentinel workspace has an enabled threat intelligence data connector. */
public final class ThreatIntelligence extends ChecklistRule {
  /** Threat intelligence connector kinds, each with the pointer of its state. */
  private static final Map<String, String> CONNECTORS =
      Map.of(
          "threatintelligence", "/properties/dataTypes/indicators/state",
          "threatintelligencetaxii", "/properties/dataTypes/taxiiClient/state",
          "microsoftthreatintelligence", "/properties/dataTypes/microsoftEmergingThreatFeed/state",
          "premiummicrosoftdefenderforthreatintelligence", "/properties/dataTypes/connector/state");

  private static final RuleMetadata METADATA =
      RuleMetadata.builder("FR-IR-03")
          .title("Sentinel receives threat intelligence")
          .category(Category.INCIDENT_RESPONSE)
          .severity(
              Severity.LOW,
              "Without indicators, known-bad addresses and hashes in the logs go unrecognised.")
          .rationale(
              "Protects the question 'is this address or file known to be malicious?': threat"
                  + " intelligence indicators in Sentinel match logged IPs, domains and hashes"
                  + " against known campaigns, which attributes activity and widens the search"
                  + " for related compromise.")
          .remediation(
              Remediation.of(
                  "Microsoft Sentinel > Content hub > install 'Threat Intelligence', then Data"
                      + " connectors > 'Microsoft Defender Threat Intelligence' (or 'Threat"
                      + " Intelligence - TAXII') > Open connector page > Connect.",
                  "az rest --method put --url \"https://management.azure.com${WORKSPACE_ID}"
                      + "/providers/Microsoft.SecurityInsights/dataConnectors/"
                      + "readiness-threat-intelligence?api-version=2024-09-01\" --body"
                      + " '{\"kind\":\"MicrosoftThreatIntelligence\",\"properties\":{\"tenantId\":\"'"
                      + "\"${TENANT_ID}\"'\",\"dataTypes\":{\"microsoftEmergingThreatFeed\":"
                      + "{\"state\":\"Enabled\",\"lookbackPeriod\":\"2026-01-01T00:00:00Z\"}}}}'"))
          .learnMore("https://learn.microsoft.com/azure/sentinel/understand-threat-intelligence")
          .controls("MCSB LT-1")
          .checklistItems(ChecklistRow.THREAT_INTELLIGENCE.text())
          .reads(WORKSPACES, SENTINEL_ONBOARDING_STATES, SENTINEL_DATA_CONNECTORS)
          .build();

  /** The rule; it has no thresholds. */
  public ThreatIntelligence() {
    super(METADATA);
  }

  @Override
  public void evaluate(RuleContext context) {
    List<Resource> workspaces = Sentinel.workspaces(context);
    if (workspaces.isEmpty()) {
      for (String subscription : context.snapshot().subscriptions()) {
        context
            .verdict(Target.subscription(subscription))
            .evidence(
                Evidence.absent(
                    ResourceId.subscription(subscription),
                    "no workspace with Sentinel onboarded in the tenant",
                    "a Sentinel workspace with a threat intelligence connector"))
            .dependsOn(WORKSPACES, SENTINEL_ONBOARDING_STATES)
            .fix(Fix.of(ONBOARD_SENTINEL))
            .fail(
                "Subscription "
                    + subscription
                    + ": no workspace in the tenant has Sentinel, so no threat intelligence is"
                    + " matched against its logs.")
            .report();
      }
      return;
    }
    for (Resource workspace : workspaces) {
      Optional<Json> enabled =
          context.snapshot().children(workspace, SENTINEL_DATA_CONNECTORS).stream()
              .map(this::state)
              .flatMap(Optional::stream)
              .filter(state -> state.textEqualsIgnoreCase("Enabled"))
              .findFirst();
      var finding = context.verdict(workspace);
      if (enabled.isPresent()) {
        finding
            .evidence(Evidence.of(enabled.get(), "\"Enabled\""))
            .pass(
                "Sentinel workspace '"
                    + workspace.name()
                    + "' has an enabled threat intelligence connector.")
            .report();
      } else {
        finding
            .fix(Fix.of(threatFeed(context, workspace)))
            .evidence(
                Evidence.absent(
                    workspace.id(),
                    "no enabled threat intelligence data connector",
                    "an enabled ThreatIntelligence, TAXII or Defender Threat Intelligence connector"))
            .fail(
                "Sentinel workspace '"
                    + workspace.name()
                    + "' has no enabled threat intelligence connector.")
            .report();
      }
    }
  }

  /**
   * Without a Sentinel workspace there is nothing to connect: choosing one is a budget decision.
   */
  private static final HumanStep ONBOARD_SENTINEL =
      new HumanStep(
          "Choose the Log Analytics workspace for Microsoft Sentinel and onboard it; Sentinel is"
              + " billed per GB analysed, so this is a budget decision. Then rerun the fix for its"
              + " threat intelligence connector.",
          "the security operations lead");

  /**
   * Connects the free Microsoft Defender Threat Intelligence feed to {@code workspace}: a PUT of a
   * MicrosoftThreatIntelligence data connector with microsoftEmergingThreatFeed Enabled, for the
   * snapshot's tenant, looking back 30 days from the snapshot (azure-rest-api-specs
   * specification/securityinsights/resource-manager/Microsoft.SecurityInsights/stable/2024-09-01/examples/dataConnectors/CreateMicrosoftThreatIntelligenceDataConnector.json).
   */
  private static ArmChange threatFeed(RuleContext context, Resource workspace) {
    Map<String, Object> feed = new LinkedHashMap<>();
    feed.put("state", "Enabled");
    feed.put("lookbackPeriod", context.now().minus(java.time.Duration.ofDays(30)).toString());
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("tenantId", context.snapshot().metadata().tenantId().orElse(""));
    properties.put("dataTypes", Map.of("microsoftEmergingThreatFeed", feed));
    return SentinelChanges.put(
        workspace,
        SENTINEL_DATA_CONNECTORS,
        "readiness-threat-intelligence",
        "MicrosoftThreatIntelligence",
        properties,
        "Connect the Microsoft Defender Threat Intelligence feed to Sentinel workspace '"
            + workspace.name()
            + "'.");
  }

  private Optional<Json> state(Resource connector) {
    String pointer = CONNECTORS.get(connector.kind().orElse("").toLowerCase(java.util.Locale.ROOT));
    return pointer == null ? Optional.empty() : Optional.of(connector.at(pointer));
  }
}
