package dev.readiness.rules.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.ArmChange;
import dev.readiness.api.Finding;
import dev.readiness.api.Fix;
import dev.readiness.api.HumanStep;
import dev.readiness.api.Report;
import dev.readiness.rules.checklist.ChecklistOptions;
import dev.readiness.rules.support.FixParameters;
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
}
