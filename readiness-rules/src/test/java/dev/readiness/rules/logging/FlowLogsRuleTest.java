package dev.readiness.rules.logging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.ArmChange;
import dev.readiness.api.Report;
import dev.readiness.rules.checklist.ChecklistOptions;
import dev.readiness.testkit.RuleTestHelper;
import dev.readiness.testkit.fixtures.NetworkSecurityGroup;
import dev.readiness.testkit.fixtures.ResourceGroup;
import dev.readiness.testkit.fixtures.Tenant;
import dev.readiness.testkit.fixtures.VirtualNetwork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FlowLogsRuleTest {
  private Tenant tenant;
  private ResourceGroup group;

  @BeforeEach
  void tenant() {
    tenant = Tenant.create();
    group = tenant.subscription("prod").resourceGroup("rg-net");
    group.storageAccount("stflows");
  }

  private RuleTestHelper helper() {
    return RuleTestHelper.forRule(new FlowLogsRule(ChecklistOptions.defaults().logging()))
        .given(tenant);
  }

  /** The storage account the fix's parameter names by default, with no lifecycle rule. */
  private void defaultFlowLogStorage() {
    tenant
        .subscription("security", "00000000-0000-0000-0000-000000000000")
        .resourceGroup("rg-security")
        .storageAccount("stflowlogs");
  }

  @Test
  void theFixOfAnUnrecordedSubnetIsAVnetFlowLogOnItsNetworkAndPasses() {
    defaultFlowLogStorage();
    VirtualNetwork vnet = group.virtualNetwork("vnet-open").subnet("snet-open");

    Report report = helper().expectFixedByItsRemediation("vnet-open").doTest();

    ArmChange change = (ArmChange) report.findings().get(0).fix().changes().get(0);
    assertThat(change.resourceId())
        .endsWith(
            "/resourceGroups/NetworkWatcherRG/providers/Microsoft.Network/networkWatchers/"
                + "NetworkWatcher_westeurope/flowLogs/readiness-vnet-open");
    assertThat(change.body()).containsEntry("location", "westeurope");
    assertThat(change.body().get("properties").toString())
        .contains("targetResourceId=" + vnet.id());
  }

  @Test
  void theFixOfAnNsgWithoutFlowLogRecordsTheVirtualNetworkOfItsSubnetAndPasses() {
    defaultFlowLogStorage();
    NetworkSecurityGroup nsg = group.networkSecurityGroup("nsg-tha");
    group.virtualNetwork("vnet-app").subnet("snet-app", nsg);

    Report report = helper().expectFixedByItsRemediation("nsg-tha").doTest();

    ArmChange change = (ArmChange) report.findings().get(0).fix().changes().get(0);
    assertThat(change.summary()).contains("virtual network 'vnet-app'");
  }

  @Test
  void theFixOfAnNsgGuardingOnlyAnInterfaceRecordsThatInterfaceAndPasses() {
    defaultFlowLogStorage();
    NetworkSecurityGroup nsg = group.networkSecurityGroup("nsg-nic");
    group.virtualMachine("NIC-VM").networkInterface().networkSecurityGroup(nsg);

    Report report = helper().expectFixedByItsRemediation("nsg-nic").doTest();

    ArmChange change = (ArmChange) report.findings().get(0).fix().changes().get(0);
    assertThat(change.summary()).contains("network interface 'NIC-VM-nic'");
  }
}
