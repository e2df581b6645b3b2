package dev.readiness.rules.network;

import static dev.readiness.rules.types.AzureTypes.NETWORK_INTERFACES;
import static dev.readiness.rules.types.AzureTypes.NETWORK_SECURITY_GROUPS;
import static dev.readiness.rules.types.AzureTypes.VIRTUAL_NETWORKS;

import dev.readiness.api.Category;
import dev.readiness.api.Evidence;
import dev.readiness.api.Json;
import dev.readiness.api.Remediation;
import dev.readiness.api.Resource;
import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleMetadata;
import dev.readiness.api.Severity;
import dev.readiness.api.Verdict;
import dev.readiness.rules.checklist.ChecklistOptions;
import dev.readiness.rules.checklist.ChecklistRow;
import dev.readiness.rules.support.ChecklistRule;
import dev.readiness.rules.support.Texts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * FR-NET-01: every subnet (apart from those Azure reserves) and every NIC of a VM is guarded by a
 * network security group, and no NSG lets the Internet reach a management port.
 */
public final class NetworkSecurityGroups extends ChecklistRule {
  private static final RuleMetadata METADATA =
      RuleMetadata.builder("FR-NET-01")
          .title("NSGs guard every subnet and VM, and none opens management ports to the Internet")
          .category(Category.NETWORK_SECURITY)
          .severity(
              Severity.HIGH,
              "An unguarded subnet or an RDP/SSH port open to the Internet is the most common way"
                  + " in, and leaves no flow log to trace it.")
          .rationale(
              "Protects the question 'how did the attacker reach this machine, and where could"
                  + " they go next?': NSGs bound lateral movement and are the anchor of NSG flow"
                  + " logs, so traffic to and from a compromised VM can be traced.")
          .remediation(
              Remediation.of(
                      "Azure portal > Virtual networks > (network) > Subnets > (subnet): Network"
                          + " security group = an NSG; Network security groups > (NSG) > Inbound"
                          + " security rules: delete or restrict rules that allow ports 22, 3389,"
                          + " 5985 or 5986 from 'Any' or 'Internet' (use Bastion or just-in-time"
                          + " access instead).",
                      "az network vnet subnet update --resource-group <rg> --vnet-name <vnet>"
                          + " --name <subnet> --network-security-group <nsg> && az network nsg"
                          + " rule delete --resource-group <rg> --nsg-name <nsg> --name <rule>")
                  .withBicep(
                      "resource subnet 'Microsoft.Network/virtualNetworks/subnets@2024-05-01' = {\n"
                          + "  parent: vnet\n"
                          + "  name: 'snet-app'\n"
                          + "  properties: {\n"
                          + "    addressPrefix: '10.0.1.0/24'\n"
                          + "    networkSecurityGroup: { id: nsg.id }\n"
                          + "  }\n"
                          + "}"))
          .learnMore(
              "https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview")
          .controls("MCSB NS-1", "CIS Azure 2.0 6.1", "CIS Azure 2.0 6.2")
          .peerChecks(
              "PSRule for Azure Azure.VNET.UseNSGs",
              "PSRule for Azure Azure.NSG.AnyInboundSource",
              "PSRule for Azure Azure.NSG.LateralTraversal",
              "Prowler network_subnet_nsg_associated",
              "Prowler network_rdp_internet_access_restricted",
              "Prowler network_ssh_internet_access_restricted",
              "Azure Policy 'Internet-facing virtual machines should be protected with network security groups'")
          .checklistItems(ChecklistRow.NSGS.text())
          .reads(VIRTUAL_NETWORKS, NETWORK_INTERFACES, NETWORK_SECURITY_GROUPS)
          .reportsOnEach(VIRTUAL_NETWORKS, NETWORK_INTERFACES, NETWORK_SECURITY_GROUPS)
          .build();

  /** The rule with the management ports of {@code options}. */
  public NetworkSecurityGroups(ChecklistOptions options) {
    super(METADATA, options);
  }

  @Override
  public void evaluate(RuleContext context) {
    context.resources(VIRTUAL_NETWORKS).forEach(network -> network(context, network));
    for (Resource nic : context.resources(NETWORK_INTERFACES)) {
      if (!nic.at("/properties/virtualMachine/id").textOr("").isBlank()) {
        networkInterface(context, nic);
      }
    }
    context.resources(NETWORK_SECURITY_GROUPS).forEach(nsg -> securityGroup(context, nsg));
  }

