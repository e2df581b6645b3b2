package dev.readiness.rules.logging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.Report;
import dev.readiness.api.Rule;
import dev.readiness.rules.checklist.ChecklistOptions;
import dev.readiness.rules.checklist.OptionTable;
import dev.readiness.rules.types.AzureTypes;
import dev.readiness.testkit.RuleTestHelper;
import dev.readiness.testkit.fixtures.GenericResource;
import dev.readiness.testkit.fixtures.KeyVault;
import dev.readiness.testkit.fixtures.SqlDatabase;
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
  void theAuditGroupCoversAKeyVaultButNotAnNsg() {
    group.keyVault("kv-prod").diagnosticSetting("to-law").audit().toWorkspace(workspace);
    group
        .networkSecurityGroup("nsg-app")
        .diagnosticSetting("to-law")
        .audit()
        .toWorkspace(workspace);

    helper()
        .expectPass("kv-prod", "exports AuditEvent to Log Analytics workspace 'law-central'")
        .expectFail(
            "nsg-app",
            "does not export NetworkSecurityGroupEvent and NetworkSecurityGroupRuleCounter")
        .expectFail("nsg-app", "with the 'allLogs' category group")
        .doTest();
  }

  @Test
  void theAuditGroupIsCreditedAsAzureListsItForTheType() {
    // Recorded for one NSG, the answer holds for every NSG; the table alone would not credit it.
    var sampled = group.networkSecurityGroup("nsg-sampled");
    sampled.logCategory("NetworkSecurityGroupEvent", "audit", "allLogs");
    sampled.logCategory("NetworkSecurityGroupRuleCounter", "allLogs");
    group
        .networkSecurityGroup("nsg-app")
        .diagnosticSetting("to-law")
        .audit()
        .toWorkspace(workspace);
    KeyVault vault = group.keyVault("kv-prod");
    vault.logCategory("AuditEvent", "allLogs");
    vault.diagnosticSetting("to-law").audit().toWorkspace(workspace);

    helper()
        .expectFail("nsg-app", "does not export NetworkSecurityGroupRuleCounter:")
        .expectFail("nsg-sampled", "it has no diagnostic setting")
        .expectFail("nsg-sampled", "with the 'allLogs' category group")
        .expectFail("kv-prod", "does not export AuditEvent")
        .expectFail("kv-prod", "with the 'allLogs' category group")
        .doTest();
  }

  @Test
  void unreadableCategoriesMakeUnknownOnlyTheFindingsThatReliedOnTheAuditGroup() {
    KeyVault audited = group.keyVault("kv-audit");
    audited.denied(
        AzureTypes.DIAGNOSTIC_SETTINGS_CATEGORIES,
        "Microsoft.Insights/diagnosticSettingsCategories/read");
    audited.diagnosticSetting("to-law").audit().toWorkspace(workspace);
    group
        .keyVault("kv-named")
        .diagnosticSetting("to-law")
        .category("AuditEvent")
        .toWorkspace(workspace);
    group
        .networkSecurityGroup("nsg-app")
        .diagnosticSetting("to-law")
        .allLogs()
        .toWorkspace(workspace);

    helper()
        .expectUnknown("kv-audit", "Microsoft.Insights/diagnosticSettingsCategories/read")
        .expectPass("kv-named")
        .expectPass("nsg-app")
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

    helper()
        .expectFail("kv-quiet", "it has no diagnostic setting")
        .withEvidenceAt("")
        .expectFail("kv-quiet", "with the 'audit' category group")
        .doTest();
  }

  @Test
  void aDisabledCategoryDoesNotCount() {
    group
        .keyVault("kv-off")
        .diagnosticSetting("to-law")
        .disabledCategory("AuditEvent")
        .toWorkspace(workspace);

    helper().expectFail("kv-off", "no enabled entry").doTest();
  }

  @Test
  void unknownWhenTheVaultsSettingsWereDenied() {
    KeyVault vault = group.keyVault("kv-hidden");
    vault.denied(AzureTypes.DIAGNOSTIC_SETTINGS, "Microsoft.Insights/diagnosticSettings/read");

    helper().expectUnknown("kv-hidden", "Microsoft.Insights/diagnosticSettings/read").doTest();
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
  void aSqlAuditSettingCarriesNothingWhileAuditingDoesNotSendToAzureMonitor() {
    SqlServer server = group.sqlServer("sql-app");
    server
        .database("db-orders")
        .diagnosticSetting("to-law")
        .category("SQLSecurityAuditEvents")
        .toWorkspace(workspace);

    helper()
        .expectFail(
            "db-orders", "neither its auditing nor that of server 'sql-app' sends to Azure Monitor")
        .doTest();
  }

  @Test
  void aDatabaseAuditingToAzureMonitorIsExportedThroughItsOwnSetting() {
    SqlDatabase database = group.sqlServer("sql-app").database("db-orders");
    database.auditing(true);
    database.diagnosticSetting("to-law").category("SQLSecurityAuditEvents").toWorkspace(workspace);

    helper().expectPass("db-orders", "exports SQLSecurityAuditEvents").doTest();
  }

  @Test
  void theServerAuditThroughMasterCoversEveryDatabase() {
    SqlServer server = group.sqlServer("sql-app");
    server.auditing(true);
    server
        .master()
        .diagnosticSetting("to-law")
        .category("SQLSecurityAuditEvents")
        .toWorkspace(workspace);
    server.database("db-orders");

    helper()
        .expectPass("db-orders", "Log Analytics workspace 'law-central'")
        .expectPass("master")
        .doTest();
  }

  @Test
  void aServerAuditWithoutASettingOnMasterReachesNoDestination() {
    SqlServer server = group.sqlServer("sql-app");
    server.auditing(true);
    server.master();
    server.database("db-orders");

    helper()
        .expectFail("db-orders", "only through a diagnostic setting of its master database")
        .expectFail("master", "it has no diagnostic setting")
        .doTest();
  }

  @Test
  void aServerAuditThatDoesNotSendToAzureMonitorIsNotCredited() {
    SqlServer server = group.sqlServer("sql-app");
    server.auditing(false);
    server
        .master()
        .diagnosticSetting("to-law")
        .category("SQLSecurityAuditEvents")
        .toWorkspace(workspace);
    server.database("db-orders");

    helper()
        .expectFail("db-orders", "sends to Azure Monitor")
        .withEvidenceAt("/properties/isAzureMonitorTargetEnabled")
        .expectFail("master", "sends to Azure Monitor")
        .doTest();
  }

  @Test
  void unknownWhenTheServerAuditingSettingsWereDenied() {
    SqlServer server = group.sqlServer("sql-app");
    server.denied(
        AzureTypes.SQL_SERVER_AUDITING_SETTINGS, "Microsoft.Sql/servers/auditingSettings/read");
    server
        .master()
        .diagnosticSetting("to-law")
        .category("SQLSecurityAuditEvents")
        .toWorkspace(workspace);
    server.database("db-orders");

    helper()
        .expectUnknown("db-orders", "Microsoft.Sql/servers/auditingSettings/read")
        .expectUnknown("master", "Microsoft.Sql/servers/auditingSettings")
        .doTest();
  }

  @Test
  void aFunctionAppIsAskedForFunctionAppLogsAndAWebAppForItsHttpAndAuditLogs() {
    group
        .resource("Microsoft.Web/sites", "func-orders")
        .kind("functionapp,linux")
        .diagnosticSetting("to-law")
        .category("FunctionAppLogs")
        .toWorkspace(workspace);
    group
        .resource("Microsoft.Web/sites", "app-shop")
        .kind("app,linux")
        .diagnosticSetting("to-law")
        .category("FunctionAppLogs")
        .toWorkspace(workspace);

    helper()
        .expectPass("func-orders", "exports FunctionAppLogs")
        .expectFail("app-shop", "does not export AppServiceHTTPLogs and AppServiceAuditLogs")
        .doTest();
  }

  @Test
  void aDeploymentSlotIsJudgedLikeItsSiteByItsOwnKind() {
    GenericResource shop = group.resource("Microsoft.Web/sites", "app-shop").kind("app,linux");
    shop.diagnosticSetting("to-law").allLogs().toWorkspace(workspace);
    shop.child("slots", "staging").kind("app,linux");
    group
        .resource("Microsoft.Web/sites", "func-orders")
        .kind("functionapp,linux")
        .child("slots", "canary")
        .kind("functionapp,linux")
        .diagnosticSetting("to-law")
        .category("FunctionAppLogs")
        .toWorkspace(workspace);

    helper()
        .expectPass("app-shop")
        .expectFail("staging", "does not export AppServiceHTTPLogs and AppServiceAuditLogs")
        .expectFail("staging", "it has no diagnostic setting")
        .expectPass("canary", "exports FunctionAppLogs")
        .expectFail("func-orders", "does not export FunctionAppLogs")
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
