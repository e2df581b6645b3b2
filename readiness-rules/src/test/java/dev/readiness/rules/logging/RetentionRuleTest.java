package dev.readiness.rules.logging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.ArmChange;
import dev.readiness.api.Finding;
import dev.readiness.api.Report;
import dev.readiness.api.Status;
import dev.readiness.rules.checklist.ChecklistOptions;
import dev.readiness.rules.types.AzureTypes;
import dev.readiness.testkit.RuleTestHelper;
import dev.readiness.testkit.fixtures.DataCollectionRule;
import dev.readiness.testkit.fixtures.LogAnalyticsWorkspace;
import dev.readiness.testkit.fixtures.ResourceGroup;
import dev.readiness.testkit.fixtures.SqlServer;
import dev.readiness.testkit.fixtures.StorageAccount;
import dev.readiness.testkit.fixtures.Subscription;
import dev.readiness.testkit.fixtures.Tenant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RetentionRuleTest {
  private Tenant tenant;
  private Subscription prod;
  private ResourceGroup group;
  private LogAnalyticsWorkspace shortWorkspace;
  private LogAnalyticsWorkspace longWorkspace;

  @BeforeEach
  void tenant() {
    tenant = Tenant.create();
    prod = tenant.subscription("prod");
    group = prod.resourceGroup("rg-log");
    shortWorkspace = group.logAnalyticsWorkspace("law-ops").retentionDays(30);
    longWorkspace = group.logAnalyticsWorkspace("law-central").retentionDays(400);
  }

  private RuleTestHelper helper() {
    return RuleTestHelper.forRule(new RetentionRule(ChecklistOptions.defaults().logging()))
        .given(tenant);
  }

  @Test
  void judgesEveryExportedStreamAlongItsChain() {
    prod.activityLogDiagnosticSetting("activity").allLogs().toWorkspace(longWorkspace);
    group.keyVault("kv-short").diagnosticSetting("to-ops").audit().toWorkspace(shortWorkspace);
    group.keyVault("kv-long").diagnosticSetting("to-central").audit().toWorkspace(longWorkspace);
    StorageAccount archive =
        group.storageAccount("starchive").deletesBlobsAfter("insights-logs-", 60);
    group
        .storageAccount("stdata")
        .blobService()
        .diagnosticSetting("blob")
        .allLogs()
        .toStorageAccount(archive);

    helper()
        .expectPass(
            prod.subscriptionId(), "Administrative, Security, Policy and Alert for 400 days")
        .expectFail("kv-short", "AuditEvent for 30 days (workspace 'law-ops')")
        .withEvidenceAt("/properties/retentionInDays")
        .expectPass("kv-long", "at least the 365 days required")
        .expectFail(
            "stdata",
            "blob service StorageDelete for 60 days (lifecycle rule 'delete-insightslogs'")
        .doTest();
  }

  @Test
  void theFixOfLogsKeptTooShortByTheWorkspaceLengthensTheWorkspaceAndPasses() {
    group.keyVault("kv-short").diagnosticSetting("to-ops").audit().toWorkspace(shortWorkspace);

    Report report = helper().expectFixedByItsRemediation("kv-short").doTest();

    ArmChange change = onlyChangeOfTheFailure(report);
    assertThat(change.method()).isEqualTo(ArmChange.Method.PATCH);
    assertThat(change.resourceId()).isEqualTo(shortWorkspace.id().toString());
    assertThat(change.body()).isEqualTo(Map.of("properties", Map.of("retentionInDays", 365)));
    assertThat(change.cost()).contains("31 days included");
  }

  @Test
  void theFixOfATableKeptTooShortLengthensTheTableNotTheWorkspace() {
    longWorkspace.table("SecurityEvent", 30, 30);
    DataCollectionRule rule =
        group.dataCollectionRule("dcr").collectsWindowsSecurityEvents().sendsTo(longWorkspace);
    group.virtualMachine("TABLE-VM").withAzureMonitorAgent().associatedWith(rule);

    Report report = helper().expectFixedByItsRemediation("TABLE-VM").doTest();

    ArmChange change = onlyChangeOfTheFailure(report);
    assertThat(change.resourceId()).endsWith("/workspaces/law-central/tables/SecurityEvent");
    assertThat(change.body()).isEqualTo(Map.of("properties", Map.of("totalRetentionInDays", 365)));
  }

  @Test
  void aLifecycleRuleThatDeletesTooEarlyGetsNoAutomatedChange() {
    StorageAccount archive =
        group.storageAccount("starchive").deletesBlobsAfter("insights-logs-", 60);
    group.keyVault("kv-archived").diagnosticSetting("to-archive").audit().toStorageAccount(archive);

    Report report = helper().expectFail("kv-archived", "for 60 days").doTest();

    assertThat(failure(report).fix().isEmpty()).isTrue();
  }

  private static Finding failure(Report report) {
    return report.findings().stream().filter(f -> f.status() == Status.FAIL).findFirst().get();
  }

  private static ArmChange onlyChangeOfTheFailure(Report report) {
    assertThat(failure(report).fix().changes()).hasSize(1);
    return (ArmChange) failure(report).fix().changes().get(0);
  }

  @Test
  void aDeploymentSlotsLogsAreKeptAsLongAsTheirDestinationKeepsThem() {
    group
        .resource("Microsoft.Web/sites", "app-shop")
        .kind("app")
        .child("slots", "staging")
        .kind("app")
        .diagnosticSetting("to-ops")
        .allLogs()
        .toWorkspace(shortWorkspace);

    helper()
        .expectFail(
            "staging",
            "App Service deployment slot 'staging' keeps AppServiceHTTPLogs and AppServiceAuditLogs"
                + " for 30 days")
        .doTest();
  }

  @Test
  void aDatabaseAuditedByItsServerIsKeptAsLongAsMastersDestinationKeepsIt() {
    SqlServer server = group.sqlServer("sql-app");
    server.auditing(true);
    server
        .master()
        .diagnosticSetting("audit")
        .category("SQLSecurityAuditEvents")
        .toWorkspace(shortWorkspace)
        .toAzureDiagnosticsTable();
    server.database("db-orders");

    helper()
        .expectFail("db-orders", "SQLSecurityAuditEvents for 30 days (workspace 'law-ops'")
        .expectFail("master", "SQLSecurityAuditEvents for 30 days")
        .doTest();
  }

  @Test
  void theRetiredRetentionPolicyIsCalledOut() {
    group
        .keyVault("kv-legacy")
        .diagnosticSetting("to-ops")
        .category("AuditEvent")
        .toWorkspace(shortWorkspace)
        .property("/properties/logs/0/retentionPolicy/enabled", true)
        .property("/properties/logs/0/retentionPolicy/days", 365);

    helper()
        .expectFail("kv-legacy", "retentionPolicy of 365 days on setting 'to-ops' does not count")
        .doTest();
  }

  @Test
  void guestLogsAreJudgedPerLogAtTheirWorkspaceTable() {
    longWorkspace.table("SecurityEvent", 90, 730);
    DataCollectionRule rule =
        group
            .dataCollectionRule("dcr")
            .collectsWindowsSecurityEvents()
            .collectsWindowsEvents("System!*")
            .sendsTo(longWorkspace);
    group.virtualMachine("GOOD-VM").withAzureMonitorAgent().associatedWith(rule);

    helper()
        .expectPass(
            "GOOD-VM",
            "keeps the Security event log for 730 days (table SecurityEvent of workspace"
                + " 'law-central') and the System event log for 400 days (workspace"
                + " 'law-central')")
        .doTest();
  }

  @Test
  void aScaleSetsGuestLogsAreJudgedLikeAVirtualMachines() {
    longWorkspace.table("SecurityEvent", 30, 30);
    DataCollectionRule rule =
        group.dataCollectionRule("dcr").collectsWindowsSecurityEvents().sendsTo(longWorkspace);
    var scaleSet =
        group
            .scaleSet("vmss-web")
            .property(
                "/properties/virtualMachineProfile/extensionProfile/extensions/0/properties/publisher",
                "Microsoft.Azure.Monitor")
            .property(
                "/properties/virtualMachineProfile/extensionProfile/extensions/0/properties/type",
                "AzureMonitorWindowsAgent");
    scaleSet
        .extensionResource("Microsoft.Insights/dataCollectionRuleAssociations", "dcra-dcr")
        .property("/properties/dataCollectionRuleId", rule.id().toString());

    helper().expectFail("vmss-web", "Security event log for 30 days").doTest();
  }

  @Test
  void securityEventsKeptTooShortAreNotHiddenBySystemEventsKeptLonger() {
    longWorkspace.table("SecurityEvent", 30, 30);
    DataCollectionRule rule =
        group
            .dataCollectionRule("dcr")
            .collectsWindowsSecurityEvents()
            .collectsWindowsEvents("System!*")
            .sendsTo(longWorkspace);
    group.virtualMachine("HALF-VM").withAzureMonitorAgent().associatedWith(rule);

    helper()
        .expectFail(
            "HALF-VM",
            "keeps the Security event log for 30 days (table SecurityEvent of workspace"
                + " 'law-central'), less than the 365 days required")
        .withEvidenceAt("/properties/totalRetentionInDays")
        .doTest();
  }

  @Test
  void windowsEventsAreJudgedAtTheWindowsEventTable() {
    longWorkspace.table("WindowsEvent", 30, 30);
    DataCollectionRule rule =
        group.dataCollectionRule("dcr").collectsWindowsEvents("System!*").sendsTo(longWorkspace);
    group.virtualMachine("SYS-VM").withAzureMonitorAgent().associatedWith(rule);

    helper()
        .expectFail("SYS-VM", "the System event log for 30 days (table WindowsEvent of workspace")
        .doTest();
  }

  @Test
  void anOutputStreamNamesTheTable() {
    longWorkspace.table("SecurityAudit_CL", 30, 30);
    DataCollectionRule rule =
        group.dataCollectionRule("dcr").collectsWindowsSecurityEvents().sendsTo(longWorkspace);
    rule.property("/properties/dataFlows/0/outputStream", "Custom-SecurityAudit_CL");
    group.virtualMachine("CUSTOM-VM").withAzureMonitorAgent().associatedWith(rule);

    helper()
        .expectFail("CUSTOM-VM", "for 30 days (table SecurityAudit_CL of workspace 'law-central')")
        .doTest();
  }

  @Test
  void unknownWhenTheDestinationLiesOutsideTheSnapshot() {
    tenant
        .subscription("soc", "44444444-4444-4444-4444-444444444444")
        .denied(AzureTypes.WORKSPACES, "Microsoft.OperationalInsights/workspaces/read");
    group
        .keyVault("kv-soc")
        .diagnosticSetting("to-soc")
        .audit()
        .toWorkspace(
            "/subscriptions/44444444-4444-4444-4444-444444444444/resourceGroups/rg-soc/providers/"
                + "Microsoft.OperationalInsights/workspaces/law-soc");

    helper().expectUnknown("kv-soc", "how long it keeps AuditEvent is unknown").doTest();
  }

  @Test
  void unknownWhenTheSettingsWereDenied() {
    group.keyVault("kv-hidden").diagnosticSetting("to-ops").audit().toWorkspace(shortWorkspace);
    prod.denied(AzureTypes.DIAGNOSTIC_SETTINGS, "Microsoft.Insights/diagnosticSettings/read");

    helper()
        .expectUnknown("kv-hidden", "Microsoft.Insights/diagnosticSettings/read")
        .expectUnknown(prod.subscriptionId())
        .doTest();
  }
}
