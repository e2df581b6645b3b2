package dev.readiness.rules.logging;

import static dev.readiness.rules.types.AzureTypes.ARC_EXTENSIONS;
import static dev.readiness.rules.types.AzureTypes.ARC_MACHINES;
import static dev.readiness.rules.types.AzureTypes.DATA_COLLECTION_RULES;
import static dev.readiness.rules.types.AzureTypes.DATA_COLLECTION_RULE_ASSOCIATIONS;
import static dev.readiness.rules.types.AzureTypes.VIRTUAL_MACHINES;
import static dev.readiness.rules.types.AzureTypes.VM_EXTENSIONS;
import static dev.readiness.rules.types.AzureTypes.VM_SCALE_SETS;

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
import dev.readiness.rules.support.ChecklistRule;
import dev.readiness.rules.support.GuestLogCollection;
import dev.readiness.rules.support.GuestLogFix;
import dev.readiness.rules.support.GuestLogs;
import dev.readiness.rules.support.ResourceLabels;
import dev.readiness.rules.support.Texts;
import java.util.List;
import java.util.stream.Stream;

/**
 * FR-LOG-04: every VM, scale set and Arc server sends its Windows event logs or Syslog to a Log
 * Analytics workspace through the Azure Monitor Agent and a data collection rule.
 */
public final class GuestOsLogsRule extends ChecklistRule {
  private final List<String> windowsLogs;
  private final List<String> syslogFacilities;

  /** The rule with the event logs and facilities of {@code options}. */
  public GuestOsLogsRule(ChecklistOptions options) {
    super(
        RuleMetadata.builder("FR-LOG-04")
            .title("VM guest OS logs collected")
            .category(Category.LOGGING_AND_MONITORING)
            .severity(
                Severity.CRITICAL,
                "Without guest logs nothing records what ran on a compromised machine.")
            .rationale(
                "Which processes ran on the VM, which accounts logged on, were local accounts"
                    + " created? Only the guest's Security/System event logs or Syslog tell, and"
                    + " they reach a workspace only through the Azure Monitor Agent plus a data"
                    + " collection rule association. The retired Log Analytics agent does not"
                    + " count. A log collected only through an XPath filter, a Syslog level list"
                    + " without Info or a transformation may lack those events, so it is UNKNOWN"
                    + " and the filter is named.")
            .remediation(
                Remediation.of(
                    "Monitor > Data Collection Rules > Create: add the data source 'Windows"
                        + " Event Logs' (Security and System) or 'Linux Syslog' (auth,"
                        + " authpriv) with a Log Analytics destination, then add the VM under"
                        + " Resources; this installs the Azure Monitor Agent and creates the"
                        + " association.",
                    "az monitor data-collection rule association create --name dcra-security"
                        + " --rule-id <dcr-resource-id> --resource <vm-resource-id> && az vm"
                        + " extension set --vm-name <vm> --resource-group <rg> --name"
                        + " AzureMonitorWindowsAgent --publisher Microsoft.Azure.Monitor"
                        + " --enable-auto-upgrade true"))
            .learnMore(
                "https://learn.microsoft.com/azure/azure-monitor/agents/azure-monitor-agent-overview")
            .controls("MCSB LT-3", "MCSB LT-4")
            .peerChecks(
                "PSRule Azure.VM.AMA",
                "Azure Policy 'Windows virtual machines should have Azure Monitor Agent installed'",
                "Azure Policy 'Linux virtual machines should have Azure Monitor Agent installed'")
            .checklistItems(
                ChecklistRow.DIAGNOSTIC_LOGGING.text(), ChecklistRow.VM_GUEST_OS_LOGS.text())
            .reads(
                VIRTUAL_MACHINES,
                VM_EXTENSIONS,
                VM_SCALE_SETS,
                ARC_MACHINES,
                ARC_EXTENSIONS,
                DATA_COLLECTION_RULE_ASSOCIATIONS,
                DATA_COLLECTION_RULES)
            .reportsOnEach(VIRTUAL_MACHINES, VM_SCALE_SETS, ARC_MACHINES)
            .build(),
        options);
    this.windowsLogs = options.windowsEventLogs();
    this.syslogFacilities = options.syslogFacilities();
  }

  @Override
  public void evaluate(RuleContext context) {
    check(context, VIRTUAL_MACHINES, VM_EXTENSIONS);
    // A scale set carries its extensions in its own model.
    check(context, VM_SCALE_SETS, VM_SCALE_SETS);
    check(context, ARC_MACHINES, ARC_EXTENSIONS);
  }

  private void check(RuleContext context, ResourceType type, ResourceType extensions) {
    for (Resource machine : context.resources(type)) {
      GuestLogCollection logs =
          GuestLogs.of(context.snapshot(), machine, windowsLogs, syslogFacilities);
      Verdict finding =
          context
              .verdict(machine)
              .evidence(logs.evidence())
              .dependsOn(
                  Stream.of(type, extensions, DATA_COLLECTION_RULE_ASSOCIATIONS)
                      .distinct()
                      .toArray(ResourceType[]::new));
      String label = ResourceLabels.of(machine);
      if (logs.complete()) {
        finding
            .pass(
                label
                    + " sends its guest OS logs to "
                    + Texts.joinClauses(
                        logs.sinks().stream()
                            .map(s -> s.table() + " in workspace '" + s.workspace().name() + "'")
                            .distinct()
                            .toList())
                    + " through the Azure Monitor Agent.")
            .report();
      } else if (logs.unknownReason().isPresent()) {
        finding
            .unknown(
                "The guest log collection of "
                    + label
                    + " is unknown: "
                    + logs.unknownReason().get()
                    + ".")
            .report();
      } else {
        finding.fix(GuestLogFix.of(logs));
        finding
            .fail(
                label
                    + " has "
                    + Texts.joinClauses(logs.gaps())
                    + ", so no guest OS logs reach a workspace: process execution, logons and local"
                    + " accounts on it could not be investigated.")
            .report();
      }
    }
  }
}
