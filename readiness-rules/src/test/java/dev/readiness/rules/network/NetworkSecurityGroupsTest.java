package dev.readiness.rules.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.ArmChange;
import dev.readiness.api.Change;
import dev.readiness.api.Fix;
import dev.readiness.api.Report;
import dev.readiness.api.Status;
import dev.readiness.rules.checklist.ChecklistOptions;
import dev.readiness.testkit.RuleTestHelper;
import dev.readiness.testkit.fixtures.NetworkSecurityGroup;
import dev.readiness.testkit.fixtures.ResourceGroup;
import dev.readiness.testkit.fixtures.Tenant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NetworkSecurityGroupsTest {
  private static final NetworkSecurityGroups RULE =
      new NetworkSecurityGroups(ChecklistOptions.defaults().network());

  @Test
  void unguardedSubnetsAreFixedByItsRemediation() {
    Tenant tenant = Tenant.create();
    ResourceGroup net = tenant.subscription("prod").resourceGroup("rg-net");
    NetworkSecurityGroup nsg = net.networkSecurityGroup("nsg-app");
    net.virtualNetwork("vnet-flat")
        .subnet("snet-open")
        .subnet("snet-guarded", nsg)
        .subnet("snet-data");

    Report report =
        RuleTestHelper.forRule(RULE)
            .given(tenant)
            .expectFail("vnet-flat", "subnets 'snet-open' and 'snet-data' have no NSG")
            .expectPass("nsg-app")
            .expectFixedByItsRemediation("vnet-flat")
            .doTest();

    Fix fix = report.findings(Status.FAIL).get(0).fix();
    assertThat(fix.needsHuman()).isFalse();
    assertThat(fix.changes())
        .extracting(change -> ((ArmChange) change).resourceId())
        .containsExactly(
            net.id()
                + "/providers/Microsoft.Network/networkSecurityGroups/readiness-vnet-flat-snet-open",
            net.id() + "/providers/Microsoft.Network/virtualNetworks/vnet-flat/subnets/snet-open",
            net.id()
                + "/providers/Microsoft.Network/networkSecurityGroups/readiness-vnet-flat-snet-data",
            net.id() + "/providers/Microsoft.Network/virtualNetworks/vnet-flat/subnets/snet-data");
    assertThat(report.findings(Status.PASS)).allMatch(f -> f.fix().isEmpty());
  }

  @Test
  @SuppressWarnings("unchecked")
  void theNewNsgClosesOnlyTheManagementPortsAndTheSubnetKeepsItsSettings() {
    Tenant tenant = Tenant.create();
    ResourceGroup net = tenant.subscription("prod").resourceGroup("rg-net");
    net.virtualNetwork("vnet-flat").subnet("snet-open");
    Report report =
        RuleTestHelper.forRule(RULE)
            .given(tenant)
            .expectFail("vnet-flat", "subnet 'snet-open' has no NSG")
            .doTest();

    List<Change> changes = report.findings(Status.FAIL).get(0).fix().changes();
    Map<String, Object> nsg = ((ArmChange) changes.get(0)).body();
    List<Map<String, Object>> rules =
        (List<Map<String, Object>>)
            ((Map<String, Object>) nsg.get("properties")).get("securityRules");
    Map<String, Object> deny = (Map<String, Object>) rules.get(0).get("properties");
    assertThat(deny)
        .containsEntry("access", "Deny")
        .containsEntry("sourceAddressPrefix", "Internet");
    assertThat((List<Object>) deny.get("destinationPortRanges"))
        .containsExactly("22", "3389", "5985", "5986");
    Map<String, Object> allow = (Map<String, Object>) rules.get(1).get("properties");
    assertThat(allow).containsEntry("access", "Allow").containsEntry("priority", 4096);
    Map<String, Object> subnet =
        (Map<String, Object>) ((ArmChange) changes.get(1)).body().get("properties");
    assertThat(subnet).containsKey("addressPrefix").doesNotContainKey("provisioningState");
  }

  @Test
  void anNsgRuleOpeningManagementPortsIsNarrowedByItsRemediation() {
    Tenant tenant = Tenant.create();
    ResourceGroup net = tenant.subscription("prod").resourceGroup("rg-net");
    net.networkSecurityGroup("nsg-rdp").allowsInbound("allow-mgmt", "22-3389", "*");
    Report report =
        RuleTestHelper.forRule(RULE).given(tenant).expectFixedByItsRemediation("nsg-rdp").doTest();
    List<Change> changes = report.findings(Status.FAIL).get(0).fix().changes();
    assertThat(changes).singleElement().isInstanceOf(ArmChange.class);
    assertThat(changes.get(0).summary()).contains("ports [22, 3389]");
  }
}
