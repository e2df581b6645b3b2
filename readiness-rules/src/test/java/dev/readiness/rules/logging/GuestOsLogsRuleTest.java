package dev.readiness.rules.logging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.ArmChange;
import dev.readiness.api.Report;
import dev.readiness.rules.checklist.ChecklistOptions;
import dev.readiness.testkit.RuleTestHelper;
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

  @BeforeEach
  void tenant() {
    tenant = Tenant.create();
    group = tenant.subscription("prod").resourceGroup("rg-app");
    workspace = group.logAnalyticsWorkspace("law-central");
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
}
