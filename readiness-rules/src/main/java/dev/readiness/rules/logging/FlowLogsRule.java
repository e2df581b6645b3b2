package dev.readiness.rules.logging;

import static dev.readiness.rules.types.AzureTypes.FLOW_LOGS;
import static dev.readiness.rules.types.AzureTypes.MANAGEMENT_POLICIES;
import static dev.readiness.rules.types.AzureTypes.NETWORK_INTERFACES;
import static dev.readiness.rules.types.AzureTypes.NETWORK_SECURITY_GROUPS;
import static dev.readiness.rules.types.AzureTypes.STORAGE_ACCOUNTS;
import static dev.readiness.rules.types.AzureTypes.SUBNETS;
import static dev.readiness.rules.types.AzureTypes.VIRTUAL_NETWORKS;
import static dev.readiness.rules.types.AzureTypes.WORKSPACES;
import static dev.readiness.rules.types.AzureTypes.WORKSPACE_TABLES;

import dev.readiness.api.Category;
import dev.readiness.api.Evidence;
import dev.readiness.api.Json;
import dev.readiness.api.Remediation;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceId;
import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleMetadata;
import dev.readiness.api.Severity;
import dev.readiness.api.Verdict;
import dev.readiness.rules.checklist.ChecklistRow;
import dev.readiness.rules.checklist.LoggingOptions;
import dev.readiness.rules.support.ChecklistRule;
import dev.readiness.rules.support.FlowLogCoverage;
import dev.readiness.rules.support.FlowLogFix;
import dev.readiness.rules.support.FlowLogIndex;
import dev.readiness.rules.support.FlowLogs;
import dev.readiness.rules.support.Ids;
import dev.readiness.rules.support.ResourceLabels;
import dev.readiness.rules.support.Retention;
import dev.readiness.rules.support.RetentionVerdict;
import dev.readiness.rules.support.Texts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * FR-LOG-08: every NSG, or the subnet, virtual network or network interface it guards, is the
 * target of an enabled NSG or VNet flow log kept at least the threshold; every subnet without an
 * NSG is the target of one, or its virtual network is.
 */
public final class FlowLogsRule extends ChecklistRule {
  private final int retentionDays;

  /** The rule with the retention threshold of {@code options}. */
  public FlowLogsRule(LoggingOptions options) {
    super(
        RuleMetadata.builder("FR-LOG-08")
            .title("NSG or VNet flow logs enabled and kept")
            .category(Category.LOGGING_AND_MONITORING)
            .severity(
                Severity.HIGH,
                "Without flow logs command-and-control traffic and lateral movement leave no trace.")
            .rationale(
                "Which hosts did the compromised VM talk to, when, and how much data left? Only"
                    + " NSG or VNet flow logs record connections; NSG flow logs are being retired"
                    + " (no new ones since June 2025), VNet flow logs replace them, and either"
                    + " counts. Subnets without an NSG are judged on their virtual network: only a"
                    + " VNet flow log on the subnet or the virtual network records them.")
            .remediation(
                Remediation.of(
                        "Network Watcher > Flow logs > Create: choose the virtual network (VNet"
                            + " flow log) or NSG, a storage account without early lifecycle"
                            + " deletion, and enable Traffic Analytics to the central workspace.",
                        "az network watcher flow-log create --location westeurope --name"
                            + " fl-vnet --vnet <vnet-id> --storage-account <storage-id> --workspace"
                            + " <workspace-id> --traffic-analytics true")
                    .withBicep(
                        "resource flowLog 'Microsoft.Network/networkWatchers/flowLogs@2024-05-01' = {\n"
                            + "  parent: networkWatcher\n"
                            + "  name: 'fl-vnet'\n"
                            + "  location: location\n"
                            + "  properties: {\n"
                            + "    targetResourceId: vnet.id\n"
                            + "    storageId: storage.id\n"
                            + "    enabled: true\n"
                            + "    retentionPolicy: { enabled: false, days: 0 }\n"
                            + "  }\n"
                            + "}"))
            .learnMore("https://learn.microsoft.com/azure/network-watcher/vnet-flow-logs-overview")
            .controls("MCSB LT-4", "CIS Azure 1.3.0 6.4")
            .peerChecks(
                "Prowler network_flow_log_captured_sent",
                "Prowler network_flow_log_more_than_90_days",
                "Azure Policy 'Flow logs should be configured for every network security group'")
            .checklistItems(ChecklistRow.FLOW_LOGS.text())
            .reads(NETWORK_SECURITY_GROUPS, FLOW_LOGS)
            .optionallyReads(
                VIRTUAL_NETWORKS,
                NETWORK_INTERFACES,
                STORAGE_ACCOUNTS,
                MANAGEMENT_POLICIES,
                WORKSPACES,
                WORKSPACE_TABLES)
            .build());
    this.retentionDays = options.retentionDays();
  }

