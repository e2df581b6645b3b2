package dev.readiness.rules.network;

import static dev.readiness.rules.types.AzureTypes.AZURE_FIREWALLS;
import static dev.readiness.rules.types.AzureTypes.BASTION_HOSTS;
import static dev.readiness.rules.types.AzureTypes.EXPRESS_ROUTE_CIRCUITS;
import static dev.readiness.rules.types.AzureTypes.FIREWALL_POLICIES;
import static dev.readiness.rules.types.AzureTypes.FIREWALL_POLICY_RULE_COLLECTION_GROUPS;
import static dev.readiness.rules.types.AzureTypes.LOAD_BALANCERS;
import static dev.readiness.rules.types.AzureTypes.NETWORK_INTERFACES;
import static dev.readiness.rules.types.AzureTypes.NETWORK_SECURITY_GROUPS;
import static dev.readiness.rules.types.AzureTypes.VIRTUAL_MACHINES;
import static dev.readiness.rules.types.AzureTypes.VIRTUAL_NETWORKS;
import static dev.readiness.rules.types.AzureTypes.VIRTUAL_NETWORK_GATEWAYS;
import static dev.readiness.rules.types.AzureTypes.VM_SCALE_SETS;

import dev.readiness.api.Category;
import dev.readiness.api.Evidence;
import dev.readiness.api.Json;
import dev.readiness.api.Remediation;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceId;
import dev.readiness.api.ResourceType;
import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleMetadata;
import dev.readiness.api.Severity;
import dev.readiness.api.Target;
import dev.readiness.api.Verdict;
import dev.readiness.rules.checklist.ChecklistRow;
import dev.readiness.rules.checklist.NetworkOptions;
import dev.readiness.rules.support.ConfiguredChecklistRule;
import dev.readiness.rules.support.Ids;
import dev.readiness.rules.support.ScaleSets;
import dev.readiness.rules.support.Scopes;
import dev.readiness.rules.support.Texts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * FR-NET-03: no VM or Uniform scale set instance can be reached on a management port from the
 * Internet (through a public IP of its own, a public load balancer, or an Azure Firewall DNAT
 * rule), and each subscription with VMs has a private management path (Bastion, a VPN or
 * ExpressRoute gateway, or a circuit).
 */
// Over 400 lines as one job, FR-NET-03's one question: the three ways in from the Internet (own
// public IP, public load balancer, firewall DNAT) and the private paths are read together because
// a VM passes only when none reaches it.
public final class PrivateManagementAccess extends ConfiguredChecklistRule<NetworkOptions> {
  private static final RuleMetadata METADATA =
      RuleMetadata.builder("FR-NET-03")
          .title("VMs are managed privately, not from the Internet")
          .category(Category.NETWORK_SECURITY)
          .severity(
              Severity.HIGH,
              "A management port reachable from the Internet invites password spraying and leaves"
                  + " only the VM's own, easily wiped logs as a record.")
          .rationale(
              "Protects the question 'who connected to this VM to administer it?': when"
                  + " management goes through Bastion, a VPN or ExpressRoute, every session passes"
                  + " a logged, authenticated chokepoint instead of arriving straight from anywhere"
                  + " on the Internet.")
          .remediation(
              Remediation.of(
                  "Azure portal > Virtual machines > (VM) > Networking: remove inbound rules for"
                      + " ports 22/3389 from 'Any' or 'Internet' and detach public IPs that only"
                      + " serve administration; Load balancers > (balancer) > Inbound NAT rules,"
                      + " and Firewall policies > DNAT rules: remove those that forward"
                      + " management ports from the Internet; then Bastions > Create (or Virtual"
                      + " network gateways > Create for a VPN) and connect through it.",
                  "az network bastion create --resource-group <rg> --name <bastion>"
                      + " --vnet-name <vnet> --public-ip-address <bastion-pip> --location"
                      + " <region>"))
          .learnMore("https://learn.microsoft.com/azure/bastion/bastion-overview")
          .controls("MCSB NS-1", "MCSB PA-7", "CIS Azure 2.0 7.1")
          .peerChecks(
              "Prowler network_bastion_host_exists",
              "Prowler network_rdp_internet_access_restricted",
              "Prowler network_ssh_internet_access_restricted",
              "Prowler vm_jit_access_enabled")
          .checklistItems(ChecklistRow.PRIVATE_CONNECTIVITY.text())
          .reads(
              VIRTUAL_MACHINES,
              VM_SCALE_SETS,
              NETWORK_INTERFACES,
              NETWORK_SECURITY_GROUPS,
              VIRTUAL_NETWORKS,
              LOAD_BALANCERS,
              AZURE_FIREWALLS,
              FIREWALL_POLICIES,
              FIREWALL_POLICY_RULE_COLLECTION_GROUPS,
              BASTION_HOSTS,
              VIRTUAL_NETWORK_GATEWAYS,
              EXPRESS_ROUTE_CIRCUITS)
          .reportsOnEach(VIRTUAL_MACHINES, VM_SCALE_SETS)
          .build();

