package dev.readiness.rules.logging;

import dev.readiness.api.Rule;
import dev.readiness.rules.checklist.ChecklistOptions;
import dev.readiness.rules.types.AzureTypes;
import org.junit.jupiter.api.Test;

class StorageDataPlaneLogsRuleTest extends CentralWorkspaceTest {
  StorageDataPlaneLogsRuleTest() {
    super("rg-data");
  }

  @Override
  Rule rule() {
    return new StorageDataPlaneLogsRule(ChecklistOptions.defaults().logging());
  }

  @Test
  void allLogsOnTheBlobServicePasses() {
    group
        .storageAccount("stgood")
        .blobService()
        .diagnosticSetting("blob")
        .allLogs()
        .toWorkspace(workspace);

    helper().expectPass("stgood", "exports StorageRead, StorageWrite and StorageDelete").doTest();
  }

  @Test
  void theAuditGroupIsNotCreditedForBlobReads() {
    // Blob services are not among the types Azure Policy lists as having an audit group, so a
    // setting relying on it is not taken to log reads: exfiltration must not pass unlogged.
    group
        .storageAccount("staudit")
        .blobService()
        .diagnosticSetting("blob")
        .audit()
        .toWorkspace(workspace);

    helper().expectFail("staudit", "exports no StorageRead").doTest();
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
        .expectFail(
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
        .expectFail("stpartial", "exports no StorageRead and StorageDelete")
        .withEvidenceAt("/properties/logs")
        .doTest();
  }

  @Test
  void unknownWhenTheBlobServiceSettingsWereDenied() {
    group
        .storageAccount("sthidden")
        .blobService()
        .denied(AzureTypes.DIAGNOSTIC_SETTINGS, "Microsoft.Insights/diagnosticSettings/read");

    helper().expectUnknown("sthidden", "Microsoft.Insights/diagnosticSettings/read").doTest();
  }

  @Test
  void theFixOfAnAuditOnlyBlobServiceSendsAllLogsFromTheServiceAndPasses() {
    group
        .storageAccount("staudit")
        .blobService()
        .diagnosticSetting("blob")
        .audit()
        .toWorkspace(workspace);

    helper().expectFixedByItsRemediation("staudit").doTest();
  }

  @Test
  void theFixOfASettingOnTheAccountGoesOnTheBlobServiceAndPasses() {
    group
        .storageAccount("stwrong")
        .diagnosticSetting("account")
        .allMetrics()
        .toWorkspace(workspace);

    helper().expectFixedByItsRemediation("stwrong").doTest();
  }
}
