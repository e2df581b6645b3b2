package dev.readiness.rules.logging;

import dev.readiness.rules.checklist.ChecklistOptions;
import dev.readiness.testkit.RuleTestHelper;
import dev.readiness.testkit.fixtures.DataCollectionRule;
import dev.readiness.testkit.fixtures.LogAnalyticsWorkspace;
import dev.readiness.testkit.fixtures.ResourceGroup;
import dev.readiness.testkit.fixtures.Tenant;
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
            .collectsWindowsEvents("System!*[System[(Level=1 or Level=2)]]")
            .sendsTo(workspace);
  }

  private RuleTestHelper helper() {
    return RuleTestHelper.forRule(new GuestOsLogsRule(ChecklistOptions.defaults())).given(tenant);
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
  void failsForAMachineWithNoAgentAndNoAssociation() {
    group.virtualMachine("THA-VM");

    helper()
        .expectFailure(
            "THA-VM",
            "has no Azure Monitor Agent extension and no data collection rule association")
        .doTest();
  }

  @Test
  void theRetiredAgentDoesNotCount() {
    group.virtualMachine("OLD-VM").withLegacyLogAnalyticsAgent().associatedWith(windowsRule);

    helper()
        .expectFailure("OLD-VM", "only the retired Log Analytics agent")
        .withEvidenceAt("/properties/type")
        .doTest();
  }

  @Test
  void failsWhenTheRuleMissesTheSystemLog() {
    DataCollectionRule securityOnly =
        group.dataCollectionRule("dcr-security").collectsWindowsSecurityEvents().sendsTo(workspace);
    group.virtualMachine("HALF-VM").withAzureMonitorAgent().associatedWith(securityOnly);

    helper().expectFailure("HALF-VM", "send no System event logs").doTest();
  }

  @Test
  void failsWhenTheRuleSendsNowhere() {
    DataCollectionRule nowhere =
        group.dataCollectionRule("dcr-nowhere").collectsWindowsSecurityEvents();
    group.virtualMachine("LOST-VM").withAzureMonitorAgent().associatedWith(nowhere);

    helper().expectFailure("LOST-VM", "to a Log Analytics workspace").doTest();
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
        .expectFailure("lnx-cron", "Syslog facilities auth and authpriv")
        .doTest();
  }

  @Test
  void unknownWhenTheAssociationsWereDenied() {
    group
        .virtualMachine("HIDDEN-VM")
        .withAzureMonitorAgent()
        .denied(
            "Microsoft.Insights/dataCollectionRuleAssociations",
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
        .expectFailure("vmss-web", "has no data collection rule association")
        .withEvidenceAt(
            "/properties/virtualMachineProfile/extensionProfile/extensions/0/properties/type")
        .doTest();
  }
}