  /** The rule with the management ports of {@code options}. */
  public PrivateManagementAccess(NetworkOptions options) {
    super(METADATA, options);
  }

  @Override
  public void evaluate(RuleContext context) {
    List<Resource> firewalls = context.resources(AZURE_FIREWALLS);
    context.resources(VIRTUAL_MACHINES).forEach(vm -> machine(context, vm, firewalls));
    for (Resource scaleSet : context.resources(VM_SCALE_SETS)) {
      if (!ScaleSets.isFlexible(scaleSet)) {
        scaleSet(context, scaleSet, firewalls);
      }
    }
    for (String subscription : context.snapshot().subscriptions()) {
      if (!Scopes.inSubscription(context, VIRTUAL_MACHINES, subscription).isEmpty()
          || Scopes.inSubscription(context, VM_SCALE_SETS, subscription).stream()
              .anyMatch(scaleSet -> !ScaleSets.isFlexible(scaleSet))) {
        managementPath(context, subscription);
      }
    }
  }

  /**
   * One network interface of a VM or of a scale set's model: its own NSG and IP configurations, and
   * the interface resource itself for a VM (a scale set's model has none to change alone).
   */
  private record Interface(Json ownNsg, List<Json> ipConfigurations, Optional<Resource> resource) {}

  private void machine(RuleContext context, Resource vm, List<Resource> firewalls) {
    Verdict verdict = context.verdict(vm, "VM '" + vm.name() + "'");
    ManagementAccessFix fix = new ManagementAccessFix();
    List<Interface> interfaces = new ArrayList<>();
    Json references = vm.at("/properties/networkProfile/networkInterfaces");
    if (references.items().isEmpty()) {
      // A record without interfaces (a trimmed export) tells nothing of how the VM is reached.
      verdict.unknown(
          "its network profile lists no network interface",
          Evidence.of(references, "the VM's network interfaces"));
    }
    for (Json reference : references.items()) {
      Json nicId = reference.get("id");
      Optional<Resource> nic = nicId.text().flatMap(id -> context.snapshot().resource(id));
      if (nic.isEmpty()) {
        verdict.unknown("its network interface " + nicId + " is not in the snapshot");
      } else {
        interfaces.add(
            new Interface(
                nic.get().at("/properties/networkSecurityGroup/id"),
                nic.get().properties().get("ipConfigurations").items(),
                nic));
      }
    }
    judge(
        context,
        verdict,
        fix,
        interfaces,
        "/properties/publicIPAddress/id",
        "its public IP address",
        firewalls,
        List.of(VIRTUAL_MACHINES, NETWORK_INTERFACES, NETWORK_SECURITY_GROUPS, VIRTUAL_NETWORKS));
    verdict.fix(fix.fix()).report();
  }

  /**
   * A Uniform scale set: its instances take their NICs from {@code
   * virtualMachineProfile.networkProfile.networkInterfaceConfigurations[]}, where a {@code
   * publicIPAddressConfiguration} gives each instance a public IP and {@code
   * loadBalancerInboundNatPools} or backend pools put them behind a load balancer.
   */
  private void scaleSet(RuleContext context, Resource scaleSet, List<Resource> firewalls) {
    Verdict verdict = context.verdict(scaleSet, "Scale set '" + scaleSet.name() + "'");
    ManagementAccessFix fix = new ManagementAccessFix();
    List<Interface> interfaces = new ArrayList<>();
    for (Json configuration :
        scaleSet
            .at("/properties/virtualMachineProfile/networkProfile/networkInterfaceConfigurations")
            .items()) {
      interfaces.add(
          new Interface(
              configuration.at("/properties/networkSecurityGroup/id"),
              configuration.at("/properties/ipConfigurations").items(),
              Optional.empty()));
    }
    if (interfaces.isEmpty()) {
      verdict.unknown("its instances' network configuration is not in the snapshot");
    }
    judge(
        context,
        verdict,
        fix,
        interfaces,
        "/properties/publicIPAddressConfiguration",
        "a public IP address on each instance",
        firewalls,
        List.of(VM_SCALE_SETS, NETWORK_SECURITY_GROUPS, VIRTUAL_NETWORKS));
    verdict.fix(fix.fix()).report();
  }

