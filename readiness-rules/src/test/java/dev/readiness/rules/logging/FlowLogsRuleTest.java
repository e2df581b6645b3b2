package dev.readiness.rules.logging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.ArmChange;
import dev.readiness.api.Report;
import dev.readiness.rules.checklist.ChecklistOptions;
import dev.readiness.rules.types.AzureTypes;
import dev.readiness.testkit.RuleTestHelper;
import dev.readiness.testkit.fixtures.LogAnalyticsWorkspace;
import dev.readiness.testkit.fixtures.NetworkSecurityGroup;
import dev.readiness.testkit.fixtures.ResourceGroup;
import dev.readiness.testkit.fixtures.StorageAccount;
import dev.readiness.testkit.fixtures.Tenant;
import dev.readiness.testkit.fixtures.VirtualNetwork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FlowLogsRuleTest {
  private Tenant tenant;
  private ResourceGroup group;
  private StorageAccount flowStorage;

  @BeforeEach
  void tenant() {
    tenant = Tenant.create();
    group = tenant.subscription("prod").resourceGroup("rg-net");
    flowStorage = group.storageAccount("stflows");
  }

  private RuleTestHelper helper() {
    return RuleTestHelper.forRule(new FlowLogsRule(ChecklistOptions.defaults().logging()))
        .given(tenant);
  }

  @Test
  void anNsgFlowLogWithoutDeletionPasses() {
    group.networkSecurityGroup("nsg-app").flowLog("fl-app").storedIn(flowStorage).retentionDays(0);

    helper()
        .expectPass("nsg-app", "keeps its records without a time limit")
        .withEvidenceAt("/properties/enabled")
        .doTest();
  }

  @Test
  void aVnetFlowLogCoversTheNsgOfItsSubnet() {
    NetworkSecurityGroup nsg = group.networkSecurityGroup("nsg-subnet");
    VirtualNetwork vnet = group.virtualNetwork("vnet-app").subnet("snet-app", nsg);
    vnet.flowLog("fl-vnet").storedIn(flowStorage).retentionDays(0);

    helper().expectPass("nsg-subnet", "Flow log 'fl-vnet'").doTest();
  }

  @Test
  void trafficAnalyticsKeepsNsgFlowLogsInAzureNetworkAnalyticsAndVnetFlowLogsInNtaNetAnalytics() {
    LogAnalyticsWorkspace workspace = group.logAnalyticsWorkspace("law-central").retentionDays(400);
    workspace.table("AzureNetworkAnalytics_CL", 30, 60);
    workspace.table("NTANetAnalytics", 30, 730);
    group
        .networkSecurityGroup("nsg-legacy")
        .flowLog("fl-nsg")
        .storedIn(flowStorage)
        .retentionDays(30)
        .trafficAnalytics(workspace);
    NetworkSecurityGroup subnetNsg = group.networkSecurityGroup("nsg-subnet");
    group
        .virtualNetwork("vnet-app")
        .subnet("snet-app", subnetNsg)
        .flowLog("fl-vnet")
        .storedIn(flowStorage)
        .retentionDays(30)
        .trafficAnalytics(workspace);

    helper()
        .expectFail(
            "nsg-legacy", "for 60 days (table AzureNetworkAnalytics_CL of workspace 'law-central')")
        .expectPass("nsg-subnet", "for 730 days (table NTANetAnalytics of workspace 'law-central')")
        .doTest();
  }

  @Test
  void aSubnetWithoutNsgOrVnetFlowLogFailsOnItsVirtualNetwork() {
    NetworkSecurityGroup nsg = group.networkSecurityGroup("nsg-app");
    nsg.flowLog("fl-app").storedIn(flowStorage).retentionDays(0);
    group.virtualNetwork("vnet-open").subnet("snet-app", nsg).subnet("snet-open");

    helper()
        .expectPass("nsg-app")
        .expectFail(
            "vnet-open",
            "subnet snet-open has no network security group and no VNet flow log records its"
                + " traffic")
        .withEvidenceAt("")
        .doTest();
  }

  @Test
  void aVnetFlowLogRecordsItsSubnetsWithoutNsg() {
    group
        .virtualNetwork("vnet-logged")
        .subnet("snet-open")
        .flowLog("fl-vnet")
        .storedIn(flowStorage)
        .retentionDays(30);

    helper()
        .expectFail(
            "vnet-logged",
            "keeps the flow records of its subnets without a network security group for 30 days"
                + " (subnet 'snet-open': flow log 'fl-vnet' deletes its records after 30 days")
        .doTest();
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

  @Test
  void failsWithoutFlowLog() {
    group.networkSecurityGroup("nsg-tha");

    helper()
        .expectFail("nsg-tha", "no NSG or VNet flow log records its traffic")
        .withEvidenceAt("")
        .doTest();
  }

  @Test
  void aDisabledFlowLogDoesNotCount() {
    group.networkSecurityGroup("nsg-off").flowLog("fl-off").storedIn(flowStorage).disabled();

    helper().expectFail("nsg-off", "flow log 'fl-off' is disabled").doTest();
  }

  @Test
  void shortRetentionFailsUnlessTrafficAnalyticsKeepsLonger() {
    LogAnalyticsWorkspace workspace = group.logAnalyticsWorkspace("law-central").retentionDays(400);
    group
        .networkSecurityGroup("nsg-short")
        .flowLog("fl-short")
        .storedIn(flowStorage)
        .retentionDays(30);
    group
        .networkSecurityGroup("nsg-analysed")
        .flowLog("fl-analysed")
        .storedIn(flowStorage)
        .retentionDays(30)
        .trafficAnalytics(workspace);

    helper()
        .expectFail("nsg-short", "deletes its records after 30 days")
        .expectPass("nsg-analysed", "for 400 days (workspace 'law-central')")
        .doTest();
  }

  @Test
  void aLifecycleRuleOnTheFlowStorageShortensRetention() {
    StorageAccount pruned =
        group
            .storageAccount("stpruned")
            .deletesBlobsAfter("insights-logs-networksecuritygroupflowevent", 14);
    group.networkSecurityGroup("nsg-pruned").flowLog("fl-pruned").storedIn(pruned).retentionDays(0);

    helper().expectFail("nsg-pruned", "for 14 days").doTest();
  }

  @Test
  void unknownWhenTheFlowStorageIsNotInTheSnapshot() {
    // The fixture's default storage account (NetworkWatcherRG/stflowlogs) is never created.
    group.networkSecurityGroup("nsg-far").flowLog("fl-far");

    helper()
        .expectUnknown("nsg-far", "storage account 'stflowlogs' is not in the snapshot")
        .doTest();
  }

  @Test
  void unknownWhenFlowLogsWereDenied() {
    group.networkSecurityGroup("nsg-hidden");
    tenant
        .subscriptions()
        .get(0)
        .denied(AzureTypes.FLOW_LOGS, "Microsoft.Network/networkWatchers/flowLogs/read");

    helper()
        .expectUnknown("nsg-hidden", "Microsoft.Network/networkWatchers/flowLogs/read")
        .doTest();
  }
}
