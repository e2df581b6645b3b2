package dev.readiness.rules.logging;

import static dev.readiness.rules.types.AzureTypes.DATA_COLLECTION_RULES;
import static dev.readiness.rules.types.AzureTypes.DIAGNOSTIC_SETTINGS;
import static dev.readiness.rules.types.AzureTypes.ENTRA_DIAGNOSTIC_SETTINGS;
import static dev.readiness.rules.types.AzureTypes.FLOW_LOGS;
import static dev.readiness.rules.types.AzureTypes.WORKSPACES;

import dev.readiness.api.Category;
import dev.readiness.api.CoverageRecord;
import dev.readiness.api.Evidence;
import dev.readiness.api.Fix;
import dev.readiness.api.HumanStep;
import dev.readiness.api.Json;
import dev.readiness.api.Remediation;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceId;
import dev.readiness.api.ResourceType;
import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleMetadata;
import dev.readiness.api.Severity;
import dev.readiness.api.Snapshot;
import dev.readiness.api.Target;
import dev.readiness.api.Verdict;
import dev.readiness.rules.checklist.ChecklistOptions;
import dev.readiness.rules.checklist.ChecklistRow;
import dev.readiness.rules.support.ChecklistRule;
import dev.readiness.rules.support.Destination;
import dev.readiness.rules.support.Ids;
import dev.readiness.rules.support.ResourceLabels;
import dev.readiness.rules.support.Texts;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * FR-LOG-05: diagnostic settings and flow-log analytics send to Log Analytics workspaces of this
 * tenant, and the logs are spread over at most the number of workspaces in the options.
 */
public final class CentralizedLogsRule extends ChecklistRule {
  /** The types whose resources name the workspaces counted. */
  private static final Set<ResourceType> COUNTED =
      Set.of(DIAGNOSTIC_SETTINGS, ENTRA_DIAGNOSTIC_SETTINGS, FLOW_LOGS, DATA_COLLECTION_RULES);

  private final int maxWorkspaces;
  private final int listed;

  /** The rule with the workspace limit of {@code options}. */
  public CentralizedLogsRule(ChecklistOptions options) {
    super(
        RuleMetadata.builder("FR-LOG-05")
            .title("Logs centralized in Log Analytics")
            .category(Category.LOGGING_AND_MONITORING)
            .severity(
                Severity.MEDIUM,
                "Scattered or archive-only logs slow an investigation but do not erase evidence.")
            .rationale(
                "Can one query follow the attacker from the sign-in to the VM to the storage"
                    + " account? Only when the logs sit together in a few Log Analytics workspaces"
                    + " of the tenant; logs kept only in storage accounts or forwarded to event"
                    + " hubs cannot be correlated in time.")
            .remediation(
                Remediation.of(
                    "Edit each diagnostic setting that sends only to a storage account or event"
                        + " hub and add 'Send to Log Analytics workspace' with the central"
                        + " workspace; enable Traffic Analytics on flow logs; consolidate"
                        + " workspaces.",
                    "az monitor diagnostic-settings update --name <setting> --resource"
                        + " <resource-id> --workspace <central-workspace-resource-id>"))
            .learnMore("https://learn.microsoft.com/azure/azure-monitor/logs/workspace-design")
            .controls("MCSB LT-5")
            .peerChecks("Prowler network_flow_log_captured_sent")
            .checklistItems(ChecklistRow.LOGS_CENTRALIZED.text())
            .reads(DIAGNOSTIC_SETTINGS, ENTRA_DIAGNOSTIC_SETTINGS, WORKSPACES)
            .optionallyReads(FLOW_LOGS, DATA_COLLECTION_RULES)
            .reportsOnEach(DIAGNOSTIC_SETTINGS, ENTRA_DIAGNOSTIC_SETTINGS, FLOW_LOGS)
            .build(),
        options);
    this.maxWorkspaces = options.maxWorkspaces();
    this.listed = options.listedItemsLimit();
  }

