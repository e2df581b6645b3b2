package dev.readiness.rules.response;

import static dev.readiness.rules.types.AzureTypes.SAVED_SEARCHES;
import static dev.readiness.rules.types.AzureTypes.SENTINEL_ONBOARDING_STATES;
import static dev.readiness.rules.types.AzureTypes.WORKSPACES;

import dev.readiness.api.Category;
import dev.readiness.api.Evidence;
import dev.readiness.api.Remediation;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceId;
import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleMetadata;
import dev.readiness.api.Severity;
import dev.readiness.api.Target;
import dev.readiness.rules.checklist.ChecklistRow;
import dev.readiness.rules.support.ChecklistRule;
import dev.readiness.rules.support.Scopes;
import java.util.List;

/**
 * FR-IR-04: Sentinel workspaces hold saved KQL hunting queries; where none are found, hunting may
 * happen elsewhere, so the rule asks for an attestation (MANUAL) instead of failing.
 */
public final class Hunting extends ChecklistRule {
  private static final String HUNTING_CATEGORY = "Hunting Queries";

  private static final RuleMetadata METADATA =
      RuleMetadata.builder("FR-IR-04")
          .title("KQL hunting queries are kept in Sentinel")
          .category(Category.INCIDENT_RESPONSE)
          .severity(
              Severity.LOW,
              "Without prepared hunts, responders write queries from scratch in the middle of an"
                  + " incident.")
          .rationale(
              "Protects the question 'where else is the attacker?': saved hunting queries let"
                  + " responders sweep every log for the same techniques at once, instead of"
                  + " writing KQL under pressure.")
          .remediation(
              Remediation.of(
                  "Microsoft Sentinel > Hunting > Queries: save the hunting queries the team runs"
                      + " (or install them from the Content hub); if hunting happens in another"
                      + " tool, record an attestation for FR-IR-04 with a link to it.",
                  "az monitor log-analytics workspace saved-search create --resource-group <rg>"
                      + " --workspace-name <workspace> --name rare-processes --category"
                      + " \"Hunting Queries\" --display-name \"Rare processes\" --saved-query"
                      + " \"SecurityEvent | where EventID == 4688 | summarize count() by"
                      + " NewProcessName | where count_ < 3\""))
          .learnMore("https://learn.microsoft.com/azure/sentinel/hunting")
          .controls("MCSB LT-1", "MCSB IR-3")
          .checklistItems(ChecklistRow.KQL_HUNTING.text())
          .reads(WORKSPACES, SENTINEL_ONBOARDING_STATES, SAVED_SEARCHES)
          .attestable()
          .build();

  /** The rule; it has no thresholds. */
  public Hunting() {
    super(METADATA);
  }

  @Override
  public void evaluate(RuleContext context) {
    List<Resource> workspaces = Sentinel.workspaces(context);
    if (workspaces.isEmpty()) {
      boolean incomplete = false;
      for (String subscription : context.snapshot().subscriptions()) {
        List<String> gaps =
            Scopes.notCollected(
                context,
                ResourceId.subscription(subscription),
                WORKSPACES,
                SENTINEL_ONBOARDING_STATES);
        if (!gaps.isEmpty()) {
          incomplete = true;
          context
              .verdict(Target.subscription(subscription))
              .unknown(
                  "Whether subscription "
                      + subscription
                      + " holds a Sentinel workspace with hunting queries is unknown: "
                      + String.join("; ", gaps)
                      + ".")
              .report();
        }
      }
      if (incomplete) {
        return;
      }
      context
          .verdict(Target.tenant())
          .evidence(
              Evidence.absent(
                  ResourceId.TENANT,
                  "no workspace with Sentinel onboarded",
                  "saved hunting queries in a Sentinel workspace"))
          .manual(
              "No workspace has Sentinel, so no saved hunting queries were found; attest FR-IR-04"
                  + " if the team hunts with KQL elsewhere.")
          .report();
      return;
    }
    for (Resource workspace : workspaces) {
      List<Resource> hunts =
          context.snapshot().children(workspace, SAVED_SEARCHES).stream()
              .filter(s -> s.properties().get("category").textEqualsIgnoreCase(HUNTING_CATEGORY))
              .toList();
      var finding = context.verdict(workspace);
      List<String> gap = Scopes.notCollected(context, workspace.id(), SAVED_SEARCHES);
      if (!hunts.isEmpty()) {
        finding
            .evidence(
                Evidence.of(
                    hunts.get(0).properties().get("category"), "\"" + HUNTING_CATEGORY + "\""))
            .pass(
                "Sentinel workspace '"
                    + workspace.name()
                    + "' keeps "
                    + hunts.size()
                    + " saved hunting "
                    + (hunts.size() == 1 ? "query." : "queries."))
            .report();
      } else if (!gap.isEmpty()) {
        finding
            .unknown(
                "Saved searches of workspace '"
                    + workspace.name()
                    + "' were not read: "
                    + String.join("; ", gap)
                    + ".")
            .report();
      } else {
        finding
            .evidence(
                Evidence.absent(
                    workspace.id(),
                    "no saved search in category '" + HUNTING_CATEGORY + "'",
                    "saved hunting queries"))
            .manual(
                "Sentinel workspace '"
                    + workspace.name()
                    + "' keeps no saved hunting queries; attest FR-IR-04 if the team hunts with KQL"
                    + " elsewhere.")
            .report();
      }
    }
  }
}
