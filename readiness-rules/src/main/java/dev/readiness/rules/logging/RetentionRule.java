package dev.readiness.rules.logging;

import static dev.readiness.rules.types.AzureTypes.ARC_EXTENSIONS;
import static dev.readiness.rules.types.AzureTypes.ARC_MACHINES;
import static dev.readiness.rules.types.AzureTypes.DATA_COLLECTION_RULES;
import static dev.readiness.rules.types.AzureTypes.DATA_COLLECTION_RULE_ASSOCIATIONS;
import static dev.readiness.rules.types.AzureTypes.DIAGNOSTIC_SETTINGS;
import static dev.readiness.rules.types.AzureTypes.ENTRA_DIAGNOSTIC_SETTINGS;
import static dev.readiness.rules.types.AzureTypes.MANAGEMENT_POLICIES;
import static dev.readiness.rules.types.AzureTypes.STORAGE_ACCOUNTS;
import static dev.readiness.rules.types.AzureTypes.SUBSCRIPTIONS;
import static dev.readiness.rules.types.AzureTypes.TENANT;
import static dev.readiness.rules.types.AzureTypes.VIRTUAL_MACHINES;
import static dev.readiness.rules.types.AzureTypes.VM_EXTENSIONS;
import static dev.readiness.rules.types.AzureTypes.VM_SCALE_SETS;
import static dev.readiness.rules.types.AzureTypes.WORKSPACES;
import static dev.readiness.rules.types.AzureTypes.WORKSPACE_TABLES;

import dev.readiness.api.Category;
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
import dev.readiness.rules.support.CategoryGroups;
import dev.readiness.rules.support.ChecklistRule;
import dev.readiness.rules.support.DiagnosticLogs;
import dev.readiness.rules.support.GuestLogCollection;
import dev.readiness.rules.support.GuestLogs;
import dev.readiness.rules.support.LogRouting;
import dev.readiness.rules.support.ResourceLabels;
import dev.readiness.rules.support.RetentionVerdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * FR-LOG-06: every exported security log stream is kept at least the threshold, along the chain
 * resource → diagnostic setting → destination → retention.
 */
public final class RetentionRule extends ChecklistRule {
  private static final String QUESTION =
      "an intrusion found later than that could not be traced back to its start";

  /** The rule with the retention threshold and log sources of {@code options}. */
  public RetentionRule(ChecklistOptions options) {
    super(
        RuleMetadata.builder("FR-LOG-06")
            .title("Security logs kept at least " + options.retentionDays() + " days")
            .category(Category.LOGGING_AND_MONITORING)
            .severity(
                Severity.HIGH,
                "Intrusions are found months late on average; shorter logs are gone by then.")
            .rationale(
                "How did the attacker get in, months before anyone noticed? Only logs still kept"
                    + " when the intrusion is found can answer. Retention is decided at the"
                    + " destination (workspace or table retention, storage lifecycle rules); the"
                    + " retired retentionPolicy of a diagnostic setting keeps nothing. A VM's guest"
                    + " logs are judged log by log, each at the longest-keeping table it lands in.")
            .remediation(
                Remediation.of(
                        "Log Analytics workspace > Usage and estimated costs > Data retention (or"
                            + " Tables > Manage table > total retention): set at least the required"
                            + " days; on archive storage accounts remove or lengthen lifecycle"
                            + " delete rules for insights-logs-* containers.",
                        "az monitor log-analytics workspace update --resource-group <rg>"
                            + " --workspace-name <workspace> --retention-time 365")
                    .withBicep(
                        "resource law 'Microsoft.OperationalInsights/workspaces@2022-10-01' = {\n"
                            + "  name: 'law-central'\n"
                            + "  location: location\n"
                            + "  properties: { retentionInDays: 365, sku: { name: 'PerGB2018' } }\n"
                            + "}"))
            .learnMore(
                "https://learn.microsoft.com/azure/azure-monitor/logs/data-retention-configure")
            .controls("MCSB LT-6")
            .checklistItems(ChecklistRow.AUDIT_LOG_RETENTION.text())
            .reads(reads(options))
            .reportsOnEach(options.criticalResourceCategories().keySet())
            .reportsOnEach(STORAGE_ACCOUNTS, VIRTUAL_MACHINES, VM_SCALE_SETS, ARC_MACHINES)
            .optionallyReads(
                WORKSPACES,
                WORKSPACE_TABLES,
                MANAGEMENT_POLICIES,
                VM_EXTENSIONS,
                ARC_EXTENSIONS,
                DATA_COLLECTION_RULE_ASSOCIATIONS,
                DATA_COLLECTION_RULES)
            .optionallyReads(
                DiagnosticLogs.sourceStateTypes(options.criticalResourceCategories().keySet()))
            .build(),
        options);
  }