  @Override
  public void evaluate(RuleContext context) {
    FlowLogIndex index = FlowLogIndex.of(context.snapshot());
    Set<ResourceId> subnetsWithNsg = new HashSet<>();
    for (Resource nsg : context.resources(NETWORK_SECURITY_GROUPS)) {
      Set<ResourceId> paths = FlowLogs.pathsGuardedBy(index, nsg);
      paths.stream().filter(p -> p.type().equals(SUBNETS)).forEach(subnetsWithNsg::add);
      FlowLogCoverage coverage = FlowLogs.covering(index, nsg.id(), paths, retentionDays);
      Verdict finding = context.verdict(nsg).evidence(coverage.evidence());
      String label = ResourceLabels.of(nsg) + guarding(context, paths);
      if (coverage.enabled().isEmpty()) {
        finding.fix(FlowLogFix.recording(index, flowLogTargets(paths), retentionDays));
        finding
            .fail(
                label
                    + ": "
                    + coverage.gapClause()
                    + ", so connections to and from the machines behind it could not be"
                    + " reconstructed.")
            .report();
        continue;
      }
      RetentionVerdict.of(
              List.of(
                  new RetentionVerdict.Stream(
                      "its records", coverage.retention(), Optional.empty())),
              retentionDays)
          .report(
              finding,
              "Flow log '"
                  + coverage.enabled().get(0).name()
                  + "' of network security group '"
                  + nsg.name()
                  + "'",
              "connections before that could not be reconstructed");
    }
    for (Resource vnet : context.resources(VIRTUAL_NETWORKS)) {
      subnetsWithoutNsg(context, index, vnet, subnetsWithNsg);
    }
  }

  /**
   * Judges the subnets of {@code vnet} that no NSG guards: no NSG finding speaks for them, so only
   * a VNet flow log on the subnet or on the virtual network records their traffic.
   */
  private void subnetsWithoutNsg(
      RuleContext context, FlowLogIndex index, Resource vnet, Set<ResourceId> subnetsWithNsg) {
    List<String> unrecorded = new ArrayList<>();
    List<Evidence> evidence = new ArrayList<>();
    List<Retention> kept = new ArrayList<>();
    for (Json subnet : vnet.properties().get("subnets").items()) {
      Optional<ResourceId> id = Ids.parse(subnet.get("id"));
      if (id.isEmpty()
          || subnetsWithNsg.contains(id.get())
          || Ids.parse(subnet.at("/properties/networkSecurityGroup/id")).isPresent()) {
        continue;
      }
      FlowLogCoverage coverage =
          FlowLogs.covering(index, id.get(), List.of(id.get(), vnet.id()), retentionDays);
      if (coverage.enabled().isEmpty()) {
        unrecorded.add(id.get().name());
        evidence.add(
            Evidence.absent(
                id.get(),
                "no network security group and no flow log on the subnet or virtual network",
                "an enabled VNet flow log on the subnet or its virtual network"));
      } else {
        evidence.addAll(coverage.evidence());
        kept.add(coverage.retention().about("subnet '" + id.get().name() + "'"));
      }
    }
    if (unrecorded.isEmpty() && kept.isEmpty()) {
      return;
    }
    Verdict finding =
        context.verdict(vnet).dependsOn(VIRTUAL_NETWORKS, FLOW_LOGS).evidence(evidence);
    String label = ResourceLabels.of(vnet);
    if (!unrecorded.isEmpty()) {
      finding.fix(FlowLogFix.recording(index, List.of(vnet.id()), retentionDays));
      finding
          .fail(
              label
                  + ": "
                  + (unrecorded.size() == 1 ? "subnet " : "subnets ")
                  + Texts.joinClauses(unrecorded)
                  + (unrecorded.size() == 1 ? " has" : " have")
                  + " no network security group and no VNet flow log records "
                  + (unrecorded.size() == 1 ? "its" : "their")
                  + " traffic, so connections to and from the machines in "
                  + (unrecorded.size() == 1 ? "it" : "them")
                  + " could not be reconstructed.")
          .report();
      return;
    }
    RetentionVerdict.of(
            List.of(
                new RetentionVerdict.Stream(
                    "the flow records of its subnets without a network security group",
                    Retention.shortest(kept, retentionDays),
                    Optional.empty())),
            retentionDays)
        .report(finding, label, "connections before that could not be reconstructed");
  }

  /**
   * Where a new VNet flow log records the traffic of an NSG's {@code paths}: the virtual networks
   * of the subnets it guards, or, when it guards only network interfaces, those interfaces (a VNet
   * flow log may target a virtual network, a subnet or a network interface:
   * https://learn.microsoft.com/cli/azure/network/watcher/flow-log, create --vnet, --subnet,
   * --nic).
   */
  private static List<ResourceId> flowLogTargets(Set<ResourceId> paths) {
    List<ResourceId> networks =
        paths.stream().filter(p -> p.type().equals(VIRTUAL_NETWORKS)).toList();
    return networks.isEmpty()
        ? paths.stream().filter(p -> p.type().equals(NETWORK_INTERFACES)).toList()
        : networks;
  }

  /** ", guarding virtual machine THA-VM", naming the VMs whose interfaces the NSG guards. */
  private static String guarding(RuleContext context, Set<ResourceId> paths) {
    List<String> vms = new ArrayList<>();
    for (ResourceId path : paths) {
      if (path.type().equals(NETWORK_INTERFACES)) {
        context
            .snapshot()
            .resource(path)
            .flatMap(nic -> Ids.parse(nic.properties().at("/virtualMachine/id")))
            .ifPresent(vm -> vms.add(vm.name()));
      }
    }
    return vms.isEmpty()
        ? ""
        : ", guarding virtual machine" + (vms.size() > 1 ? "s " : " ") + Texts.joinClauses(vms);
  }
}
