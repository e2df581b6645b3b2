package dev.readiness.rules.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.Change;
import dev.readiness.api.Fix;
import dev.readiness.api.Report;
import dev.readiness.api.Status;
import dev.readiness.testkit.RuleTestHelper;
import dev.readiness.testkit.fixtures.ResourceGroup;
import dev.readiness.testkit.fixtures.Tenant;
import dev.readiness.testkit.fixtures.VirtualMachine;
import dev.readiness.testkit.fixtures.VirtualNetwork;
import org.junit.jupiter.api.Test;

class DdosProtectionTest {
  private static final DdosProtection RULE = new DdosProtection();

  /** A VM in {@code vnet} with public IP {@code ipName}, whose DDoS mode is {@code mode}. */
  private static void exposedVm(
      ResourceGroup group, VirtualNetwork vnet, String ipName, String mode) {
    VirtualMachine vm = group.virtualMachine("vm-" + ipName);
    vm.networkInterface().subnet(vnet, "snet-app");
    var ip =
        group
            .resource("Microsoft.Network/publicIPAddresses", ipName)
            .property(
                "/properties/ipConfiguration/id",
                vm.networkInterface().id() + "/ipConfigurations/ipconfig1");
    if (mode != null) {
      ip.property("/properties/ddosSettings/protectionMode", mode);
    }
  }

  @Test
  void anUnprotectedAddressesFixIsABudgetDecisionNamingTheAddress() {
    Tenant tenant = Tenant.create();
    ResourceGroup net = tenant.subscription("prod").resourceGroup("rg-net");
    exposedVm(net, net.virtualNetwork("vnet-plain").subnet("snet-app"), "pip-off", "Disabled");
    exposedVm(net, net.virtualNetwork("vnet-ip").subnet("snet-app"), "pip-own", "Enabled");

    Report report =
        RuleTestHelper.forRule(RULE)
            .given(tenant)
            .expectFail("pip-off", "DDoS protection is disabled")
            .expectPass("pip-own")
            .doTest();

    Fix fix = report.findings(Status.FAIL).get(0).fix();
    assertThat(fix.changes()).hasSize(1).allMatch(Change::needsHuman);
    assertThat(fix.changes().get(0).summary())
        .contains("public IP address 'pip-off'")
        .contains("DDoS IP Protection")
        .contains("DDoS Network Protection plan");
    assertThat(report.findings(Status.PASS)).allMatch(f -> f.fix().isEmpty());
  }
}
