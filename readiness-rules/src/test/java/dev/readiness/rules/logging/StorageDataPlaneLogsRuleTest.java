package dev.readiness.rules.logging;

import dev.readiness.rules.checklist.ChecklistOptions;
import dev.readiness.testkit.RuleTestHelper;
import dev.readiness.testkit.fixtures.LogAnalyticsWorkspace;
import dev.readiness.testkit.fixtures.ResourceGroup;
import dev.readiness.testkit.fixtures.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StorageDataPlaneLogsRuleTest {
  private Tenant tenant;
  private ResourceGroup group;
  private LogAnalyticsWorkspace workspace;

  @BeforeEach
  void tenant() {
    tenant = Tenant.create();
    group = tenant.subscription("prod").resourceGroup("rg-data");
    workspace = group.logAnalyticsWorkspace("law-central");
  }

  private RuleTestHelper helper() {
    return RuleTestHelper.forRule(new StorageDataPlaneLogsRule(ChecklistOptions.defaults()))
        .given(tenant);
  }

  @Test
  void theAuditGroupOnTheBlobServicePasses() {
    group
        .storageAccount("stgood")
        .blobService()
        .diagnosticSetting("blob")
        .audit()
        .toWorkspace(workspace);

    helper().expectPass("stgood", "exports StorageRead, StorageWrite and StorageDelete").doTest();
  }

  @Test
  void aSettingOnTheAccountItselfDoesNotCount() {
    // The account-level setting carries only Transaction metrics; data-plane logs hang on the
    // service.
    group
        .storageAccount("stwrong")
        .diagnosticSetting("account")
        .allMetrics()
        .toWorkspace(workspace);

    helper()
        .expectFailure(
            "stwrong",
            "its blob service exports no StorageRead, StorageWrite and StorageDelete (it has no diagnostic setting)")
        .doTest();
  }

  @Test
  void missingCategoriesAreNamed() {
    group
        .storageAccount("stpartial")
        .blobService()
        .diagnosticSetting("blob")
        .category("StorageWrite")
        .disabledCategory("StorageRead")
        .toWorkspace(workspace);

    helper()
        .expectFailure("stpartial", "exports no StorageRead and StorageDelete")
        .withEvidenceAt("/properties/logs")
        .doTest();
  }

  @Test
  void unknownWhenTheBlobServiceSettingsWereDenied() {
    group
        .storageAccount("sthidden")
        .blobService()
        .denied(
            "Microsoft.Insights/diagnosticSettings", "Microsoft.Insights/diagnosticSettings/read");

    helper().expectUnknown("sthidden", "Microsoft.Insights/diagnosticSettings/read").doTest();
  }
}
