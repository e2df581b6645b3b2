package dev.readiness.rules.logging;

import dev.readiness.api.Rule;
import dev.readiness.rules.checklist.ChecklistOptions;
import dev.readiness.rules.types.AzureTypes;
import dev.readiness.testkit.RuleTestHelper;
import dev.readiness.testkit.fixtures.KeyVault;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CriticalResourceLogsRuleTest extends CentralWorkspaceTest {
  CriticalResourceLogsRuleTest() {
    super("rg-app");
  }

  @Override
  Rule rule() {
    return new CriticalResourceLogsRule(ChecklistOptions.defaults());
  }

  @Test
  void theAuditGroupCoversAKeyVaultButNotAnNsg() {
    group.keyVault("kv-prod").diagnosticSetting("to-law").audit().toWorkspace(workspace);
    group
        .networkSecurityGroup("nsg-app")
        .diagnosticSetting("to-law")
        .audit()
        .toWorkspace(workspace);

    helper()
        .expectPass("kv-prod", "exports AuditEvent to Log Analytics workspace 'law-central'")
        .expectFailure(
            "nsg-app",
            "does not export NetworkSecurityGroupEvent and NetworkSecurityGroupRuleCounter")
        .doTest();
  }

  @Test
  void allLogsCoversAnNsg() {
    group
        .networkSecurityGroup("nsg-app")
        .diagnosticSetting("to-law")
        .allLogs()
        .toWorkspace(workspace);

    helper().expectPass("nsg-app").doTest();
  }

  @Test
  void failsWithoutSettingAndEvidencesTheAbsence() {
    group.keyVault("kv-quiet");

    helper().expectFailure("kv-quiet", "it has no diagnostic setting").withEvidenceAt("").doTest();
  }

  @Test
  void aDisabledCategoryDoesNotCount() {
    group
        .keyVault("kv-off")
        .diagnosticSetting("to-law")
        .disabledCategory("AuditEvent")
        .toWorkspace(workspace);

    helper().expectFailure("kv-off", "no enabled entry").doTest();
  }

  @Test
  void unknownWhenTheVaultsSettingsWereDenied() {
    KeyVault vault = group.keyVault("kv-hidden");
    vault.denied(
        "Microsoft.Insights/diagnosticSettings", "Microsoft.Insights/diagnosticSettings/read");

    helper().expectUnknown("kv-hidden", "Microsoft.Insights/diagnosticSettings/read").doTest();
  }

  @Test
  void onlyTheConfiguredTypesAreCritical() {
    // An NSG is critical by default; with only vaults configured it must yield no finding.
    group.networkSecurityGroup("nsg-app");
    group.keyVault("kv-prod").diagnosticSetting("to-law").audit().toWorkspace(workspace);
    ChecklistOptions onlyVaults =
        ChecklistOptions.defaults().toBuilder()
            .criticalResourceCategories(Map.of(AzureTypes.KEY_VAULTS, List.of("AuditEvent")))
            .build();

    RuleTestHelper.forRule(new CriticalResourceLogsRule(onlyVaults))
        .given(tenant)
        .expectPass("kv-prod")
        .doTest();
  }
}
