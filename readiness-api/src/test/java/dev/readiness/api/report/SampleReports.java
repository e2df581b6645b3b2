package dev.readiness.api.report;

import dev.readiness.api.ArmChange;
import dev.readiness.api.Category;
import dev.readiness.api.CoverageRecord;
import dev.readiness.api.Evidence;
import dev.readiness.api.Finding;
import dev.readiness.api.Fix;
import dev.readiness.api.FixParameter;
import dev.readiness.api.HumanStep;
import dev.readiness.api.Remediation;
import dev.readiness.api.Report;
import dev.readiness.api.ResourceId;
import dev.readiness.api.ResourceType;
import dev.readiness.api.RuleMetadata;
import dev.readiness.api.Severity;
import dev.readiness.api.SnapshotMetadata;
import dev.readiness.api.Status;
import dev.readiness.api.Target;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A small report with every status, several areas and text that needs escaping. */
final class SampleReports {
  static final String SUB = "00000000-0000-0000-0000-000000000001";
  static final String RG = "/subscriptions/" + SUB + "/resourceGroups/rg-case";
  static final ResourceId VM =
      ResourceId.parse(RG + "/providers/Microsoft.Compute/virtualMachines/THA-VM");
  static final ResourceId STORAGE =
      ResourceId.parse(RG + "/providers/Microsoft.Storage/storageAccounts/stcasetools");
  static final ResourceId LAB_STORAGE =
      ResourceId.parse(
          "/subscriptions/"
              + SUB
              + "/resourceGroups/rg-lab/providers/Microsoft.Storage"
              + "/storageAccounts/stlab");
  static final ResourceType VM_TYPE = ResourceType.of("Microsoft.Compute/virtualMachines");
  static final ResourceType STORAGE_TYPE = ResourceType.of("Microsoft.Storage/storageAccounts");

  static final RuleMetadata GUEST_LOGS =
      RuleMetadata.builder("FR-LOG-VM-GUEST")
          .title("VM guest OS logs are collected")
          .category(Category.LOGGING_AND_MONITORING)
          .severity(Severity.HIGH, "Without guest logs, process and logon history is gone.")
          .rationale("Which processes ran on the VM, and who logged on?")
          .remediation(
              Remediation.of(
                      "Install the Azure Monitor Agent and associate a data collection rule.",
                      "az vm extension set --name AzureMonitorWindowsAgent"
                          + " --publisher Microsoft.Azure.Monitor --vm-name THA-VM -g rg-case")
                  .withBicep("resource dcra 'Microsoft.Insights/dataCollectionRuleAssociations'"))
          .learnMore("https://learn.microsoft.com/azure/azure-monitor/agents/agents-overview")
          .controls("MCSB LT-4")
          .peerChecks("PSRule Azure.VM.AMA")
          .checklistItems("Diagnostic logging for VMs and other critical resources")
          .reads(VM_TYPE)
          .build();

  static final RuleMetadata STORAGE_LOGS =
      RuleMetadata.builder("FR-LOG-STORAGE-DATA")
          .title("Storage data-plane logs are kept")
          .category(Category.LOGGING_AND_MONITORING)
          .severity(Severity.MEDIUM, "Staged tools cannot be traced to an uploader.")
          .rationale("Who uploaded what to the storage account, and when?")
          .remediation(
              Remediation.of(
                  "Add a diagnostic setting on blobServices/default sending StorageWrite.",
                  "az monitor diagnostic-settings create --resource <id>/blobServices/default"))
          .checklistItems(
              "Diagnostic logging for VMs and other critical resources",
              "Logs centralized in Log Analytics")
          .reads(STORAGE_TYPE)
          .build();

  static final RuleMetadata IR_PLAN =
      RuleMetadata.builder("FR-IR-PLAN")
          .title("An incident response plan exists")
          .category(Category.INCIDENT_RESPONSE)
          .severity(Severity.LOW, "A plan shortens the response; it does not create evidence.")
          .rationale("Does everyone know what to preserve first?")
          .remediation(Remediation.of("Write and date the plan.", "az rest --method get"))
          .checklistItems("An incident response plan")
          .manual()
          .build();

  static final RuleMetadata BROKEN =
      RuleMetadata.builder("FR-NET-FLOW")
          .title("Flow logs are enabled")
          .category(Category.NETWORK_SECURITY)
          .severity(Severity.CRITICAL, "No view of command-and-control traffic.")
          .rationale("Which hosts did the VM talk to?")
          .remediation(
              Remediation.of("Enable VNet flow logs.", "az network watcher flow-log create"))
          .reads(ResourceType.of("Microsoft.Network/networkWatchers/flowLogs"))
          .build();

  private SampleReports() {}

  /** A failing storage rule with {@code id}, for reports of many findings. */
  static RuleMetadata rule(String id) {
    return RuleMetadata.builder(id)
        .title("Rule " + id)
        .category(Category.LOGGING_AND_MONITORING)
        .severity(Severity.MEDIUM, "A test rule.")
        .rationale("Is it logged?")
        .remediation(Remediation.of("Turn logging on.", "az monitor diagnostic-settings create"))
        .reads(STORAGE_TYPE)
        .build();
  }

