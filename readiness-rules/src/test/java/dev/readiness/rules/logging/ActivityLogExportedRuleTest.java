package dev.readiness.rules.logging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.Report;
import dev.readiness.rules.checklist.ChecklistOptions;
import dev.readiness.rules.types.AzureTypes;
import dev.readiness.testkit.RuleTestHelper;
import dev.readiness.testkit.fixtures.LogAnalyticsWorkspace;
import dev.readiness.testkit.fixtures.StorageAccount;
import dev.readiness.testkit.fixtures.Subscription;
import dev.readiness.testkit.fixtures.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ActivityLogExportedRuleTest {
  private Tenant tenant;
  private Subscription prod;
  private LogAnalyticsWorkspace workspace;

  @BeforeEach
  void tenant() {
    tenant = Tenant.create();
    prod = tenant.subscription("prod");
    workspace = prod.resourceGroup("rg-log").logAnalyticsWorkspace("law-central");
  }

  private RuleTestHelper helper() {
    return RuleTestHelper.forRule(
            new ActivityLogExportedRule(ChecklistOptions.defaults().logging()))
        .given(tenant);
  }

  @Test
  void passesWhenTheRequiredCategoriesGoToAWorkspace() {
    prod.activityLogDiagnosticSetting("activity-to-law")
        .category("Administrative", "Security", "Policy", "Alert")
        .disabledCategory("Autoscale")
        .toWorkspace(workspace);

    helper()
        .expectPass(prod.subscriptionId(), "Log Analytics workspace 'law-central'")
        .withEvidenceAt("/properties/logs/0")
        .doTest();
  }

  @Test
  void theAllLogsGroupCoversEveryCategory() {
    prod.activityLogDiagnosticSetting("activity-to-law").allLogs().toWorkspace(workspace);

    helper().expectPass(prod.subscriptionId()).doTest();
  }

  @Test
  void failsWithoutAnySetting() {
    helper().expectFail(prod.subscriptionId(), "it has no diagnostic setting").doTest();
  }

  @Test
  void failsWhenACategoryIsDisabled() {
    prod.activityLogDiagnosticSetting("activity-to-law")
        .category("Administrative", "Security", "Alert")
        .disabledCategory("Policy")
        .toWorkspace(workspace);

    helper()
        .expectFail(prod.subscriptionId(), "does not export Policy Activity Log events")
        .doTest();
  }

  @Test
  void failsWhenTheLogGoesOnlyToAStorageAccount() {
    StorageAccount archive = prod.resourceGroup("rg-log").storageAccount("starchive");
    prod.activityLogDiagnosticSetting("activity-archive").allLogs().toStorageAccount(archive);

    helper().expectFail(prod.subscriptionId(), "only to storage account 'starchive'").doTest();
  }

  @Test
  void unknownWhenTheSettingsWereDenied() {
    prod.denied(AzureTypes.DIAGNOSTIC_SETTINGS, "Microsoft.Insights/diagnosticSettings/read");

    helper()
        .expectUnknown(prod.subscriptionId(), "Microsoft.Insights/diagnosticSettings/read")
        .doTest();
  }

  @Test
  void theFixOfASubscriptionWithoutSettingExportsTheCategoriesAndPasses() {
    helper().expectFixedByItsRemediation(prod.subscriptionId()).doTest();
  }

  @Test
  void theFixOfADisabledCategoryExportsThatCategoryAndPasses() {
    prod.activityLogDiagnosticSetting("activity-to-law")
        .category("Administrative", "Security", "Alert")
        .disabledCategory("Policy")
        .toWorkspace(workspace);

    Report report = helper().expectFixedByItsRemediation(prod.subscriptionId()).doTest();

    assertThat(report.findings().get(0).fix().changes().get(0).summary())
        .contains("send Policy to the Log Analytics workspace");
  }

  @Test
  void theFixOfALogKeptOnlyInStorageSendsItToAWorkspaceAndPasses() {
    StorageAccount archive = prod.resourceGroup("rg-log").storageAccount("starchive");
    prod.activityLogDiagnosticSetting("activity-archive").allLogs().toStorageAccount(archive);

    helper().expectFixedByItsRemediation(prod.subscriptionId()).doTest();
  }
}
