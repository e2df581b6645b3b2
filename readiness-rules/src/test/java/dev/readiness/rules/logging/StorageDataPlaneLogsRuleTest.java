package dev.readiness.rules.logging;

import dev.readiness.api.Rule;
import dev.readiness.rules.checklist.ChecklistOptions;
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
