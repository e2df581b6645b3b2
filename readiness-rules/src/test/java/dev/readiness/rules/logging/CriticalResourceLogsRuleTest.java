package dev.readiness.rules.logging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.Report;
import dev.readiness.api.Rule;
import dev.readiness.rules.checklist.ChecklistOptions;
import dev.readiness.rules.checklist.OptionTable;
import dev.readiness.rules.types.AzureTypes;
import dev.readiness.testkit.RuleTestHelper;
import dev.readiness.testkit.fixtures.SqlServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CriticalResourceLogsRuleTest extends CentralWorkspaceTest {
  CriticalResourceLogsRuleTest() {
    super("rg-app");
  }

  @Override
  Rule rule() {
    return new CriticalResourceLogsRule(ChecklistOptions.defaults().logging());
  }

  @Test
  void onlyTheConfiguredTypesAreCritical() {
    // An NSG is critical by default; with only vaults configured it must yield no finding.
    group.networkSecurityGroup("nsg-app");
    group.keyVault("kv-prod").diagnosticSetting("to-law").audit().toWorkspace(workspace);
    ChecklistOptions onlyVaults =
        ChecklistOptions.defaults().toBuilder()
            .set(
                OptionTable.CRITICAL_RESOURCE_CATEGORIES,
                Map.of(AzureTypes.KEY_VAULTS, List.of("AuditEvent")))
            .build();

    RuleTestHelper.forRule(new CriticalResourceLogsRule(onlyVaults.logging()))
        .given(tenant)
        .expectPass("kv-prod")
        .doTest();
  }

  @Test
  void anExportedServerAuditIsNotBlamedForAnotherMissingCategory() {
    SqlServer server = group.sqlServer("sql-app");
    server.auditing(true);
    server
        .master()
        .diagnosticSetting("to-law")
        .category("SQLSecurityAuditEvents", "Errors")
        .toWorkspace(workspace);
    server.database("db-orders");
    ChecklistOptions withErrors =
        ChecklistOptions.defaults().toBuilder()
            .set(
                OptionTable.CRITICAL_RESOURCE_CATEGORIES,
                Map.of(AzureTypes.SQL_DATABASES, List.of("SQLSecurityAuditEvents", "Errors")))
            .build();

    RuleTestHelper.forRule(new CriticalResourceLogsRule(withErrors.logging()))
        .given(tenant)
        .expectFail("db-orders", "does not export Errors: it has no diagnostic setting, so")
        .expectPass("master")
        .doTest();
  }

  @Test
  void theFixOfAnNsgOnTheAuditGroupSendsAllLogsAndPasses() {
    group
        .networkSecurityGroup("nsg-app")
        .diagnosticSetting("to-law")
        .audit()
        .toWorkspace(workspace);

    Report report = helper().expectFixedByItsRemediation("nsg-app").doTest();

    assertThat(report.findings().get(0).fix().changes().get(0).summary())
        .contains("'allLogs' category group");
  }

  @Test
  void theFixOfAQuietVaultSendsItsAuditGroupAndPasses() {
    group.keyVault("kv-quiet");

    Report report = helper().expectFixedByItsRemediation("kv-quiet").doTest();

    assertThat(report.findings().get(0).fix().changes().get(0).summary())
        .contains("'audit' category group");
  }

  @Test
  void theFixOfADatabaseTurnsOnItsAuditToAzureMonitorAndExportsIt() {
    group
        .sqlServer("sql-app")
        .database("db-orders")
        .diagnosticSetting("to-law")
        .category("SQLSecurityAuditEvents")
        .toWorkspace(workspace);

    helper().expectFixedByItsRemediation("db-orders").doTest();
  }
}
