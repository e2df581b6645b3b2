package dev.readiness.rules.logging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.Change;
import dev.readiness.api.Fix;
import dev.readiness.api.Report;
import dev.readiness.api.Status;
import dev.readiness.rules.checklist.ChecklistOptions;
import dev.readiness.rules.checklist.OptionTable;
import dev.readiness.rules.types.AzureTypes;
import dev.readiness.testkit.RuleTestHelper;
import dev.readiness.testkit.fixtures.LogAnalyticsWorkspace;
import dev.readiness.testkit.fixtures.ResourceGroup;
import dev.readiness.testkit.fixtures.StorageAccount;
import dev.readiness.testkit.fixtures.Subscription;
import dev.readiness.testkit.fixtures.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CentralizedLogsRuleTest {
  private Tenant tenant;
  private Subscription prod;
  private ResourceGroup group;
  private LogAnalyticsWorkspace workspace;

  @BeforeEach
  void tenant() {
    tenant = Tenant.create();
    prod = tenant.subscription("prod");
    group = prod.resourceGroup("rg-log");
    workspace = group.logAnalyticsWorkspace("law-central");
  }

  private RuleTestHelper helper(int maxWorkspaces) {
    ChecklistOptions options =
        ChecklistOptions.defaults().toBuilder()
            .set(OptionTable.MAX_WORKSPACES, maxWorkspaces)
            .build();
    return RuleTestHelper.forRule(new CentralizedLogsRule(options.logging())).given(tenant);
  }

  @Test
  void passesWhenSettingsSendToOneWorkspaceOfTheTenant() {
    group.keyVault("kv-prod").diagnosticSetting("to-law").audit().toWorkspace(workspace);

    helper(3)
        .expectPass("to-law", "sends to Log Analytics workspace 'law-central' of this tenant")
        .expectPass(prod.subscriptionId(), "1 workspace (law-central), within the 3 allowed")
        .doTest();
  }

  @Test
  void failsASettingThatOnlyArchives() {
    StorageAccount archive = group.storageAccount("starchive");
    group.keyVault("kv-prod").diagnosticSetting("archive").audit().toStorageAccount(archive);

    Report report =
        helper(3)
            .expectFail("archive", "sends only to storage account 'starchive'")
            .expectFail(
                prod.subscriptionId(), "No diagnostic setting, flow log or data collection rule")
            .doTest();
    assertThat(stepAbout(report, "archive"))
        .contains("Add the central Log Analytics workspace as a destination of")
        .contains("'archive'");
    assertThat(stepAbout(report, prod.subscriptionId()))
        .contains("Choose one Log Analytics workspace for the tenant's logs");
  }

  /** The one change of the fix of the FAIL about {@code name}, which must be a person's step. */
  private static String stepAbout(Report report, String name) {
    Fix fix =
        report.findings(Status.FAIL).stream()
            .filter(f -> f.target().name().equals(name))
            .findFirst()
            .orElseThrow()
            .fix();
    assertThat(fix.changes()).hasSize(1).allMatch(Change::needsHuman);
    return fix.changes().get(0).summary();
  }

  @Test
  void failsWhenLogsAreSpreadOverTooManyWorkspaces() {
    LogAnalyticsWorkspace other = group.logAnalyticsWorkspace("law-team");
    group.keyVault("kv-a").diagnosticSetting("to-central").audit().toWorkspace(workspace);
    group.keyVault("kv-b").diagnosticSetting("to-team").audit().toWorkspace(other);

    Report report =
        helper(1)
            .expectPass("to-central")
            .expectPass("to-team")
            .expectFail(
                prod.subscriptionId(),
                "2 workspaces (law-central and law-team), more than the 1 allowed")
            .doTest();
    assertThat(stepAbout(report, prod.subscriptionId()))
        .contains("Choose at most 1 of the workspaces law-central and law-team to keep");
  }

  @Test
  void flowLogsWithoutTrafficAnalyticsFail() {
    StorageAccount flows = group.storageAccount("stflows");
    group.networkSecurityGroup("nsg-app").flowLog("fl-nsg-app").storedIn(flows);
    group
        .networkSecurityGroup("nsg-web")
        .flowLog("fl-nsg-web")
        .storedIn(flows)
        .trafficAnalytics(workspace);

    Report report =
        helper(3)
            .expectFail("fl-nsg-app", "without Traffic Analytics")
            .expectPass("fl-nsg-web")
            .expectPass(prod.subscriptionId())
            .doTest();
    assertThat(stepAbout(report, "fl-nsg-app")).contains("Turn on Traffic Analytics for");
  }

  @Test
  void settingsThatCouldNotBeReadAreUnknownAndLeaveTheCountOpen() {
    group.keyVault("kv-prod").diagnosticSetting("to-law").audit().toWorkspace(workspace);
    group.keyVault("kv-gone").failed(AzureTypes.DIAGNOSTIC_SETTINGS, 404, "ResourceNotFound");

    helper(3)
        .expectPass("to-law")
        .expectUnknown("kv-gone", "Microsoft.Insights/diagnosticSettings at ")
        .expectUnknown("kv-gone", "failed to collect (HTTP 404")
        .expectUnknown(prod.subscriptionId(), "the tenant-wide count is not known")
        .expectUnknown(prod.subscriptionId(), "kv-gone failed to collect (HTTP 404")
        .doTest();
  }

  @Test
  void flowLogsThatCouldNotBeReadAreUnknown() {
    group.keyVault("kv-prod").diagnosticSetting("to-law").audit().toWorkspace(workspace);
    group.networkSecurityGroup("nsg-app");
    prod.failed(AzureTypes.FLOW_LOGS, 500, "InternalServerError");

    helper(3)
        .expectPass("to-law")
        .expectUnknown(prod.subscriptionId(), "Microsoft.Network/networkWatchers/flowLogs at ")
        .expectUnknown(prod.subscriptionId(), "failed to collect (HTTP 500")
        .doTest();
  }

  @Test
  void unknownWhenTheWorkspaceLiesInASubscriptionThatWasNotCollected() {
    tenant
        .subscription("soc", "33333333-3333-3333-3333-333333333333")
        .notCollected(AzureTypes.WORKSPACES);
    group
        .keyVault("kv-prod")
        .diagnosticSetting("to-soc")
        .audit()
        .toWorkspace(
            "/subscriptions/33333333-3333-3333-3333-333333333333/resourceGroups/rg-soc/providers/"
                + "Microsoft.OperationalInsights/workspaces/law-soc");

    helper(3)
        .expectUnknown("to-soc", "whether the logs stay in this tenant cannot be told")
        .expectPass(prod.subscriptionId())
        .expectUnknown("33333333-3333-3333-3333-333333333333")
        .doTest();
  }
}