  @Override
  public void evaluate(RuleContext context) {
    Snapshot snapshot = context.snapshot();
    TreeSet<ResourceId> used = new TreeSet<>();
    List<Resource> settings = new ArrayList<>(snapshot.resources(DIAGNOSTIC_SETTINGS));
    settings.addAll(snapshot.resources(ENTRA_DIAGNOSTIC_SETTINGS));
    for (Resource setting : settings) {
      List<Destination> destinations = Destination.of(setting);
      List<Destination> workspaces =
          destinations.stream().filter(d -> d.kind() == Destination.Kind.WORKSPACE).toList();
      Verdict finding = context.verdict(setting).dependsOn(setting.type());
      String label = describe(setting);
      if (workspaces.isEmpty()) {
        finding
            .evidence(
                destinations.isEmpty()
                    ? List.of(Evidence.absent(setting.id(), "no destination", "a workspaceId"))
                    : destinations.stream()
                        .map(d -> Evidence.of(d.source(), "a workspaceId as well"))
                        .toList())
            .fix(
                Fix.of(
                    new HumanStep(
                        "Add the central Log Analytics workspace as a destination of "
                            + label
                            + ", beside the destinations it has.",
                        RESOURCE_OWNER)))
            .fail(
                label
                    + " sends "
                    + (destinations.isEmpty()
                        ? "nowhere"
                        : "only to "
                            + Texts.joinClauses(
                                destinations.stream().map(Destination::describe).toList()))
                    + ", so its logs cannot be queried beside the others in a Log Analytics"
                    + " workspace.")
            .report();
        continue;
      }
      judgeWorkspace(snapshot, finding, label, workspaces.get(0).source(), workspaces.get(0));
      workspaces.forEach(w -> w.resourceId().ifPresent(used::add));
    }
    for (Resource flowLog : snapshot.resources(FLOW_LOGS)) {
      if (!flowLog.properties().get("enabled").isTrue()) {
        continue;
      }
      Json analytics =
          flowLog
              .properties()
              .at("/flowAnalyticsConfiguration/networkWatcherFlowAnalyticsConfiguration");
      Optional<ResourceId> workspace = Ids.parse(analytics.get("workspaceResourceId"));
      Verdict finding = context.verdict(flowLog).dependsOn(FLOW_LOGS);
      String label = ResourceLabels.of(flowLog);
      if (!analytics.get("enabled").isTrue() || workspace.isEmpty()) {
        finding
            .evidence(Evidence.of(analytics.get("enabled"), "true, with a workspaceResourceId"))
            .fix(
                Fix.of(
                    new HumanStep(
                        "Turn on Traffic Analytics for "
                            + label
                            + ", sending to the central Log Analytics workspace.",
                        RESOURCE_OWNER)))
            .fail(
                label
                    + " writes only to a storage account: without Traffic Analytics its records"
                    + " cannot be queried beside the other logs in a Log Analytics workspace.")
            .report();
      } else {
        used.add(workspace.get());
        judgeWorkspace(
            snapshot,
            finding,
            label,
            analytics.get("workspaceResourceId"),
            new Destination(
                Destination.Kind.WORKSPACE,
                workspace.get().toString(),
                analytics.get("workspaceResourceId")));
      }
    }
    for (Resource rule : snapshot.resources(DATA_COLLECTION_RULES)) {
      for (Json destination : rule.properties().at("/destinations/logAnalytics").items()) {
        Ids.parse(destination.get("workspaceResourceId")).ifPresent(used::add);
      }
    }
    reportCount(context, used);
  }

  /**
   * Where the logs should go is the security team's choice and each resource's owner applies it: a
   * diagnostic setting takes only a PUT of its whole definition, so no body is safe unseen.
   */
  private static final String SECURITY_LEAD = "the security operations lead";

  private static final String RESOURCE_OWNER = "the resource's owner";

  private static String describe(Resource setting) {
    return "Diagnostic setting '"
        + setting.name()
        + "' of "
        + ResourceLabels.owner(setting.id().parent());
  }