  static Report report() {
    SnapshotMetadata metadata =
        new SnapshotMetadata(
            Optional.of("00000000-0000-0000-0000-000000000000"),
            List.of(SUB),
            "AzureCloud",
            Instant.parse("2026-03-01T10:00:00Z"),
            "readiness",
            "test");
    Target vm = new Target(VM, "THA-VM", VM_TYPE);
    Target storage = new Target(STORAGE, "stcasetools", STORAGE_TYPE);
    Target lab = new Target(LAB_STORAGE, "stlab", STORAGE_TYPE);
    ResourceId blob = ResourceId.parse(STORAGE + "/blobServices/default");
    List<Finding> findings =
        List.of(
            finding(
                GUEST_LOGS,
                Status.FAIL,
                vm,
                "THA-VM sends no guest OS logs: no Azure Monitor Agent, no data collection rule.",
                new Evidence(VM, "/resources", "[]", "an AzureMonitorWindowsAgent extension")),
            finding(
                STORAGE_LOGS,
                Status.FAIL,
                storage,
                "=HYPERLINK(\"http://attacker.example\") no StorageWrite, \"quoted\", <b>bold</b>",
                Evidence.absent(blob, "no diagnostic setting", "StorageWrite to a workspace")),
            finding(
                STORAGE_LOGS,
                Status.FAIL,
                lab,
                "stlab keeps no data-plane logs.",
                Evidence.absent(LAB_STORAGE, "no diagnostic setting", "StorageWrite")),
            finding(
                STORAGE_LOGS,
                Status.PASS,
                new Target(
                    ResourceId.parse(RG + "/providers/Microsoft.Storage/storageAccounts/stgood"),
                    "stgood",
                    STORAGE_TYPE),
                "stgood sends StorageRead, StorageWrite and StorageDelete (allLogs).",
                new Evidence(
                    ResourceId.parse(RG + "/providers/Microsoft.Storage/storageAccounts/stgood"),
                    "/properties/logs/0/categoryGroup",
                    "\"allLogs\"",
                    "allLogs or the three storage categories")),
            finding(IR_PLAN, Status.MANUAL, Target.tenant(), "Attest the incident response plan."),
            finding(
                BROKEN,
                Status.UNKNOWN,
                Target.subscription(SUB),
                "Not evaluated: Microsoft.Network/networkWatchers/flowLogs was denied (HTTP 403)."),
            finding(
                BROKEN,
                Status.ERROR,
                Target.tenant(),
                "Rule FR-NET-FLOW failed: NullPointerException: résumé ✓ & <tag>"));
    List<CoverageRecord> gaps =
        List.of(
            CoverageRecord.denied(
                ResourceId.subscription(SUB),
                ResourceType.of("Microsoft.Network/networkWatchers/flowLogs"),
                403,
                "Microsoft.Network/networkWatchers/flowLogs/read",
                "GET /subscriptions/" + SUB + "/providers/Microsoft.Network/networkWatchers"));
    return new Report(metadata, List.of(GUEST_LOGS, STORAGE_LOGS, IR_PLAN, BROKEN), findings, gaps);
  }

  /**
   * The sample report whose failure on stcasetools carries its own fix: a diagnostic setting with a
   * parameter, and a human step.
   */
  static Report withFix() {
    FixParameter workspace =
        new FixParameter("workspaceId", "The Log Analytics workspace.", "/workspaces/default");
    Fix fix =
        Fix.of(
            ArmChange.put(
                    STORAGE
                        + "/blobServices/default/providers/Microsoft.Insights/diagnosticSettings/readiness",
                    "Microsoft.Insights/diagnosticSettings",
                    "2021-05-01-preview",
                    Map.of("properties", Map.of("workspaceId", workspace)),
                    "Export the blob service's logs.")
                .costing("Ingestion is billed per GB."),
            new HumanStep("Confirm the workspace's retention.", "the log owner"));
    Report sample = report();
    List<Finding> findings =
        sample.findings().stream()
            .map(
                f ->
                    f.target().name().equals("stcasetools")
                        ? new Finding(
                            f.ruleId(),
                            f.status(),
                            f.severity(),
                            f.target(),
                            f.message(),
                            f.evidence(),
                            f.remediation(),
                            fix)
                        : f)
            .toList();
    return new Report(sample.snapshot(), sample.rules(), findings, sample.coverageGaps());
  }

  /** The sample report with a waiver on the lab storage account and one expired waiver. */
  static ScanReport waived() {
    return ScanReport.builder(report())
        .waivers(
            Waivers.of(
                List.of(
                    new Waiver(
                        "FR-LOG-STORAGE-DATA",
                        "/subscriptions/*/resourceGroups/rg-lab/**",
                        "Lab account, synthetic data only.",
                        "secops@contoso.example",
                        LocalDate.parse("2026-12-31"),
                        "waivers.json:3:5"),
                    new Waiver(
                        "FR-LOG-VM-GUEST",
                        VM.toString(),
                        "Agent rollout planned.",
                        "ops@contoso.example",
                        LocalDate.parse("2026-02-28"),
                        "waivers.json:10:5"))))
        .investigation(
            new InvestigationView(
                List.of(
                    new InvestigationView.ResourceQuestions(
                        VM,
                        "THA-VM",
                        VM_TYPE,
                        List.of(
                            new InvestigationView.Question(
                                "Which processes ran on THA-VM, and who logged on?",
                                false,
                                Optional.of("no Azure Monitor Agent sends Windows event logs"),
                                List.of("FR-LOG-VM-GUEST")),
                            new InvestigationView.Question(
                                "Can the disk be preserved as it was?",
                                true,
                                Optional.empty(),
                                List.of("FR-DATA-VM-BACKUP")))))))
        .build();
  }

  private static Finding finding(
      RuleMetadata rule, Status status, Target target, String message, Evidence... evidence) {
    return new Finding(
        rule.id(), status, rule.severity(), target, message, List.of(evidence), rule.remediation());
  }
}
