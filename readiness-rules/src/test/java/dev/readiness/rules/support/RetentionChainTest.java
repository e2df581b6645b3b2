package dev.readiness.rules.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.ResourceId;
import dev.readiness.rules.types.AzureTypes;
import dev.readiness.testkit.fixtures.GenericResource;
import dev.readiness.testkit.fixtures.KeyVault;
import dev.readiness.testkit.fixtures.LogAnalyticsWorkspace;
import dev.readiness.testkit.fixtures.ResourceGroup;
import dev.readiness.testkit.fixtures.StorageAccount;
import dev.readiness.testkit.fixtures.Tenant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RetentionChainTest {
  private Tenant tenant;
  private ResourceGroup group;
  private KeyVault vault;

  @BeforeEach
  void tenantWithVault() {
    tenant =
        Tenant.create()
            .collected(
                AzureTypes.DIAGNOSTIC_SETTINGS.toString(),
                AzureTypes.WORKSPACES.toString(),
                AzureTypes.WORKSPACE_TABLES.toString(),
                AzureTypes.STORAGE_ACCOUNTS.toString(),
                AzureTypes.MANAGEMENT_POLICIES.toString());
    group = tenant.subscription("prod").resourceGroup("rg-sec");
    vault = group.keyVault("kv-prod");
  }

  private Retention auditEventRetention() {
    LogRouting routing =
        DiagnosticLogs.route(
            tenant.snapshot(), vault.id(), AzureTypes.KEY_VAULTS, List.of("AuditEvent"));
    return routing.retention("AuditEvent", 365);
  }

  @Test
  void aWorkspaceKeepsItsRetentionInDays() {
    LogAnalyticsWorkspace workspace = group.logAnalyticsWorkspace("law-ops").retentionDays(30);
    vault.diagnosticSetting("to-law").audit().toWorkspace(workspace);

    Retention retention = auditEventRetention();

    assertThat(retention.kind()).isEqualTo(Retention.Kind.DAYS);
    assertThat(retention.days()).isEqualTo(30);
    assertThat(retention.meets(365)).isFalse();
    assertThat(retention.description()).isEqualTo("workspace 'law-ops' keeps 30 days");
    assertThat(retention.evidence())
        .singleElement()
        .satisfies(e -> assertThat(e.pointer()).isEqualTo("/properties/retentionInDays"));
  }

  @Test
  void theTablesTotalRetentionWinsOverTheWorkspaceDefault() {
    LogAnalyticsWorkspace workspace = group.logAnalyticsWorkspace("law-central").retentionDays(90);
    // The setting writes resource-specific tables, so AuditEvent lands in AZKVAuditLogs.
    workspace.table("AZKVAuditLogs", 90, 730);
    workspace.table("AzureDiagnostics", 90, 90);
    vault.diagnosticSetting("to-law").audit().toWorkspace(workspace);

    Retention retention = auditEventRetention();

    assertThat(retention.days()).isEqualTo(730);
    assertThat(retention.description()).contains("table AZKVAuditLogs");
    assertThat(retention.meets(365)).isTrue();
  }

  @Test
  void withoutDedicatedTablesTheAzureDiagnosticsTableDecides() {
    LogAnalyticsWorkspace workspace = group.logAnalyticsWorkspace("law-central").retentionDays(400);
    workspace.table("AzureDiagnostics", 30, 90);
    vault.diagnosticSetting("to-law").audit().toWorkspace(workspace).toAzureDiagnosticsTable();

    assertThat(auditEventRetention().days()).isEqualTo(90);
    assertThat(auditEventRetention().description()).contains("table AzureDiagnostics");
  }

  @Test
  void appServiceLogsAreKeptAsLongAsTheirOwnTableEvenWithoutDedicated() {
    LogAnalyticsWorkspace workspace = group.logAnalyticsWorkspace("law-central").retentionDays(400);
    workspace.table("AppServiceHTTPLogs", 30, 30);
    workspace.table("AzureDiagnostics", 400, 400);
    GenericResource site = group.resource("Microsoft.Web/sites", "app-shop").kind("app");
    site.diagnosticSetting("to-law")
        .category("AppServiceHTTPLogs")
        .toWorkspace(workspace)
        .toAzureDiagnosticsTable();

    Retention retention =
        DiagnosticLogs.route(
                tenant.snapshot(), site.id(), AzureTypes.WEB_SITES, List.of("AppServiceHTTPLogs"))
            .retention("AppServiceHTTPLogs", 365);

    assertThat(retention.days()).isEqualTo(30);
    assertThat(retention.description()).contains("table AppServiceHTTPLogs");
  }

  @Test
  void aResourceSpecificTableWhoseNameIsUnknownIsUnknownOnceTablesWereCollected() {
    LogAnalyticsWorkspace workspace = group.logAnalyticsWorkspace("law-central").retentionDays(400);
    GenericResource cluster =
        group.resource("Microsoft.ContainerService/managedClusters", "aks-prod");
    cluster.diagnosticSetting("to-law").category("kube-audit-admin").toWorkspace(workspace);

    Retention retention =
        DiagnosticLogs.route(
                tenant.snapshot(),
                cluster.id(),
                AzureTypes.AKS_CLUSTERS,
                List.of("kube-audit-admin"))
            .retention("kube-audit-admin", 365);

    assertThat(retention.isUnknown()).isTrue();
    assertThat(retention.description()).contains("resource-specific table");
  }

  @Test
  void aWorkspaceMissingFromACollectedSubscriptionIsUnknownNeverPassing() {
    vault
        .diagnosticSetting("to-gone")
        .audit()
        .toWorkspace(
            group.id() + "/providers/Microsoft.OperationalInsights/workspaces/law-deleted");

    Retention retention = auditEventRetention();

    assertThat(retention.isUnknown()).isTrue();
    assertThat(retention.meets(1)).isFalse();
    assertThat(retention.description())
        .contains("workspace 'law-deleted' is not in the snapshot")
        .contains("deleted, or in another tenant");
  }

  @Test
  void aWorkspaceInASubscriptionThatWasDeniedIsUnknownWithTheReason() {
    String other = "/subscriptions/11111111-1111-1111-1111-111111111111";
    tenant
        .subscription("security", "11111111-1111-1111-1111-111111111111")
        .denied(AzureTypes.WORKSPACES, "Microsoft.OperationalInsights/workspaces/read");
    vault
        .diagnosticSetting("to-soc")
        .audit()
        .toWorkspace(
            other
                + "/resourceGroups/rg-soc/providers/Microsoft.OperationalInsights/workspaces/law-soc");

    Retention retention = auditEventRetention();

    assertThat(retention.isUnknown()).isTrue();
    assertThat(retention.description())
        .contains("law-soc")
        .contains("Microsoft.OperationalInsights/workspaces/read");
  }

  @Test
  void aStorageAccountWithoutLifecycleRulesKeepsLogsWithoutLimit() {
    StorageAccount archive = group.storageAccount("starchive");
    vault.diagnosticSetting("archive").audit().toStorageAccount(archive);

    Retention retention = auditEventRetention();

    assertThat(retention.kind()).isEqualTo(Retention.Kind.UNLIMITED);
    assertThat(retention.meets(365)).isTrue();
  }

  @Test
  void aLifecycleDeleteRuleReachingTheLogContainersDecides() {
    StorageAccount archive =
        group.storageAccount("starchive").deletesBlobsAfter("insights-logs-", 60);
    vault.diagnosticSetting("archive").audit().toStorageAccount(archive);

    Retention retention = auditEventRetention();

    assertThat(retention.days()).isEqualTo(60);
    assertThat(retention.description()).contains("deletes them after 60 days");
    assertThat(retention.evidence())
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.pointer())
                    .endsWith(
                        "/definition/actions/baseBlob/delete/daysAfterModificationGreaterThan"));
  }

  @Test
  void aLifecycleRuleForOtherContainersDoesNotShortenLogRetention() {
    StorageAccount archive = group.storageAccount("starchive").deletesBlobsAfter("tmp/", 7);
    vault.diagnosticSetting("archive").audit().toStorageAccount(archive);

    assertThat(auditEventRetention().kind()).isEqualTo(Retention.Kind.UNLIMITED);
  }

  @Test
  void lifecycleRulesThatWereNotCollectedMakeStorageRetentionUnknown() {
    StorageAccount archive = group.storageAccount("starchive");
    archive.denied(
        AzureTypes.MANAGEMENT_POLICIES,
        "Microsoft.Storage/storageAccounts/managementPolicies/read");
    vault.diagnosticSetting("archive").audit().toStorageAccount(archive);

    Retention retention = auditEventRetention();

    assertThat(retention.isUnknown()).isTrue();
    assertThat(retention.description()).contains("lifecycle rules of storage account 'starchive'");
  }

  @Test
  void anEventHubKeepsNothingVisible() {
    vault
        .diagnosticSetting("to-siem")
        .audit()
        .toEventHub(
            group.id()
                + "/providers/Microsoft.EventHub/namespaces/evh-siem/authorizationRules/send",
            "siem");

    Retention retention = auditEventRetention();

    assertThat(retention.isUnknown()).isTrue();
    assertThat(retention.description()).contains("event hub 'send' forwards the logs elsewhere");
  }

  @Test
  void theBestDestinationDecidesWhenLogsGoToSeveral() {
    LogAnalyticsWorkspace workspace = group.logAnalyticsWorkspace("law-ops").retentionDays(30);
    StorageAccount archive = group.storageAccount("starchive");
    vault.diagnosticSetting("both").audit().toWorkspace(workspace).toStorageAccount(archive);

    Retention retention = auditEventRetention();

    assertThat(retention.kind()).isEqualTo(Retention.Kind.UNLIMITED);
  }

  @Test
  void theRetiredRetentionPolicyDoesNotCountButIsMentioned() {
    LogAnalyticsWorkspace workspace = group.logAnalyticsWorkspace("law-ops").retentionDays(30);
    vault
        .diagnosticSetting("to-law")
        .category("AuditEvent")
        .toWorkspace(workspace)
        .property("/properties/logs/0/retentionPolicy/enabled", true)
        .property("/properties/logs/0/retentionPolicy/days", 365);
    LogRouting routing =
        DiagnosticLogs.route(
            tenant.snapshot(), vault.id(), AzureTypes.KEY_VAULTS, List.of("AuditEvent"));

    assertThat(routing.retention("AuditEvent", 365).days()).isEqualTo(30);
    assertThat(routing.retiredRetentionNote("AuditEvent"))
        .hasValueSatisfying(
            note ->
                assertThat(note)
                    .contains("retentionPolicy of 365 days on setting 'to-law' does not count"));
  }

  @Test
  void bestPrefersAPassingCandidateThenUnknownThenTheLongest() {
    Retention short30 = Retention.days(30, "a");
    Retention long400 = Retention.days(400, "b");
    Retention unknown = Retention.unknown("c");

    assertThat(Retention.best(List.of(short30, long400), 365)).isSameAs(long400);
    assertThat(Retention.best(List.of(short30, unknown), 365).isUnknown()).isTrue();
    assertThat(Retention.best(List.of(short30, Retention.days(90, "d")), 365).days()).isEqualTo(90);
    assertThat(Retention.best(List.of(), 365).isUnknown()).isTrue();
  }

  @Test
  void bestTakesTheLongestPassingCandidateWhateverTheOrder() {
    Retention table730 = Retention.days(730, "table SecurityEvent keeps 730 days");
    Retention workspace400 = Retention.days(400, "workspace keeps 400 days");
    Retention unlimited = Retention.unlimited("storage keeps them");

    assertThat(Retention.best(List.of(workspace400, table730), 365)).isSameAs(table730);
    assertThat(Retention.best(List.of(table730, workspace400), 365)).isSameAs(table730);
    assertThat(Retention.best(List.of(workspace400, unlimited, table730), 365)).isSameAs(unlimited);
  }

  @Test
  void equalCandidatesAndJoinedUnknownsComeOutTheSameWhateverTheOrder() {
    Retention first = Retention.days(400, "workspace 'law-a' keeps 400 days");
    Retention second = Retention.days(400, "workspace 'law-b' keeps 400 days");
    Retention unknownA = Retention.unknown("workspace 'law-a' is not in the snapshot");
    Retention unknownB = Retention.unknown("workspace 'law-b' is not in the snapshot");

    assertThat(Retention.best(List.of(second, first), 365))
        .isEqualTo(Retention.best(List.of(first, second), 365));
    assertThat(Retention.best(List.of(unknownB, unknownA), 365))
        .isEqualTo(Retention.best(List.of(unknownA, unknownB), 365));
    assertThat(Retention.best(List.of(unknownB, unknownA), 365).description())
        .isEqualTo(
            "workspace 'law-a' is not in the snapshot; workspace 'law-b' is not in the snapshot");
  }

  @Test
  void shortestIsTheShortestKnownThatFallsShortThenUnknownThenTheShortest() {
    Retention table730 = Retention.days(730, "table SecurityEvent keeps 730 days");
    Retention workspace400 = Retention.days(400, "workspace keeps 400 days");
    Retention table30 = Retention.days(30, "table SecurityEvent keeps 30 days");
    Retention unknown = Retention.unknown("workspace is not in the snapshot");

    assertThat(Retention.shortest(List.of(table730, workspace400), 365)).isSameAs(workspace400);
    assertThat(Retention.shortest(List.of(workspace400, table730), 365)).isSameAs(workspace400);
    assertThat(Retention.shortest(List.of(unknown, table30, workspace400), 365)).isSameAs(table30);
    assertThat(Retention.shortest(List.of(table730, unknown), 365).isUnknown()).isTrue();
    assertThat(Retention.shortest(List.of(), 365).isUnknown()).isTrue();
  }

  @Test
  void aWorkspaceLookedUpDirectlyWithoutTableUsesItsOwnRetention() {
    LogAnalyticsWorkspace workspace = group.logAnalyticsWorkspace("law-central").retentionDays(400);

    Retention retention =
        RetentionChain.ofWorkspace(
            tenant.snapshot(), ResourceId.parse(workspace.id().toString()), Optional.empty());

    assertThat(retention.days()).isEqualTo(400);
  }
}
