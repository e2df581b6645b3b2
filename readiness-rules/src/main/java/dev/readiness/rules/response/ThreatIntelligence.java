package dev.readiness.rules.response;

import static dev.readiness.rules.types.AzureTypes.SENTINEL_DATA_CONNECTORS;
import static dev.readiness.rules.types.AzureTypes.SENTINEL_ONBOARDING_STATES;
import static dev.readiness.rules.types.AzureTypes.WORKSPACES;

import dev.readiness.api.Category;
import dev.readiness.api.Evidence;
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
                  "az rest --method GET --url \"https://management.azure.com<workspace-id>/"
                      + "providers/Microsoft.SecurityInsights/dataConnectors"
                      + "?api-version=2024-09-01\""))
          .learnMore("https://learn.microsoft.com/azure/sentinel/understand-threat-intelligence")
          .controls("MCSB LT-1")
          .checklistItems(ChecklistRow.THREAT_INTELLIGENCE.text())
          .reads(WORKSPACES, SENTINEL_ONBOARDING_STATES, SENTINEL_DATA_CONNECTORS)
          .build();

  /** The rule; it has no thresholds. */
  public ThreatIntelligence(ChecklistOptions options) {
    super(METADATA, options);
  }

  @Override
  public void evaluate(RuleContext context) {
    List<Resource> workspaces = Sentinel.workspaces(context);
    if (workspaces.isEmpty()) {
      for (String subscription : context.snapshot().subscriptions()) {
        context
            .report(Target.subscription(subscription))
            .evidence(
                Evidence.absent(
                    ResourceId.subscription(subscription),
                    "no workspace with Sentinel onboarded in the tenant",
                    "a Sentinel workspace with a threat intelligence connector"))
            .dependsOn(WORKSPACES, SENTINEL_ONBOARDING_STATES)
            .fail(
                "Subscription "
                    + subscription
                    + ": no workspace in the tenant has Sentinel, so no threat intelligence is"
                    + " matched against its logs.");
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
      var finding = context.report(workspace);
      if (enabled.isPresent()) {
        finding
            .evidence(Evidence.of(enabled.get(), "\"Enabled\""))
            .pass(
                "Sentinel workspace '"
                    + workspace.name()
                    + "' has an enabled threat intelligence connector.");
      } else {
        finding
            .evidence(
                Evidence.absent(
                    workspace.id(),
                    "no enabled threat intelligence data connector",
                    "an enabled ThreatIntelligence, TAXII or Defender Threat Intelligence connector"))
            .fail(
                "Sentinel workspace '"
                    + workspace.name()
                    + "' has no enabled threat intelligence connector.");
      }
    }
  }

  private Optional<Json> state(Resource connector) {
    String pointer = CONNECTORS.get(connector.kind().orElse("").toLowerCase(java.util.Locale.ROOT));
    return pointer == null ? Optional.empty() : Optional.of(connector.at(pointer));
  }
}
