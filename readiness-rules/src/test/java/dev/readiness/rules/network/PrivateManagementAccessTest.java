package dev.readiness.rules.network;

import dev.readiness.rules.checklist.ChecklistOptions;
import dev.readiness.testkit.RuleTestHelper;
import dev.readiness.testkit.fixtures.NetworkSecurityGroup;
import dev.readiness.testkit.fixtures.ResourceGroup;
import dev.readiness.testkit.fixtures.Subscription;
import dev.readiness.testkit.fixtures.Tenant;
import dev.readiness.testkit.fixtures.VirtualMachine;
import dev.readiness.testkit.fixtures.VirtualNetwork;
import org.junit.jupiter.api.Test;

class PrivateManagementAccessTest {
  private static final PrivateManagementAccess RULE =
      new PrivateManagementAccess(ChecklistOptions.defaults());

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
        .expectFailure("THA-VM", "management port [3389] can be reached from the Internet")
        .withEvidenceAt("/properties/securityRules/0/properties/access")
        .expectFailure("vm-bare", "a public IP address and no NSG")
        .expectFailure(prod.subscriptionId(), "no Bastion, VPN or ExpressRoute path")
        .doTest();
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
  void deniedNicsAreUnknown() {
    Tenant tenant = Tenant.create();
    Subscription prod = tenant.subscription("prod");
    prod.resourceGroup("rg").virtualMachine("vm-1");
    prod.resourceGroup("rg").resource("Microsoft.Network/bastionHosts", "bas");
    prod.denied("Microsoft.Network/networkInterfaces", "Microsoft.Network/networkInterfaces/read");
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectUnknown("vm-1", "Microsoft.Network/networkInterfaces/read")
        .expectPass(prod.subscriptionId())
        .doTest();
  }
}