  private void network(RuleContext context, Resource network) {
    List<String> guarded = new ArrayList<>();
    List<String> unguarded = new ArrayList<>();
    List<Json> unguardedSubnets = new ArrayList<>();
    List<Evidence> proof = new ArrayList<>();
    for (Json subnet : network.properties().get("subnets").items()) {
      String name = subnet.get("name").textOr("");
      if (Subnets.exempt(name)) {
        continue;
      }
      Json nsg = subnet.at("/properties/networkSecurityGroup/id");
      if (nsg.textOr("").isBlank()) {
        unguarded.add("'" + name + "'");
        unguardedSubnets.add(subnet);
        proof.add(Evidence.of(nsg, "a network security group"));
      } else {
        guarded.add("'" + name + "'");
        if (proof.size() < options().listedItemsLimit()) {
          proof.add(Evidence.of(nsg, "a network security group"));
        }
      }
    }
    if (guarded.isEmpty() && unguarded.isEmpty()) {
      return; // only subnets Azure reserves, or none: nothing an NSG should guard
    }
    Verdict verdict =
        context
            .verdict(network, "Virtual network '" + network.name() + "'")
            .dependsOn(VIRTUAL_NETWORKS);
    int limit = options().listedItemsLimit();
    if (unguarded.isEmpty()) {
      verdict.pass(
          "every subnet has an NSG (" + Texts.listed(guarded, limit) + ")",
          proof.toArray(Evidence[]::new));
    } else {
      verdict.fail(
          (unguarded.size() == 1 ? "subnet " : "subnets ")
              + Texts.listed(unguarded, limit)
              + (unguarded.size() == 1 ? " has" : " have")
              + " no NSG",
          proof.toArray(Evidence[]::new));
    }
    if (!unguarded.isEmpty()) {
      verdict.fix(SubnetGuardFix.guard(network, unguardedSubnets, options().managementPorts()));
    }
    verdict.report();
  }

  private static void networkInterface(RuleContext context, Resource nic) {
    Verdict verdict =
        context
            .verdict(nic, "Network interface '" + nic.name() + "'")
            .dependsOn(NETWORK_INTERFACES, VIRTUAL_NETWORKS);
    Json own = nic.at("/properties/networkSecurityGroup/id");
    if (!own.textOr("").isBlank()) {
      verdict.pass("it has its own NSG", Evidence.of(own, "a network security group"));
    } else {
      List<Json> configurations = nic.properties().get("ipConfigurations").items();
      for (Json configuration : configurations) {
        Json subnetId = configuration.at("/properties/subnet/id");
        Optional<Json> subnet = subnetId.text().flatMap(id -> Subnets.find(context, id));
        if (subnetId.textOr("").isBlank()) {
          verdict.fail(
              "it has no NSG and no subnet to inherit one from",
              Evidence.of(own, "a network security group"));
        } else if (subnet.isEmpty()) {
          verdict.unknown("its subnet's virtual network is not in the snapshot");
        } else {
          Json inherited = subnet.get().at("/properties/networkSecurityGroup/id");
          verdict.check(
              !inherited.textOr("").isBlank(),
              "its subnet has an NSG",
              "neither it nor its subnet has an NSG",
              Evidence.of(own, "a network security group"),
              Evidence.of(inherited, "a network security group"));
        }
      }
      if (configurations.isEmpty()) {
        verdict.fail("it has no NSG", Evidence.of(own, "a network security group"));
      }
    }
    verdict.report();
  }

  private void securityGroup(RuleContext context, Resource nsg) {
    Verdict verdict =
        context
            .verdict(nsg, "Network security group '" + nsg.name() + "'")
            .dependsOn(NETWORK_SECURITY_GROUPS);
    List<Integer> open = new ArrayList<>();
    // Each rule that lets the Internet in is narrowed once, naming every port it opens.
    Map<String, Json> allowing = new LinkedHashMap<>();
    Map<String, List<Integer>> portsOf = new LinkedHashMap<>();
    for (int port : options().managementPorts()) {
      Optional<Json> rule = NsgRules.allowingFromInternet(nsg, port);
      if (rule.isPresent()) {
        open.add(port);
        String name = rule.get().get("name").textOr("");
        allowing.putIfAbsent(name, rule.get());
        portsOf.computeIfAbsent(name, n -> new ArrayList<>()).add(port);
        verdict.fail(
            "rule '"
                + rule.get().get("name").textOr("?")
                + "' allows port "
                + port
                + " from the Internet",
            Evidence.of(
                rule.get().at("/properties/access"), "Deny for Internet sources on port " + port));
      }
    }
    if (open.isEmpty()) {
      verdict.pass(
          "no rule allows management ports " + options().managementPorts() + " from the Internet",
          Evidence.absent(
              nsg.id(),
              "no inbound rule admits ports "
                  + options().managementPorts()
                  + " from the Internet before a deny",
              "no Allow from the Internet on management ports"));
    }
    ManagementAccessFix fix = new ManagementAccessFix();
    allowing.forEach((name, rule) -> fix.narrow(nsg, rule, portsOf.get(name)));
    verdict.fix(fix.fix());
    verdict.report();
  }
}