  /** The critical types, diagnostic settings, storage accounts and VMs whose logs are judged. */
  private static List<ResourceType> reads(ChecklistOptions options) {
    List<ResourceType> reads = new ArrayList<>(options.criticalResourceCategories().keySet());
    reads.addAll(
        List.of(
            DIAGNOSTIC_SETTINGS,
            ENTRA_DIAGNOSTIC_SETTINGS,
            STORAGE_ACCOUNTS,
            VIRTUAL_MACHINES,
            VM_SCALE_SETS,
            ARC_MACHINES));
    return reads;
  }

  @Override
  public void evaluate(RuleContext context) {
    Snapshot snapshot = context.snapshot();
    int days = options().retentionDays();
    for (String subscription : snapshot.metadata().subscriptions()) {
      LogRouting routing =
          DiagnosticLogs.route(
              snapshot,
              ResourceId.subscription(subscription),
              SUBSCRIPTIONS,
              options().activityLogCategories());
      judge(
          () -> context.verdict(Target.subscription(subscription)).dependsOn(DIAGNOSTIC_SETTINGS),
          "Subscription '" + subscription + "'",
          routing,
          options().activityLogCategories(),
          days);
    }
    LogRouting entra =
        DiagnosticLogs.route(snapshot, ResourceId.TENANT, TENANT, options().entraLogCategories());
    judge(
        () -> context.verdict(Target.tenant()).dependsOn(ENTRA_DIAGNOSTIC_SETTINGS),
        "Entra ID",
        entra,
        options().entraLogCategories(),
        days);
    for (ResourceType type : options().criticalResourceCategories().keySet()) {
      for (Resource resource : context.resources(type)) {
        List<String> categories = options().criticalCategoriesOf(resource, type);
        LogRouting routing = DiagnosticLogs.routeResource(snapshot, resource, type, categories);
        judge(
            () -> context.verdict(resource).dependsOn(type, DIAGNOSTIC_SETTINGS),
            ResourceLabels.of(resource),
            routing,
            categories,
            days);
      }
    }
    for (Resource account : context.resources(STORAGE_ACCOUNTS)) {
      List<RetentionVerdict.Stream> streams = new ArrayList<>();
      for (ResourceType service : options().loggedStorageServices()) {
        LogRouting routing = DiagnosticLogs.routeStorageService(snapshot, account.id(), service);
        for (RetentionVerdict.Stream stream :
            RetentionVerdict.of(routing, CategoryGroups.STORAGE_DATA_PLANE, days).streams()) {
          streams.add(
              new RetentionVerdict.Stream(
                  ResourceLabels.service(service) + " " + stream.stream(),
                  stream.retention(),
                  stream.note()));
        }
      }
      judge(
          () -> context.verdict(account).dependsOn(STORAGE_ACCOUNTS, DIAGNOSTIC_SETTINGS),
          ResourceLabels.of(account),
          RetentionVerdict.of(streams, days));
    }
    // Scale sets and Arc machines send guest logs through the same agent and rules as VMs.
    for (Resource vm : machines(context)) {
      GuestLogCollection logs =
          GuestLogs.of(snapshot, vm, options().windowsEventLogs(), options().syslogFacilities());
      if (logs.sinks().isEmpty()) {
        // Whether logs are sent at all is FR-LOG-04's question; how long they stay cannot be told
        // while where they go is unknown.
        logs.unknownReason()
            .ifPresent(
                reason ->
                    context
                        .verdict(vm)
                        .unknown(
                            ResourceLabels.of(vm)
                                + ": where its guest OS logs go is unknown: "
                                + reason
                                + ".")
                        .report());
        continue;
      }
      // One stream per required log: each must be kept long enough, so the shortest decides.
      List<RetentionVerdict.Stream> streams =
          logs.retentions(snapshot, days).stream()
              .map(
                  kept ->
                      new RetentionVerdict.Stream(kept.log(), kept.retention(), Optional.empty()))
              .toList();
      judge(
          () -> context.verdict(vm).dependsOn(vm.type()),
          ResourceLabels.of(vm),
          RetentionVerdict.of(streams, days));
    }
  }

  private static List<Resource> machines(RuleContext context) {
    List<Resource> machines = new ArrayList<>(context.resources(VIRTUAL_MACHINES));
    machines.addAll(context.resources(VM_SCALE_SETS));
    machines.addAll(context.resources(ARC_MACHINES));
    return machines;
  }

  /**
   * Judges the exported categories of one routing; unknown settings make the finding UNKNOWN. The
   * finding is started only when there is something to report.
   */
  private static void judge(
      Supplier<Verdict> finding,
      String subject,
      LogRouting routing,
      List<String> categories,
      int days) {
    if (routing.unknownReason().isPresent()) {
      finding
          .get()
          .unknown(subject + ": what it exports is unknown: " + routing.unknownReason().get() + ".")
          .report();
      return;
    }
    judge(finding, subject, RetentionVerdict.of(routing, categories, days));
  }

  private static void judge(Supplier<Verdict> finding, String subject, RetentionVerdict verdict) {
    if (!verdict.isEmpty()) {
      verdict.report(finding.get(), subject, QUESTION);
    }
  }
}