  /**
   * Adds, for every IP configuration of {@code interfaces}, the ways the Internet reaches a
   * management port: a public IP at {@code publicIpPointer}, a public load balancer or a firewall
   * DNAT rule.
   */
  private void judge(
      RuleContext context,
      Verdict verdict,
      ManagementAccessFix fix,
      List<Interface> interfaces,
      String publicIpPointer,
      String publicIpDescription,
      List<Resource> firewalls,
      List<ResourceType> ownPath) {
    Set<ResourceType> failedOn = new LinkedHashSet<>(ownPath);
    boolean exposed = false;
    List<Evidence> privateOnly = new ArrayList<>();
    for (Interface nic : interfaces) {
      for (Json configuration : nic.ipConfigurations()) {
        ResourceId network =
            Ids.parse(configuration.at("/properties/subnet/id"))
                .map(ResourceId::parent)
                .orElse(null);
        InternetPaths found = InternetPaths.to(context, configuration, firewalls, network);
        found.undecided().forEach(verdict::unknown);
        List<InternetPaths.Path> ways = new ArrayList<>();
        Json publicIp = configuration.at(publicIpPointer);
        if (isSet(publicIp)) {
          ways.add(
              new InternetPaths.Path(
                  publicIpDescription,
                  InternetPaths.EVERY_PORT,
                  true,
                  Evidence.of(publicIp, "no public IP, or NSGs denying management ports"),
                  List.of()));
        }
        ways.addAll(found.paths());
        if (ways.isEmpty()) {
          privateOnly.add(Evidence.of(publicIp, "no public IP address"));
          continue;
        }
        exposed = true;
        for (InternetPaths.Path way : ways) {
          if (reachablePorts(context, verdict, fix, nic, configuration, way)) {
            failedOn.addAll(way.readFrom());
          }
        }
      }
    }
    if (!exposed && !verdict.hasFailures() && !interfaces.isEmpty()) {
      verdict.pass(
          "it has no public IP address, and no public load balancer or firewall DNAT rule"
              + " forwards to it, so its management ports cannot be reached from the Internet",
          privateOnly.toArray(Evidence[]::new));
    }
    // A failure stands on the data that showed the open path; anything else needed every way in.
    Set<ResourceType> needed = failedOn;
    if (!verdict.hasFailures()) {
      needed.add(LOAD_BALANCERS);
      needed.addAll(InternetPaths.FIREWALL_TYPES);
    }
    verdict.dependsOn(needed.toArray(ResourceType[]::new));
  }

  /** True when {@code value} is present and, if it is text, not blank. */
  private static boolean isSet(Json value) {
    return !value.isMissingOrNull() && !value.text().map(String::isBlank).orElse(false);
  }

