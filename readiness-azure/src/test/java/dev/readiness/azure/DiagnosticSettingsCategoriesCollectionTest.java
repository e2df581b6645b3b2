package dev.readiness.azure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.CoverageStatus;
import dev.readiness.api.Engine;
import dev.readiness.api.Finding;
import dev.readiness.api.Report;
import dev.readiness.api.ResourceType;
import dev.readiness.api.Snapshot;
import dev.readiness.api.Status;
import dev.readiness.rules.BuiltInRules;
import dev.readiness.testkit.fakeazure.FakeAzure;
import dev.readiness.testkit.fixtures.KeyVault;
import dev.readiness.testkit.fixtures.LogAnalyticsWorkspace;
import dev.readiness.testkit.fixtures.NetworkSecurityGroup;
import dev.readiness.testkit.fixtures.ResourceGroup;
import dev.readiness.testkit.fixtures.Tenant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The log categories and category groups Azure lists per resource are read over HTTP for one
 * resource per type, recorded under it, and decide which categories an {@code audit} entry covers
 * for every resource of the type; a denied read makes UNKNOWN only what relied on the group.
 */
class DiagnosticSettingsCategoriesCollectionTest {
  private static final ResourceType CATEGORIES =
      ResourceType.of("Microsoft.Insights/diagnosticSettingsCategories");
  private static final String CATEGORIES_PATH =
      "/providers/Microsoft.Insights/diagnosticSettingsCategories";

  private final Tenant tenant = Tenant.create();
  private final ResourceGroup group = tenant.subscription("prod").resourceGroup("rg-app");
  private final LogAnalyticsWorkspace workspace = group.logAnalyticsWorkspace("law-central");
  private final Engine logRule =
      Engine.builder()
          .addRules(
              BuiltInRules.all().stream()
                  .filter(r -> r.metadata().id().equals("FR-LOG-03"))
                  .toList())
          .build();

  @Test
  void oneResourcePerTypeIsAskedAndItsAnswerDecidesTheAuditGroupForTheOthers() {
    // As this fake Azure answers for NSGs: both logs in the audit group.
    for (String name : List.of("nsg-a", "nsg-b")) {
      NetworkSecurityGroup nsg = group.networkSecurityGroup(name);
      nsg.logCategory("NetworkSecurityGroupEvent", "audit", "allLogs");
      nsg.logCategory("NetworkSecurityGroupRuleCounter", "audit", "allLogs");
      nsg.diagnosticSetting("to-law").audit().toWorkspace(workspace);
    }

    try (FakeAzure azure = FakeAzure.builder().snapshot(tenant.snapshot()).unthrottled().start()) {
      Snapshot collected =
          TestCollectors.against(azure, logRule.typesToCollect()).build().collect();

      assertThat(azure.requests())
          .filteredOn(r -> r.path().endsWith(CATEGORIES_PATH))
          .extracting(r -> r.path().replace(CATEGORIES_PATH, ""))
          .singleElement()
          .asString()
          .endsWith("/networkSecurityGroups/nsg-a");
      assertThat(collected.resources(CATEGORIES))
          .extracting(r -> r.id().toString())
          .allMatch(id -> id.contains("/nsg-a/providers/"))
          .hasSize(2);
      Report report = logRule.evaluate(collected);
      // The built-in table does not credit 'audit' for NSGs; Azure's answer does, for both.
      assertThat(finding(report, "nsg-a").status()).isEqualTo(Status.PASS);
      assertThat(finding(report, "nsg-b").status()).isEqualTo(Status.PASS);
    }
  }

  @Test
  void aDeniedReadMakesUnknownOnlyTheFindingsThatReliedOnTheAuditGroup() {
    KeyVault asked = group.keyVault("kv-a-audit");
    asked.denied(CATEGORIES, "Microsoft.Insights/diagnosticSettingsCategories/read");
    asked.diagnosticSetting("to-law").audit().toWorkspace(workspace);
    group
        .keyVault("kv-b-named")
        .diagnosticSetting("to-law")
        .category("AuditEvent")
        .toWorkspace(workspace);

    try (FakeAzure azure = FakeAzure.builder().snapshot(tenant.snapshot()).unthrottled().start()) {
      Snapshot collected =
          TestCollectors.against(azure, logRule.typesToCollect()).build().collect();

      assertThat(collected.coverage().decide(asked.id(), CATEGORIES).status())
          .isEqualTo(CoverageStatus.DENIED);
      Report report = logRule.evaluate(collected);
      assertThat(finding(report, "kv-a-audit").status()).isEqualTo(Status.UNKNOWN);
      assertThat(finding(report, "kv-a-audit").message())
          .contains("'audit' category group")
          .contains("diagnosticSettingsCategories/read");
      assertThat(finding(report, "kv-b-named").status()).isEqualTo(Status.PASS);
    }
  }

  @Test
  void categoriesAreNotAskedForWhenNoSelectedRuleReadsThem() {
    group.keyVault("kv-a").diagnosticSetting("to-law").audit().toWorkspace(workspace);
    Engine encryptionOnly =
        Engine.builder()
            .addRules(
                BuiltInRules.all().stream()
                    .filter(r -> r.metadata().id().equals("FR-DATA-02"))
                    .toList())
            .build();

    try (FakeAzure azure = FakeAzure.builder().snapshot(tenant.snapshot()).unthrottled().start()) {
      TestCollectors.against(azure, encryptionOnly.typesToCollect()).build().collect();

      assertThat(azure.requests()).noneMatch(r -> r.path().endsWith(CATEGORIES_PATH));
    }
  }

  private static Finding finding(Report report, String name) {
    return report.findings().stream()
        .filter(f -> f.target().id().name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no FR-LOG-03 finding on " + name));
  }
}