  /** PASS when the workspace is in the snapshot; UNKNOWN when it cannot be seen. */
  private static void judgeWorkspace(
      Snapshot snapshot, Verdict finding, String label, Json source, Destination workspace) {
    Optional<ResourceId> id = workspace.resourceId();
    finding.evidence(Evidence.of(source, "a Log Analytics workspace of this tenant"));
    if (id.isPresent() && snapshot.resource(id.get()).isPresent()) {
      finding.pass(label + " sends to " + workspace.describe() + " of this tenant.").report();
      return;
    }
    String why =
        snapshot
            .coverage()
            .whyMissing(id.orElse(ResourceId.TENANT), WORKSPACES)
            .orElse("its subscription was collected, so it was deleted or lies in another tenant");
    finding
        .unknown(
            label
                + " sends to "
                + workspace.describe()
                + ", which is not in the snapshot ("
                + why
                + "): whether the logs stay in this tenant cannot be told.")
        .report();
  }

  private void reportCount(RuleContext context, TreeSet<ResourceId> used) {
    List<String> names = used.stream().map(ResourceId::name).toList();
    // The count is tenant-wide: settings, flow logs or data collection rules that were not read,
    // in a whole subscription or under one resource, may send to more workspaces, so the count is
    // only a lower bound. It can still FAIL, never PASS.
    Set<CoverageRecord> unreadGaps = new LinkedHashSet<>();
    for (String subscription : context.snapshot().metadata().subscriptions()) {
      context
          .coverage()
          .missing(ResourceId.subscription(subscription), DIAGNOSTIC_SETTINGS)
          .ifPresent(unreadGaps::add);
    }
    for (CoverageRecord gap : context.coverage().gaps()) {
      if (COUNTED.contains(gap.type())) {
        unreadGaps.add(gap);
      }
    }
    Set<String> unread = new LinkedHashSet<>();
    unreadGaps.forEach(gap -> unread.add(gap.reason()));
    for (String subscription : context.snapshot().metadata().subscriptions()) {
      Verdict finding =
          context
              .verdict(Target.subscription(subscription))
              .dependsOn(DIAGNOSTIC_SETTINGS, WORKSPACES)
              .evidence(
                  used.stream()
                      .map(
                          ws ->
                              new Evidence(
                                  ws,
                                  "",
                                  "receives logs",
                                  "at most " + maxWorkspaces + " workspaces"))
                      .toList());
      String text =
          "The tenant's logs go to "
              + Texts.count(used.size(), "workspace", "workspaces")
              + (used.isEmpty() ? "" : " (" + Texts.listed(names, listed) + ")");
      if (used.size() <= maxWorkspaces && !unread.isEmpty()) {
        finding
            .names(unreadGaps)
            .unknown(
                text
                    + " in what was read, but the tenant-wide count is not known: "
                    + String.join("; ", unread)
                    + ".")
            .report();
      } else if (used.isEmpty()) {
        finding.fix(
            Fix.of(
                new HumanStep(
                    "Choose one Log Analytics workspace for the tenant's logs and send the"
                        + " diagnostic settings, flow logs and data collection rules to it.",
                    SECURITY_LEAD)));
        finding
            .fail(
                "No diagnostic setting, flow log or data collection rule of the tenant sends to a Log"
                    + " Analytics workspace, so no log can be queried centrally.")
            .report();
      } else if (used.size() <= maxWorkspaces) {
        finding.pass(text + ", within the " + maxWorkspaces + " allowed.").report();
      } else {
        finding.fix(
            Fix.of(
                new HumanStep(
                    "Choose at most "
                        + maxWorkspaces
                        + " of the workspaces "
                        + Texts.listed(names, listed)
                        + " to keep, and point the diagnostic settings, flow logs and data"
                        + " collection rules that send to the others at them.",
                    SECURITY_LEAD)));
        finding
            .fail(
                text
                    + ", more than the "
                    + maxWorkspaces
                    + " allowed: following one attack means querying them one by one.")
            .report();
      }
    }
  }
}