  /**
   * Adds which management ports the Internet reaches through {@code way}; true when some are open.
   * Paths through a public IP or a load balancer still pass the NSGs of the NIC and its subnet;
   * DNAT paths were filtered by the firewall rule's own source list.
   */
  private boolean reachablePorts(
      RuleContext context,
      Verdict verdict,
      ManagementAccessFix fix,
      Interface nic,
      Json configuration,
      InternetPaths.Path way) {
    List<Integer> delivered = options().managementPorts().stream().filter(way::delivers).toList();
    if (delivered.isEmpty()) {
      verdict.pass(way.description() + " forwards no management port", way.proof());
      return false;
    }
    if (!way.filteredByNsgs()) {
      fix.closeByHand(way.description());
      verdict.fail(openPorts(delivered, way), way.proof());
      return true;
    }
    List<Resource> groups = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    Json subnetId = configuration.at("/properties/subnet/id");
    Optional<Json> subnet = subnetId.text().flatMap(id -> Subnets.find(context, id));
    List<Json> references = new ArrayList<>();
    Json own = nic.ownNsg();
    references.add(own);
    subnet.ifPresent(s -> references.add(s.at("/properties/networkSecurityGroup/id")));
    for (Json reference : references) {
      reference
          .text()
          .filter(id -> !id.isBlank())
          .ifPresent(
              id ->
                  context
                      .snapshot()
                      .resource(id)
                      .ifPresentOrElse(groups::add, () -> missing.add(id)));
    }
    if (!missing.isEmpty()) {
      verdict.unknown("its NSG " + Texts.joinClauses(missing) + " is not in the snapshot");
      return false;
    }
    if (groups.isEmpty()) {
      // A VM's own interface takes a new NSG; a scale set's model or a subnet is the owner's call.
      nic.resource().ifPresentOrElse(fix::guardInterface, () -> fix.closeByHand(way.description()));
      verdict.fail(
          "it is reachable through " + way.description() + " and has no NSG on its NIC or subnet",
          way.proof(),
          Evidence.of(own, "a network security group"));
      return true;
    }
    List<Integer> open = new ArrayList<>();
    List<Evidence> proof = new ArrayList<>();
    Map<Resource, List<Json>> allowingRules = new LinkedHashMap<>();
    for (int port : delivered) {
      Map<Resource, Json> allowing = new LinkedHashMap<>();
      for (Resource group : groups) {
        NsgRules.allowingFromInternet(group, port).ifPresent(rule -> allowing.put(group, rule));
      }
      // Traffic passes only when every NSG on the path (subnet and NIC) lets it through.
      if (allowing.size() == groups.size()) {
        open.add(port);
        allowing.forEach(
            (group, rule) -> {
              proof.add(Evidence.of(rule.at("/properties/access"), "Deny from the Internet"));
              allowingRules.computeIfAbsent(group, g -> new ArrayList<>()).add(rule);
            });
      }
    }
    // Closing one NSG on the path is enough; each open one is narrowed so that none is left.
    allowingRules.forEach((group, rules) -> rules.forEach(rule -> fix.narrow(group, rule, open)));
    if (open.isEmpty()) {
      verdict.pass(
          "its NSGs block management ports "
              + delivered
              + " from the Internet through "
              + way.description(),
          way.proof());
      return false;
    }
    proof.add(0, way.proof());
    verdict.fail(openPorts(open, way), proof.toArray(Evidence[]::new));
    return true;
  }

  private static String openPorts(List<Integer> open, InternetPaths.Path way) {
    return "management "
        + (open.size() == 1 ? "port " : "ports ")
        + open
        + " can be reached from the Internet through "
        + way.description();
  }

  private static void managementPath(RuleContext context, String subscription) {
    List<String> paths = new ArrayList<>();
    List<Evidence> proof = new ArrayList<>();
    for (Resource bastion : Scopes.inSubscription(context, BASTION_HOSTS, subscription)) {
      paths.add("Bastion '" + bastion.name() + "'");
      proof.add(Evidence.of(bastion.sku().get("name"), "a Bastion host"));
    }
    for (Resource gateway :
        Scopes.inSubscription(context, VIRTUAL_NETWORK_GATEWAYS, subscription)) {
      Json type = gateway.properties().get("gatewayType");
      paths.add(type.textOr("virtual network") + " gateway '" + gateway.name() + "'");
      proof.add(Evidence.of(type, "Vpn or ExpressRoute"));
    }
    for (Resource circuit : Scopes.inSubscription(context, EXPRESS_ROUTE_CIRCUITS, subscription)) {
      paths.add("ExpressRoute circuit '" + circuit.name() + "'");
      proof.add(Evidence.of(circuit.properties().get("circuitProvisioningState"), "\"Enabled\""));
    }
    var finding =
        context
            .verdict(Target.subscription(subscription))
            .dependsOn(
                VIRTUAL_MACHINES, BASTION_HOSTS, VIRTUAL_NETWORK_GATEWAYS, EXPRESS_ROUTE_CIRCUITS);
    if (paths.isEmpty()) {
      finding
          .evidence(
              Evidence.absent(
                  ResourceId.subscription(subscription),
                  "no Bastion host, VPN or ExpressRoute gateway, or ExpressRoute circuit",
                  "a private management path"))
          .fix(ManagementAccessFix.privatePath(context, subscription))
          .fail(
              "Subscription "
                  + subscription
                  + " runs VMs but has no Bastion, VPN or ExpressRoute path for managing them.")
          .report();
    } else {
      finding
          .evidence(proof)
          .pass(
              "Subscription "
                  + subscription
                  + " has a private management path: "
                  + Texts.joinClauses(paths)
                  + ".")
          .report();
    }
  }
}
