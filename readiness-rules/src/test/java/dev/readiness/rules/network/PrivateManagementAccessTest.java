package dev.readiness.rules.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.ArmChange;
import dev.readiness.api.Finding;
import dev.readiness.api.Fix;
import dev.readiness.api.HumanStep;
import dev.readiness.api.Report;
import dev.readiness.rules.checklist.ChecklistOptions;
import dev.readiness.rules.support.FixParameters;
import dev.readiness.rules.types.AzureTypes;
import dev.readiness.testkit.RuleTestHelper;
import dev.readiness.testkit.fixtures.NetworkSecurityGroup;
import dev.readiness.testkit.fixtures.ResourceGroup;
import dev.readiness.testkit.fixtures.Subscription;
import dev.readiness.testkit.fixtures.Tenant;
import dev.readiness.testkit.fixtures.VirtualMachine;
import dev.readiness.testkit.fixtures.VirtualNetwork;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrivateManagementAccessTest {
  private static final PrivateManagementAccess RULE =
      new PrivateManagementAccess(ChecklistOptions.defaults().network());

  private static VirtualMachine withPublicIp(VirtualMachine vm) {
    vm.networkInterface()
        .property(
            "/properties/ipConfigurations/0/properties/publicIPAddress/id",
            vm.id().parent() + "/providers/Microsoft.Network/publicIPAddresses/pip-" + vm.name());
    return vm;
  }

  @Test
  void privateVmAndBastionPass() {
    Tenant tenant = Tenant.create();
    Subscription prod = tenant.subscription("prod");
    ResourceGroup net = prod.resourceGroup("rg-net");
    net.virtualMachine("vm-private");
    net.resource("Microsoft.Network/bastionHosts", "bas-hub").sku("Standard");
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectPass("vm-private", "has no public IP address")
        .expectPass(prod.subscriptionId(), "Bastion 'bas-hub'")
        .withEvidenceAt("/sku/name")
        .doTest();
  }

  @Test
  void publicVmWithRdpOpenOnBothLevelsFailsAndNoPathFails() {
    Tenant tenant = Tenant.create();
    Subscription prod = tenant.subscription("prod");
    ResourceGroup net = prod.resourceGroup("rg-net");
    NetworkSecurityGroup open =
        net.networkSecurityGroup("nsg-open").allowsInbound("rdp", "3389", "*");
    VirtualNetwork vnet = net.virtualNetwork("vnet").subnet("snet", open);
    VirtualMachine vm = withPublicIp(net.virtualMachine("THA-VM"));
    vm.networkInterface().subnet(vnet, "snet");
    withPublicIp(net.virtualMachine("vm-bare"));
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectFail("THA-VM", "management port [3389] can be reached from the Internet")
        .withEvidenceAt("/properties/securityRules/0/properties/access")
        .expectFail("vm-bare", "reachable through its public IP address and has no NSG")
        .expectFail(prod.subscriptionId(), "no Bastion, VPN or ExpressRoute path")
        .doTest();
  }

  @Test
  @SuppressWarnings("unchecked")
  void anNsgRuleOpeningRdpToTheInternetIsNarrowedByItsRemediation() {
    Tenant tenant = Tenant.create();
    Subscription prod = tenant.subscription("prod");
    ResourceGroup net = prod.resourceGroup("rg-net");
    NetworkSecurityGroup open =
        net.networkSecurityGroup("nsg-open")
            .allowsInbound("rdp", "3389", "*")
            .allowsInbound("web", "443", "*");
    VirtualNetwork vnet = net.virtualNetwork("vnet").subnet("snet", open);
    VirtualMachine vm = withPublicIp(net.virtualMachine("THA-VM"));
    vm.networkInterface().subnet(vnet, "snet");
    net.resource("Microsoft.Network/bastionHosts", "bas");
    Report report =
        RuleTestHelper.forRule(RULE)
            .given(tenant)
            .expectFixedByItsRemediation("THA-VM")
            .expectPass(prod.subscriptionId())
            .doTest();
    Fix fix = fixOf(report, "THA-VM");
    ArmChange narrowed = (ArmChange) fix.changes().get(0);
    assertThat(fix.changes()).hasSize(1);
    assertThat(narrowed.resourceId()).isEqualTo(open.id() + "/securityRules/rdp");
    Map<String, Object> properties = (Map<String, Object>) narrowed.body().get("properties");
    assertThat(properties.get("sourceAddressPrefix"))
        .isEqualTo(FixParameters.MANAGEMENT_SOURCE_PREFIX);
    assertThat(properties.get("destinationPortRange")).isEqualTo("3389");
    assertThat(String.valueOf(properties.get("priority"))).isEqualTo("100");
    assertThat(properties).doesNotContainKey("provisioningState");
  }

  @Test
  void noNsgOnTheWayInAndNoPrivatePathAreAPersonsDecision() {
    Tenant tenant = Tenant.create();
    Subscription prod = tenant.subscription("prod");
    withPublicIp(prod.resourceGroup("rg-net").virtualMachine("vm-bare"));
    Report report =
        RuleTestHelper.forRule(RULE)
            .given(tenant)
            .expectFail("vm-bare", "reachable through its public IP address and has no NSG")
            .expectFail(prod.subscriptionId(), "no Bastion, VPN or ExpressRoute path")
            .doTest();
    for (Finding finding : report.findings()) {
      assertThat(finding.fix().needsHuman()).isTrue();
      assertThat(finding.fix().changes()).singleElement().isInstanceOf(HumanStep.class);
    }
    HumanStep close = (HumanStep) fixOf(report, "vm-bare").changes().get(0);
    assertThat(close.text()).startsWith("Close the management ports reached through its public IP");
    assertThat(close.who()).isEqualTo("the network administrator");
    HumanStep path = (HumanStep) fixOf(report, prod.subscriptionId()).changes().get(0);
    assertThat(path.text()).contains("Azure Bastion").contains("billed per hour");
    assertThat(path.who()).isEqualTo("the network architect");
  }

  @Test
  void noPrivatePathIsFixedByABastionInTheVmsNetwork() {
    Tenant tenant = Tenant.create();
    Subscription prod = tenant.subscription("prod");
    ResourceGroup net = prod.resourceGroup("rg-net");
    NetworkSecurityGroup closed = net.networkSecurityGroup("nsg-closed");
    VirtualNetwork vnet = net.virtualNetwork("vnet-app").subnet("snet", closed);
    net.virtualMachine("THA-VM").networkInterface().subnet(vnet, "snet");
    Report report =
        RuleTestHelper.forRule(RULE)
            .given(tenant)
            .expectPass("THA-VM")
            .expectFixedByItsRemediation(prod.subscriptionId())
            .doTest();
    ArmChange bastion = (ArmChange) fixOf(report, prod.subscriptionId()).changes().get(0);
    assertThat(bastion.resourceId())
        .isEqualTo(net.id() + "/providers/Microsoft.Network/bastionHosts/readiness-vnet-app");
    assertThat(bastion.body())
        .containsEntry("sku", Map.of("name", "Developer"))
        .containsEntry("properties", Map.of("virtualNetwork", Map.of("id", vnet.id().toString())));
  }

  private static Fix fixOf(Report report, String target) {
    return report.findings().stream()
        .filter(f -> f.target().toString().contains(target))
        .findFirst()
        .orElseThrow()
        .fix();
  }

  @Test
  void aClosedNicNsgBlocksWhatTheSubnetNsgAllows() {
    Tenant tenant = Tenant.create();
    Subscription prod = tenant.subscription("prod");
    ResourceGroup net = prod.resourceGroup("rg-net");
    NetworkSecurityGroup open =
        net.networkSecurityGroup("nsg-open").allowsInbound("ssh", "22", "Internet");
    NetworkSecurityGroup closed =
        net.networkSecurityGroup("nsg-closed").allowsInbound("web", "443", "*");
    VirtualNetwork vnet = net.virtualNetwork("vnet").subnet("snet", open);
    VirtualMachine vm = withPublicIp(net.virtualMachine("vm-web"));
    vm.networkInterface().subnet(vnet, "snet").networkSecurityGroup(closed);
    net.resource("Microsoft.Network/virtualNetworkGateways", "vgw")
        .property("/properties/gatewayType", "Vpn");
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectPass("vm-web", "its NSGs block management ports")
        .expectPass(prod.subscriptionId(), "Vpn gateway 'vgw'")
        .doTest();
  }

  @Test
  void anInboundNatRuleOnAPublicFrontendExposesAVmWithoutAPublicIp() {
    Tenant tenant = Tenant.create();
    Subscription prod = tenant.subscription("prod");
    ResourceGroup net = prod.resourceGroup("rg-net");
    NetworkSecurityGroup open =
        net.networkSecurityGroup("nsg-open").allowsInbound("rdp", "3389", "*");
    VirtualNetwork vnet = net.virtualNetwork("vnet").subnet("snet", open);
    VirtualMachine nat = net.virtualMachine("vm-nat");
    nat.networkInterface().subnet(vnet, "snet");
    VirtualMachine pooled = net.virtualMachine("vm-pooled");
    pooled.networkInterface().subnet(vnet, "snet");
    net.loadBalancer("lb-public")
        .inboundNatRule("rdp-nat", 50001, 3389, nat.networkInterface())
        .backendMember(pooled.networkInterface())
        .loadBalancingRule("ssh", 22, 22);
    net.resource("Microsoft.Network/bastionHosts", "bas");
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectFail(
            "vm-nat",
            "management port [3389] can be reached from the Internet through load balancer"
                + " 'lb-public' (inbound NAT rule 'rdp-nat')")
        .withEvidenceAt("/properties/frontendIPConfigurations/0/properties/publicIPAddress/id")
        .expectPass(
            "vm-pooled",
            "its NSGs block management ports [22] from the Internet through load balancer"
                + " 'lb-public' (load-balancing rule 'ssh')")
        .expectPass(prod.subscriptionId())
        .doTest();
  }

  @Test
  void anInternalLoadBalancerOrAWebOnlyRuleIsNoWayIn() {
    Tenant tenant = Tenant.create();
    Subscription prod = tenant.subscription("prod");
    ResourceGroup net = prod.resourceGroup("rg-net");
    VirtualNetwork vnet = net.virtualNetwork("vnet").subnet("snet");
    VirtualMachine internal = net.virtualMachine("vm-internal");
    internal.networkInterface().subnet(vnet, "snet");
    VirtualMachine web = net.virtualMachine("vm-web");
    web.networkInterface().subnet(vnet, "snet").privateIpAddress("10.0.0.5");
    net.loadBalancer("lb-internal")
        .internal(vnet, "snet")
        .inboundNatRule("rdp-nat", 50001, 3389, internal.networkInterface());
    net.loadBalancer("lb-web")
        .backendMember(web.networkInterface())
        .loadBalancingRule("https", 443, 443);
    net.resource("Microsoft.Network/bastionHosts", "bas");
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectPass("vm-internal", "has no public IP address, and no public load balancer")
        .expectPass(
            "vm-web",
            "load balancer 'lb-web' (load-balancing rule 'https') forwards no management port")
        .expectPass(prod.subscriptionId())
        .doTest();
  }

  @Test
  void aLoadBalancerMissingFromTheSnapshotIsUnknownNotPrivate() {
    Tenant tenant = Tenant.create();
    Subscription prod = tenant.subscription("prod");
    ResourceGroup net = prod.resourceGroup("rg-net");
    VirtualMachine vm = net.virtualMachine("vm-behind");
    vm.networkInterface()
        .property(
            "/properties/ipConfigurations/0/properties/loadBalancerBackendAddressPools/-",
            java.util.Map.of(
                "id",
                net.id()
                    + "/providers/Microsoft.Network/loadBalancers/lb-gone/backendAddressPools/be"));
    net.resource("Microsoft.Network/bastionHosts", "bas");
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectUnknown("vm-behind", "its load balancer 'lb-gone' is not in the snapshot")
        .expectPass(prod.subscriptionId())
        .doTest();
  }

  @Test
  void firewallDnatRulesFromTheInternetExposeTheTranslatedVm() {
    Tenant tenant = Tenant.create();
    Subscription prod = tenant.subscription("prod");
    ResourceGroup net = prod.resourceGroup("rg-net");
    VirtualNetwork spoke = net.virtualNetwork("vnet-spoke").subnet("snet");
    VirtualNetwork hub =
        net.virtualNetwork("vnet-hub").subnet("AzureFirewallSubnet").peering(spoke);
    VirtualNetwork elsewhere = net.virtualNetwork("vnet-unpeered").subnet("snet");
    VirtualMachine classic = net.virtualMachine("vm-classic");
    classic.networkInterface().subnet(spoke, "snet").privateIpAddress("10.1.0.4");
    VirtualMachine policed = net.virtualMachine("vm-policy");
    policed.networkInterface().subnet(spoke, "snet").privateIpAddress("10.1.0.5");
    VirtualMachine sameAddress = net.virtualMachine("vm-same-address");
    sameAddress.networkInterface().subnet(elsewhere, "snet").privateIpAddress("10.1.0.4");
    var policy = net.firewallPolicy("fwp");
    policy.dnatRule("dnat-group", "ssh-in", "*", 2222, "10.1.0.5", 22);
    net.azureFirewall("fw-hub", hub).dnatRule("rdp-in", "*", 3389, "10.1.0.4", 3389).policy(policy);
    net.resource("Microsoft.Network/bastionHosts", "bas");
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectFail(
            "vm-classic",
            "management port [3389] can be reached from the Internet through firewall 'fw-hub'"
                + " (DNAT rule 'rdp-in')")
        .withEvidenceAt("/properties/natRuleCollections/0/properties/rules/0/sourceAddresses")
        .expectFail("vm-policy", "port [22] can be reached from the Internet through firewall")
        .expectPass("vm-same-address", "has no public IP address")
        .expectPass(prod.subscriptionId())
        .doTest();
  }

  @Test
  void deniedFirewallsMakeAnOtherwisePrivateVmUnknownButNotAnOpenOne() {
    Tenant tenant = Tenant.create();
    Subscription prod = tenant.subscription("prod");
    ResourceGroup net = prod.resourceGroup("rg-net");
    net.virtualMachine("vm-private");
    withPublicIp(net.virtualMachine("vm-bare"));
    net.resource("Microsoft.Network/bastionHosts", "bas");
    prod.denied(AzureTypes.AZURE_FIREWALLS, "Microsoft.Network/azureFirewalls/read");
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectUnknown("vm-private", "Microsoft.Network/azureFirewalls/read")
        .expectFail("vm-bare", "no NSG")
        .expectPass(prod.subscriptionId())
        .doTest();
  }

  @Test
  void uniformScaleSetsAreJudgedFromTheirModelAndFlexibleOnesThroughTheirVms() {
    Tenant tenant = Tenant.create();
    Subscription prod = tenant.subscription("prod");
    ResourceGroup net = prod.resourceGroup("rg-net");
    NetworkSecurityGroup open =
        net.networkSecurityGroup("nsg-open").allowsInbound("ssh", "22", "Internet");
    VirtualNetwork vnet = net.virtualNetwork("vnet").subnet("snet", open).subnet("snet-closed");
    net.scaleSet("vmss-public").subnet(vnet, "snet").publicIpPerInstance();
    var natted = net.scaleSet("vmss-natted").subnet(vnet, "snet");
    net.loadBalancer("lb-public").inboundNatPool("ssh-pool", 50000, 50099, 22, natted);
    net.scaleSet("vmss-private").subnet(vnet, "snet-closed");
    net.scaleSet("vmss-flex").flexible().publicIpPerInstance();
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectFail(
            "vmss-public",
            "Scale set 'vmss-public': management port [22] can be reached from the Internet"
                + " through a public IP address on each instance")
        .withEvidenceAt(
            "/properties/virtualMachineProfile/networkProfile/networkInterfaceConfigurations/0"
                + "/properties/ipConfigurations/0/properties/publicIPAddressConfiguration")
        .expectFail(
            "vmss-natted",
            "management port [22] can be reached from the Internet through load balancer"
                + " 'lb-public' (inbound NAT pool 'ssh-pool')")
        .expectPass("vmss-private", "has no public IP address")
        .expectFail(prod.subscriptionId(), "no Bastion, VPN or ExpressRoute path")
        .doTest();
  }

  @Test
  void aVmRecordListingNoNetworkInterfaceIsUnknown() {
    Tenant tenant = Tenant.create();
    Subscription prod = tenant.subscription("prod");
    prod.resourceGroup("rg").resource("Microsoft.Compute/virtualMachines", "vm-no-nic");
    prod.resourceGroup("rg").resource("Microsoft.Network/bastionHosts", "bas");
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectUnknown("vm-no-nic", "its network profile lists no network interface")
        .withEvidenceAt("/properties/networkProfile/networkInterfaces")
        .expectPass(prod.subscriptionId())
        .doTest();
  }

  @Test
  void deniedNicsAreUnknown() {
    Tenant tenant = Tenant.create();
    Subscription prod = tenant.subscription("prod");
    prod.resourceGroup("rg").virtualMachine("vm-1");
    prod.resourceGroup("rg").resource("Microsoft.Network/bastionHosts", "bas");
    prod.denied(AzureTypes.NETWORK_INTERFACES, "Microsoft.Network/networkInterfaces/read");
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectUnknown("vm-1", "Microsoft.Network/networkInterfaces/read")
        .expectPass(prod.subscriptionId())
        .doTest();
  }
}
