package dev.readiness.rules.logging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.ArmChange;
import dev.readiness.api.Finding;
import dev.readiness.api.Report;
import dev.readiness.rules.checklist.ChecklistOptions;
import dev.readiness.testkit.RuleTestHelper;
import dev.readiness.testkit.fixtures.GenericResource;
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
  void theFixHangsUnderTheWatcherOfAnExistingFlowLogOfTheSameSubscriptionAndRegion() {
    // A watcher not named as Azure names the ones it creates, with a flow log in westeurope
    // (spelled in another case), and one in another subscription, whose id sorts first.
    GenericResource watcher = group.resource("Microsoft.Network/networkWatchers", "nw-weu");
    VirtualNetwork recorded = group.virtualNetwork("vnet-recorded").subnet("snet-recorded");
    watcher
        .child("flowLogs", "fl-recorded")
        .location("WestEurope")
        .property("/properties/targetResourceId", recorded.id().toString())
        .property("/properties/enabled", true);
    ResourceGroup other =
        tenant.subscription("dev", "00000000-0000-0000-0000-000000000001").resourceGroup("a-net");
    other
        .resource("Microsoft.Network/networkWatchers", "a-watcher")
        .child("flowLogs", "fl-dev")
        .location("westeurope")
        .property("/properties/targetResourceId", other.virtualNetwork("vnet-dev").id().toString())
        .property("/properties/enabled", true);
    group.virtualNetwork("vnet-open").subnet("snet-open");
    group.virtualNetwork("vnet-north").location("northeurope").subnet("snet-north");

    Report report = helper().allowOtherFindings().expectFail("vnet-open").doTest();

    assertThat(fixedAt(report, "vnet-open"))
        .isEqualTo(watcher.id() + "/flowLogs/readiness-vnet-open");
    assertThat(fixedAt(report, "vnet-north"))
        .isEqualTo(
            group.subscription().id()
                + "/resourceGroups/NetworkWatcherRG/providers/Microsoft.Network/networkWatchers/"
                + "NetworkWatcher_northeurope/flowLogs/readiness-vnet-north");
  }

  /** Where the fix of the finding about {@code name} puts its flow log. */
  private static String fixedAt(Report report, String name) {
    Finding finding =
        report.findings().stream()
            .filter(f -> f.target().name().equals(name))
            .findFirst()
            .orElseThrow();
    return ((ArmChange) finding.fix().changes().get(0)).resourceId();
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
