package dev.readiness.rules.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.readiness.api.CoverageRecord;
import dev.readiness.api.Engine;
import dev.readiness.api.Finding;
import dev.readiness.api.Report;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceId;
import dev.readiness.api.ResourceType;
import dev.readiness.api.Snapshot;
import dev.readiness.api.SnapshotMetadata;
import dev.readiness.api.Status;
import dev.readiness.rules.BuiltInRules;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Verdicts on partial data: a tenant-wide verdict never PASSes on the subscriptions that happened
 * to be read, and a gap is reported as what it is.
 */
class PartialDataTest {
  private static final String SUB1 = "00000000-0000-0000-0000-000000000001";
  private static final String SUB2 = "00000000-0000-0000-0000-000000000002";
  private static final ResourceType DIAGNOSTICS =
      ResourceType.of("Microsoft.Insights/diagnosticSettings");
  private static final ResourceType WORKSPACES =
      ResourceType.of("Microsoft.OperationalInsights/workspaces");
  private static final ResourceType VAULTS = ResourceType.of("Microsoft.KeyVault/vaults");

  @Test
  void theWorkspaceCountIsUnknownWhileASubscriptionsSettingsWereNotRead() {
    Report withGap = evaluate(true);
    Report complete = evaluate(false);

    assertThat(statusOf(complete, SUB1)).isEqualTo(Status.PASS);
    assertThat(statusOf(withGap, SUB1)).isEqualTo(Status.UNKNOWN);
    assertThat(finding(withGap, SUB1).message())
        .contains("Microsoft.Insights/diagnosticSettings at /subscriptions/" + SUB2)
        .contains("denied");
  }

  @Test
  void aMicrosoftGraphDenialIsNotReportedAsPerSubscriptionDataMissingAtTheTenant() {
    // As the collector records them: Azure types per subscription, Microsoft Graph types at the
    // tenant root, where the per-subscription types have no record at all.
    Engine engine =
        Engine.builder().addRules(BuiltInRules.all()).include("FR-IAM-02", "FR-IAM-04").build();
    Snapshot.Builder snapshot =
        Snapshot.builder(SnapshotMetadata.of(SUB1, List.of(SUB1), Instant.EPOCH));
    for (ResourceType type : engine.typesToCollect()) {
      if (type.namespace().equalsIgnoreCase("microsoft.graph")) {
        snapshot.coverage(
            CoverageRecord.denied(
                ResourceId.TENANT, type, 403, "Directory.Read.All", "GET /v1.0/" + type));
      } else {
        snapshot.coverage(CoverageRecord.collected(ResourceId.subscription(SUB1), type));
      }
    }

    Report report = engine.evaluate(snapshot.build());

    assertThat(report.findings())
        .filteredOn(f -> f.target().id().equals(ResourceId.TENANT))
        .extracting(Finding::ruleId, Finding::status)
        .containsExactlyInAnyOrder(
            tuple("FR-IAM-02", Status.UNKNOWN), tuple("FR-IAM-04", Status.UNKNOWN));
    assertThat(report.findings())
        .filteredOn(f -> f.target().id().equals(ResourceId.TENANT))
        .allSatisfy(f -> assertThat(f.message()).contains("was denied (HTTP 403"))
        .noneSatisfy(f -> assertThat(f.message()).contains("was not collected"));
  }

  private static Report evaluate(boolean settingsOfSecondDenied) {
    String rg = "/subscriptions/" + SUB1 + "/resourceGroups/rg";
    String workspace = rg + "/providers/Microsoft.OperationalInsights/workspaces/law";
    String vault = rg + "/providers/Microsoft.KeyVault/vaults/kv";
    Snapshot.Builder snapshot =
        Snapshot.builder(SnapshotMetadata.of(SUB1, List.of(SUB1, SUB2), Instant.EPOCH))
            .add(
                Resource.parse(
                    """
                    {"id": "%s", "name": "law", "type": "Microsoft.OperationalInsights/workspaces",
                     "properties": {"retentionInDays": 365}}"""
                        .formatted(workspace)))
            .add(
                Resource.parse(
                    """
                    {"id": "%s", "name": "kv", "type": "Microsoft.KeyVault/vaults", "properties": {}}"""
                        .formatted(vault)))
            .add(
                Resource.parse(
                    """
                    {"id": "%s/providers/Microsoft.Insights/diagnosticSettings/to-law", "name": "to-law",
                     "type": "Microsoft.Insights/diagnosticSettings",
                     "properties": {"workspaceId": "%s",
                       "logs": [{"categoryGroup": "audit", "enabled": true}]}}"""
                        .formatted(vault, workspace)))
            .collected(ResourceId.TENANT, List.of(WORKSPACES, VAULTS, DIAGNOSTICS));
    if (settingsOfSecondDenied) {
      snapshot.coverage(
          CoverageRecord.denied(
              ResourceId.subscription(SUB2),
              DIAGNOSTICS,
              403,
              "Microsoft.Insights/diagnosticSettings/read",
              "GET /subscriptions/" + SUB2 + "/providers/Microsoft.Insights/diagnosticSettings"));
    }
    return Engine.builder()
        .addRules(BuiltInRules.all())
        .include("FR-LOG-05")
        .build()
        .evaluate(snapshot.build());
  }

  private static Finding finding(Report report, String subscription) {
    return report.findings().stream()
        .filter(f -> f.target().id().equals(ResourceId.subscription(subscription)))
        .findFirst()
        .orElseThrow();
  }

  private static Status statusOf(Report report, String subscription) {
    return finding(report, subscription).status();
  }
}
