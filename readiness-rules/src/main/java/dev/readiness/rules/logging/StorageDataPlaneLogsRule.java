package dev.readiness.rules.logging;

import static dev.readiness.rules.types.AzureTypes.DIAGNOSTIC_SETTINGS;
import static dev.readiness.rules.types.AzureTypes.STORAGE_ACCOUNTS;

import dev.readiness.api.Category;
import dev.readiness.api.Change;
import dev.readiness.api.Evidence;
import dev.readiness.api.Fix;
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
import dev.readiness.rules.support.DiagnosticLogs;
import dev.readiness.rules.support.LogRouting;
import dev.readiness.rules.support.ResourceLabels;
import dev.readiness.rules.support.Texts;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * FR-LOG-09: every storage account's data-plane services export StorageRead, StorageWrite and
 * StorageDelete through a diagnostic setting on the service ({@code blobServices/default}).
 */
public final class StorageDataPlaneLogsRule extends ChecklistRule {
  private final List<ResourceType> services;

  /** The rule with the logged storage services of {@code options}. */
  public StorageDataPlaneLogsRule(ChecklistOptions options) {
    super(
        RuleMetadata.builder("FR-LOG-09")
            .title("Storage data-plane logs exported")
            .category(Category.LOGGING_AND_MONITORING)
            .severity(
                Severity.HIGH,
                "Without them nobody can say who uploaded, read or deleted which blob.")
            .rationale(
                "Who uploaded the attacker's tools to the storage account, who downloaded the"
                    + " data, from which IP and with which key or identity? StorageRead,"
                    + " StorageWrite and StorageDelete answer it; they exist only when a diagnostic"
                    + " setting on the blob service (not the account) exports them.")
            .remediation(
                Remediation.of(
                        "Storage account > Monitoring > Diagnostic settings > blob > Add diagnostic"
                            + " setting: tick StorageRead, StorageWrite and StorageDelete (or the"
                            + " allLogs group; the audit group is not credited with reads) and send to the central Log Analytics workspace.",
                        "az monitor diagnostic-settings create --name blob-to-law --resource"
                            + " <storage-account-id>/blobServices/default --workspace"
                            + " <workspace-resource-id> --logs"
                            + " '[{\"categoryGroup\":\"allLogs\",\"enabled\":true}]'")
                    .withBicep(
                        "resource blobDiag 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {\n"
                            + "  scope: blobService\n"
                            + "  name: 'blob-to-law'\n"
                            + "  properties: {\n"
                            + "    workspaceId: workspaceId\n"
                            + "    logs: [ { categoryGroup: 'allLogs', enabled: true } ]\n"
                            + "  }\n"
                            + "}"))
            .learnMore("https://learn.microsoft.com/azure/storage/blobs/monitor-blob-storage")
            .controls("MCSB LT-3")
            .peerChecks(
                "Azure Policy 'Configure diagnostic settings for Blob Services to Log Analytics"
                    + " workspace'",
                "Checkov CKV2_AZURE_21")
            .checklistItems(ChecklistRow.STORAGE_DATA_PLANE_LOGS.text())
            .reads(STORAGE_ACCOUNTS, DIAGNOSTIC_SETTINGS)
            .optionallyReads(DiagnosticLogs.CATEGORY_GROUP_MEMBERS)
            .build(),
        options);
    this.services = options.loggedStorageServices();
  }

  @Override
  public void evaluate(RuleContext context) {
    for (Resource account : context.resources(STORAGE_ACCOUNTS)) {
      List<Evidence> evidence = new ArrayList<>();
      List<String> gaps = new ArrayList<>();
      List<String> unknown = new ArrayList<>();
      Set<String> destinations = new LinkedHashSet<>();
      List<Change> fixes = new ArrayList<>();
      for (ResourceType service : services) {
        if (service.simpleName().equalsIgnoreCase("blobServices")
            && account.kind().orElse("").equalsIgnoreCase("FileStorage")) {
          continue; // a premium file-share account has no blob service
        }
        LogRouting routing =
            DiagnosticLogs.routeStorageService(context.snapshot(), account.id(), service);
        evidence.addAll(routing.evidence());
        routing.unknownReason().ifPresent(unknown::add);
        if (routing.unknownReason().isEmpty() && !routing.complete()) {
          // The setting hangs on the service, {account}/blobServices/default, not on the account.
          fixes.addAll(
              DiagnosticLogs.exportFix(
                      context.snapshot(),
                      account.id().child(service.simpleName(), "default"),
                      service,
                      routing.uncovered())
                  .changes());
          gaps.add(
              "its "
                  + ResourceLabels.service(service)
                  + " exports no "
                  + Texts.joinClauses(routing.uncovered())
                  + " ("
                  + routing.gapClause()
                  + ")");
        }
        routing.destinations().forEach(d -> destinations.add(d.describe()));
      }
      Verdict finding = context.verdict(account).evidence(evidence);
      String label = ResourceLabels.of(account);
      if (!gaps.isEmpty()) {
        finding
            .fix(Fix.of(fixes))
            .fail(
                label
                    + ": "
                    + String.join("; ", gaps)
                    + ", so nobody could say who uploaded, read or deleted which blob.")
            .report();
      } else if (!unknown.isEmpty()) {
        finding
            .unknown(
                "The data-plane diagnostic settings of "
                    + label
                    + " are unknown: "
                    + String.join("; ", unknown)
                    + ".")
            .report();
      } else {
        finding
            .pass(
                label
                    + " exports StorageRead, StorageWrite and StorageDelete to "
                    + Texts.joinClauses(List.copyOf(destinations))
                    + ".")
            .report();
      }
    }
  }
}
