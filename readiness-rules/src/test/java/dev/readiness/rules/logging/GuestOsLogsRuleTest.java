package dev.readiness.rules.logging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.ArmChange;
import dev.readiness.api.Report;
import dev.readiness.rules.checklist.ChecklistOptions;
import dev.readiness.rules.types.AzureTypes;
import dev.readiness.testkit.RuleTestHelper;
import dev.readiness.testkit.fixtures.DataCollectionRule;
import dev.readiness.testkit.fixtures.LogAnalyticsWorkspace;
import dev.readiness.testkit.fixtures.ResourceGroup;
import dev.readiness.testkit.fixtures.Tenant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GuestOsLogsRuleTest {
  private Tenant tenant;
  private ResourceGroup group;
  private LogAnalyticsWorkspace workspace;
  private DataCollectionRule windowsRule;

  @BeforeEach
  void tenant() {
    tenant = Tenant.create();
    group = tenant.subscription("prod").resourceGroup("rg-app");
    workspace = group.logAnalyticsWorkspace("law-central");
    windowsRule =
        group
            .dataCollectionRule("dcr-windows")
            .collectsWindowsSecurityEvents()
            .collectsWindowsEvents("System!*")
            .sendsTo(workspace);
  }

  private RuleTestHelper helper() {
    return RuleTestHelper.forRule(new GuestOsLogsRule(ChecklistOptions.defaults().logging()))
        .given(tenant);
  }

  /** The rule the fix's parameter names by default: Security, System and auth Syslog. */
  private void defaultCollectionRule() {
    tenant
        .subscription("security", "00000000-0000-0000-0000-000000000000")
        .resourceGroup("rg-security")
        .dataCollectionRule("dcr-guest-security")
        .collectsWindowsSecurityEvents()
        .collectsWindowsEvents("System!*")
        .collectsSyslog("auth", "authpriv")
        .sendsTo(workspace);
  }

  private static List<String> changedIds(Report report) {
    return report.findings().get(0).fix().changes().stream()
        .map(c -> ((ArmChange) c).resourceId())
        .toList();
  }

  @Test
  void theFixOfABareWindowsVmInstallsTheWindowsAgentAndAssociatesTheRuleAndPasses() {
    defaultCollectionRule();
    group.virtualMachine("BARE-VM");

    Report report = helper().expectFixedByItsRemediation("BARE-VM").doTest();

    ArmChange agent = (ArmChange) report.findings().get(0).fix().changes().get(0);
    assertThat(agent.resourceId())
        .endsWith("/virtualMachines/BARE-VM/extensions/AzureMonitorWindowsAgent");
    assertThat(agent.body().get("properties").toString()).contains("typeHandlerVersion=1.1");
    assertThat(changedIds(report)).hasSize(2);
  }

  @Test
  void theFixOfALinuxVmWithTheAgentOnlyAssociatesTheRuleAndPasses() {
    defaultCollectionRule();
    group.virtualMachine("LINUX-VM").linux().withAzureMonitorAgent();

    Report report = helper().expectFixedByItsRemediation("LINUX-VM").doTest();

    assertThat(changedIds(report)).hasSize(1);
    assertThat(changedIds(report).get(0))
        .endsWith(
            "/providers/Microsoft.Insights/dataCollectionRuleAssociations/readiness-guest-logs");
  }

  @Test
  void theFixOfALinuxVmWithoutTheAgentInstallsTheLinuxAgent() {
    defaultCollectionRule();
    group.virtualMachine("TUX-VM").linux();

    Report report = helper().expectFixedByItsRemediation("TUX-VM").doTest();

    assertThat(changedIds(report).get(0)).endsWith("/extensions/AzureMonitorLinuxAgent");
  }

  @Test
  void passesWithTheAgentAndARuleCollectingSecurityAndSystem() {
    group.virtualMachine("GOOD-VM").withAzureMonitorAgent().associatedWith(windowsRule);

    helper()
        .expectPass("GOOD-VM", "SecurityEvent in workspace 'law-central'")
        .withEvidenceAt("/properties/dataCollectionRuleId")
        .doTest();
  }

  @Test
  void eachStreamLandsInItsOwnTable() {
    DataCollectionRule events =
        group
            .dataCollectionRule("dcr-events")
            .collectsEvents("Security!*", "System!*")
            .sendsTo(workspace);
    group.virtualMachine("GOOD-VM").withAzureMonitorAgent().associatedWith(windowsRule);
    group.virtualMachine("EVENT-VM").withAzureMonitorAgent().associatedWith(events);

    helper()
        .expectPass(
            "GOOD-VM",
            "sends its guest OS logs to SecurityEvent in workspace 'law-central' and WindowsEvent"
                + " in workspace 'law-central'")
        .expectPass("EVENT-VM", "sends its guest OS logs to Event in workspace 'law-central'")
        .doTest();
  }

  @Test
  void anXPathForOneEventIdIsNotTheWholeSecurityLog() {
    DataCollectionRule logonsOnly =
        group
            .dataCollectionRule("dcr-logons")
            .collectsWindowsEvents("Security!*[System[(EventID=4624)]]", "System!*")
            .sendsTo(workspace);
    group.virtualMachine("LOGON-VM").withAzureMonitorAgent().associatedWith(logonsOnly);

    helper()
        .expectUnknown(
            "LOGON-VM",
            "the Security event log is collected only through XPath"
                + " 'Security!*[System[(EventID=4624)]]' in rule 'dcr-logons'")
        .withEvidenceAt("/properties/dataSources/windowsEventLogs/0/xPathQueries")
        .doTest();
  }

  @Test
  void syslogAtErrorAndAboveLeavesOutLogons() {
    DataCollectionRule errorsOnly =
        group
            .dataCollectionRule("dcr-errors")
            .collectsSyslog("auth", "authpriv")
            .sendsTo(workspace);
    errorsOnly.property(
        "/properties/dataSources/syslog/0/logLevels",
        List.of("Error", "Critical", "Alert", "Emergency"));
    group.virtualMachine("lnx-errors").linux().withAzureMonitorAgent().associatedWith(errorsOnly);

    helper()
        .expectUnknown(
            "lnx-errors",
            "Syslog facility auth is collected only through only log levels Error, Critical,"
                + " Alert, Emergency in rule 'dcr-errors'")
        .withEvidenceAt("/properties/dataSources/syslog/0/logLevels")
        .doTest();
  }

  @Test
  void aTransformationThatMayDropEventsIsNamed() {
    windowsRule.property("/properties/dataFlows/0/transformKql", "source | where false");
    group.virtualMachine("DROP-VM").withAzureMonitorAgent().associatedWith(windowsRule);

    helper()
        .expectUnknown(
            "DROP-VM", "collected only through the transformation 'source | where false'")
        .withEvidenceAt("/properties/dataFlows/0/transformKql")
        .doTest();
  }

  @Test
  void aPassThroughTransformationKeepsEverything() {
    windowsRule.property("/properties/dataFlows/0/transformKql", "source");
    group.virtualMachine("KEEP-VM").withAzureMonitorAgent().associatedWith(windowsRule);

    helper().expectPass("KEEP-VM").doTest();
  }

  @Test
  void failsForAMachineWithNoAgentAndNoAssociation() {
    group.virtualMachine("THA-VM");

    helper()
        .expectFail(
            "THA-VM",
            "has no Azure Monitor Agent extension and no data collection rule association")
        .doTest();
  }

  @Test
  void theRetiredAgentDoesNotCount() {
    group.virtualMachine("OLD-VM").withLegacyLogAnalyticsAgent().associatedWith(windowsRule);

    helper()
        .expectFail("OLD-VM", "only the retired Log Analytics agent")
        .withEvidenceAt("/properties/type")
        .doTest();
  }

  @Test
  void failsWhenTheRuleMissesTheSystemLog() {
    DataCollectionRule securityOnly =
        group.dataCollectionRule("dcr-security").collectsWindowsSecurityEvents().sendsTo(workspace);
    group.virtualMachine("HALF-VM").withAzureMonitorAgent().associatedWith(securityOnly);

    helper().expectFail("HALF-VM", "send no System event logs").doTest();
  }

  @Test
  void failsWhenTheRuleSendsNowhere() {
    DataCollectionRule nowhere =
        group.dataCollectionRule("dcr-nowhere").collectsWindowsSecurityEvents();
    group.virtualMachine("LOST-VM").withAzureMonitorAgent().associatedWith(nowhere);

    helper().expectFail("LOST-VM", "to a Log Analytics workspace").doTest();
  }

  @Test
  void linuxNeedsTheAuthFacilities() {
    DataCollectionRule syslog =
        group
            .dataCollectionRule("dcr-syslog")
            .collectsSyslog("auth", "authpriv")
            .sendsTo(workspace);
    DataCollectionRule cronOnly =
        group.dataCollectionRule("dcr-cron").collectsSyslog("cron").sendsTo(workspace);
    group.virtualMachine("lnx-good").linux().withAzureMonitorAgent().associatedWith(syslog);
    group.virtualMachine("lnx-cron").linux().withAzureMonitorAgent().associatedWith(cronOnly);

    helper()
        .expectPass("lnx-good", "Syslog in workspace 'law-central'")
        .expectFail("lnx-cron", "Syslog facilities auth and authpriv")
        .doTest();
  }

  @Test
  void unknownWhenTheAssociationsWereDenied() {
    group
        .virtualMachine("HIDDEN-VM")
        .withAzureMonitorAgent()
        .denied(
            AzureTypes.DATA_COLLECTION_RULE_ASSOCIATIONS,
            "Microsoft.Insights/dataCollectionRuleAssociations/read");

    helper()
        .expectUnknown("HIDDEN-VM", "Microsoft.Insights/dataCollectionRuleAssociations/read")
        .doTest();
  }

  @Test
  void unknownWhenTheRuleLiesOutsideTheSnapshot() {
    group
        .virtualMachine("REMOTE-VM")
        .withAzureMonitorAgent()
        .extensionResource("Microsoft.Insights/dataCollectionRuleAssociations", "dcra-remote")
        .property(
            "/properties/dataCollectionRuleId",
            "/subscriptions/22222222-2222-2222-2222-222222222222/resourceGroups/rg-x/providers/"
                + "Microsoft.Insights/dataCollectionRules/dcr-remote");

    helper()
        .expectUnknown("REMOTE-VM", "data collection rule 'dcr-remote' is not in the snapshot")
        .doTest();
  }

  @Test
  void aScaleSetCarriesItsAgentInItsModel() {
    group
        .resource("Microsoft.Compute/virtualMachineScaleSets", "vmss-web")
        .property(
            "/properties/virtualMachineProfile/extensionProfile/extensions",
            java.util.List.of(
                java.util.Map.of(
                    "name",
                    "AMA",
                    "properties",
                    java.util.Map.of(
                        "publisher",
                        "Microsoft.Azure.Monitor",
                        "type",
                        "AzureMonitorWindowsAgent"))));

    helper()
        .expectFail("vmss-web", "has no data collection rule association")
        .withEvidenceAt(
            "/properties/virtualMachineProfile/extensionProfile/extensions/0/properties/type")
        .doTest();
  }
}
