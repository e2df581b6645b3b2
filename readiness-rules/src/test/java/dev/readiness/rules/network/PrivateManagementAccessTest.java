package dev.readiness.rules.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.ArmChange;
import dev.readiness.api.Fix;
import dev.readiness.api.HumanStep;
import dev.readiness.api.Report;
import dev.readiness.api.Snapshot;
import dev.readiness.api.fix.FixDeployment;
import dev.readiness.rules.checklist.ChecklistOptions;
import dev.readiness.rules.support.FixParameters;
import dev.readiness.testkit.RuleTestHelper;
import dev.readiness.testkit.fixtures.NetworkSecurityGroup;
import dev.readiness.testkit.fixtures.ResourceGroup;
import dev.readiness.testkit.fixtures.Subscription;
import dev.readiness.testkit.fixtures.Tenant;
import dev.readiness.testkit.fixtures.VirtualMachine;
import dev.readiness.testkit.fixtures.VirtualNetwork;
import java.util.List;
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
  @SuppressWarnings("unchecked")
  void aVmInterfaceWithAPublicIpAndNoNsgGetsANewNsgThatDeniesTheInternet() {
    Tenant tenant = Tenant.create();
    Subscription prod = tenant.subscription("prod");
    ResourceGroup net = prod.resourceGroup("rg-net");
    VirtualMachine vm = withPublicIp(net.virtualMachine("vm-bare"));
    vm.networkInterface().tag("owner", "web-team");
    net.resource("Microsoft.Network/bastionHosts", "bas");
    Report report =
        RuleTestHelper.forRule(RULE)
            .given(tenant)
            .expectFixedByItsRemediation("vm-bare")
            .expectPass(prod.subscriptionId())
            .doTest();

    Fix fix = fixOf(report, "vm-bare");
    assertThat(fix.needsHuman()).isFalse();
    assertThat(fix.parameters()).containsExactly(FixParameters.NIC_NSG_SUFFIX);
    ArmChange nsg = (ArmChange) fix.changes().get(0);
    ArmChange nic = (ArmChange) fix.changes().get(1);
    assertThat(fix.changes()).hasSize(2);
    String nsgId =
        net.id() + "/providers/Microsoft.Network/networkSecurityGroups/vm-bare-nic{nicNsgSuffix}";
    assertThat(nsg.resourceId()).isEqualTo(nsgId);
    assertThat(nsg.summary()).contains("'vm-bare-nic-nsg'").contains("denies inbound traffic");
    assertThat(nsg.body()).containsEntry("location", "westeurope");
    Map<String, Object> rule =
        (Map<String, Object>)
            ((List<Object>)
                    ((Map<String, Object>) nsg.body().get("properties")).get("securityRules"))
                .get(0);
    assertThat((Map<String, Object>) rule.get("properties"))
        .containsEntry("access", "Deny")
        .containsEntry("direction", "Inbound")
        .containsEntry("sourceAddressPrefix", "Internet")
        .containsEntry("destinationPortRange", "*");
    assertThat(nic.resourceId()).isEqualTo(vm.networkInterface().id().toString());
    assertThat(nic.method()).isEqualTo(ArmChange.Method.PUT);
    assertThat(nic.body()).containsEntry("tags", Map.of("owner", "web-team"));
    Map<String, Object> properties = (Map<String, Object>) nic.body().get("properties");
    assertThat(properties.get("networkSecurityGroup")).isEqualTo(Map.of("id", nsgId));
    assertThat(properties)
        .containsKeys("ipConfigurations", "enableIPForwarding")
        .doesNotContainKeys("provisioningState", "virtualMachine");
    assertThat(properties.get("ipConfigurations").toString())
        .contains("pip-vm-bare")
        .doesNotContain("provisioningState");
  }

  @Test
  void aNewInterfaceNsgIsNamedWithTheChosenSuffixWhenDeployed() {
    Tenant tenant = Tenant.create();
    Subscription prod = tenant.subscription("prod");
    ResourceGroup net = prod.resourceGroup("rg-net");
    withPublicIp(net.virtualMachine("vm-bare"));
    net.resource("Microsoft.Network/bastionHosts", "bas");
    Report report =
        RuleTestHelper.forRule(RULE)
            .given(tenant)
            .expectFail("vm-bare", "has no NSG")
            .expectPass(prod.subscriptionId())
            .doTest();

    Fix fix = fixOf(report, "vm-bare");
    Snapshot fixed =
        FixDeployment.withValues(Map.of("nicNsgSuffix", "-guard"))
            .apply(tenant.snapshot(), List.of(fix));

    String nsgId =
        net.id() + "/providers/Microsoft.Network/networkSecurityGroups/vm-bare-nic-guard";
    assertThat(fixed.resource(nsgId)).isPresent();
    assertThat(
            fixed
                .resource(net.id() + "/providers/Microsoft.Network/networkInterfaces/vm-bare-nic")
                .orElseThrow()
                .at("/properties/networkSecurityGroup/id")
                .textOr(""))
        .isEqualTo(nsgId);
  }

  @Test
  void noPrivatePathWithoutAKnownNetworkIsAPersonsDecision() {
    Tenant tenant = Tenant.create();
    Subscription prod = tenant.subscription("prod");
    withPublicIp(prod.resourceGroup("rg-net").virtualMachine("vm-bare"));
    Report report =
        RuleTestHelper.forRule(RULE)
            .given(tenant)
            .expectFail("vm-bare", "reachable through its public IP address and has no NSG")
            .expectFail(prod.subscriptionId(), "no Bastion, VPN or ExpressRoute path")
            .doTest();
    Fix path = fixOf(report, prod.subscriptionId());
    assertThat(path.changes()).singleElement().isInstanceOf(HumanStep.class);
    HumanStep choose = (HumanStep) path.changes().get(0);
    assertThat(choose.text()).contains("Azure Bastion").contains("billed per hour");
    assertThat(choose.who()).isEqualTo("the network architect");
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
}
