package dev.readiness.rules.logging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.ArmChange;
import dev.readiness.api.Finding;
import dev.readiness.api.Report;
import dev.readiness.api.Status;
import dev.readiness.rules.checklist.ChecklistOptions;
import dev.readiness.testkit.RuleTestHelper;
import dev.readiness.testkit.fixtures.DataCollectionRule;
import dev.readiness.testkit.fixtures.LogAnalyticsWorkspace;
import dev.readiness.testkit.fixtures.ResourceGroup;
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
  void theFixOfLogsKeptTooShortByTheWorkspaceLengthensTheWorkspaceAndPasses() {
    group.keyVault("kv-short").diagnosticSetting("to-ops").audit().toWorkspace(shortWorkspace);

    Report report = helper().expectFixedByItsRemediation("kv-short").doTest();

    ArmChange change = onlyChangeOfTheFailure(report);
    assertThat(change.method()).isEqualTo(ArmChange.Method.PATCH);
    assertThat(change.resourceId()).isEqualTo(shortWorkspace.id().toString());
    assertThat(change.body()).isEqualTo(Map.of("properties", Map.of("retentionInDays", 365)));
    assertThat(change.cost()).get().asString().contains("31 days included");
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
}
