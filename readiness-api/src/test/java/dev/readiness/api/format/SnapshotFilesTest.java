package dev.readiness.api.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.CoverageRecord;
import dev.readiness.api.CoverageStatus;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceId;
import dev.readiness.api.ResourceType;
import dev.readiness.api.Snapshot;
import dev.readiness.api.SnapshotMetadata;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotFilesTest {
  private static final Instant IMPORTED = Instant.parse("2026-11-02T10:00:00Z");
  private static final ResourceType VAULTS = ResourceType.of("Microsoft.KeyVault/vaults");
  private static final ResourceType SETTINGS =
      ResourceType.of("Microsoft.Insights/diagnosticSettings");
  private static final String SUB = "00000000-0000-0000-0000-000000000001";

  static Snapshot sample() {
    String vault =
        "/subscriptions/" + SUB + "/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv1";
    return Snapshot.builder(
            new SnapshotMetadata(
                Optional.of("00000000-0000-0000-0000-00000000000a"),
                List.of(SUB),
                "AzureCloud",
                Instant.parse("2026-11-01T12:00:00Z"),
                "readiness",
                "1.0.0"))
        .add(
            Resource.parse(
                "{\"type\":\"Microsoft.KeyVault/vaults\",\"name\":\"kv1\",\"id\":\""
                    + vault
                    + "\",\"properties\":{\"zeta\":1,\"alpha\":{\"b\":2,\"a\":[3,{\"y\":1,\"x\":0}]}}}"))
        .add(
            Resource.parse(
                "{\"id\":\""
                    + vault
                    + "/providers/Microsoft.Insights/diagnosticSettings/audit\",\"type\":\"Microsoft.Insights/diagnosticSettings\",\"properties\":{\"logs\":[]}}"))
        .coverage(CoverageRecord.collected(ResourceId.subscription(SUB), VAULTS))
        .coverage(
            CoverageRecord.denied(
                ResourceId.subscription(SUB),
                SETTINGS,
                403,
                "Microsoft.Insights/diagnosticSettings/read",
                "GET " + vault + "/providers/Microsoft.Insights/diagnosticSettings"))
        .build();
  }

  private static InputStream resource(String name) {
    return SnapshotFilesTest.class.getResourceAsStream(name);
  }

  @Test
  void readingWhatWasWrittenGivesAnEqualSnapshot(@TempDir Path dir) {
    Snapshot original = sample();
    Path file = dir.resolve("nested/snapshot.json");
    SnapshotWriter.write(original, file);
    assertThat(SnapshotReader.read(file)).isEqualTo(original);
  }

  @Test
  void anUnknownTenantIsEmptyAndStaysAnEmptyStringInTheFile() {
    Snapshot unknown =
        Snapshot.builder(
                new SnapshotMetadata(
                    Optional.empty(),
                    List.of(SUB),
                    "AzureCloud",
                    Instant.parse("2026-01-01T00:00:00Z"),
                    "readiness",
                    "1.0"))
            .build();
    String json = SnapshotWriter.toJson(unknown);
    assertThat(json).contains("\"tenantId\" : \"\"");
    Snapshot read =
        SnapshotReader.read(
            new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "unknown");
    assertThat(read.metadata().tenantId()).isEmpty();
    assertThat(SnapshotWriter.toJson(read)).isEqualTo(json);
  }

  @Test
  void writingIsStableWithSortedKeys() {
    String first = SnapshotWriter.toJson(sample());
    assertThat(
            SnapshotWriter.toJson(
                SnapshotReader.read(
                    new java.io.ByteArrayInputStream(first.getBytes(StandardCharsets.UTF_8)),
                    "again")))
        .isEqualTo(first);
    assertThat(first).startsWith("{\n  \"format\" : \"readiness-snapshot\",\n  \"version\" : 1,");
    assertThat(first.indexOf("\"alpha\"")).isLessThan(first.indexOf("\"zeta\""));
    assertThat(first.indexOf("\"x\"")).isLessThan(first.indexOf("\"y\""));
    assertThat(first).doesNotContain("\r");
  }

  @Test
  void importsAnArmArrayWithHonestCoverage() {
    Snapshot snapshot =
        SnapshotReader.read(resource("az-resource-list.json"), "az-resource-list.json", IMPORTED);
    assertThat(snapshot.size()).isEqualTo(4);
    assertThat(snapshot.metadata().subscriptions())
        .containsExactly(SUB, "00000000-0000-0000-0000-000000000002");
    assertThat(snapshot.metadata().capturedAt()).isEqualTo(IMPORTED);
    Resource vault = snapshot.resources(VAULTS).get(0);
    assertThat(snapshot.children(vault, SETTINGS)).hasSize(1);
    assertThat(snapshot.coverage().isCollected(vault.id(), SETTINGS)).isTrue();
    // Present in one subscription only: the other subscription knows nothing of vaults.
    ResourceId otherSubscription = ResourceId.subscription("00000000-0000-0000-0000-000000000002");
    assertThat(snapshot.coverage().decide(otherSubscription, VAULTS).status())
        .isEqualTo(CoverageStatus.NOT_COLLECTED);
    // A type the file does not contain is never claimed.
    assertThat(
            snapshot
                .coverage()
                .isCollected(
                    vault.id(), ResourceType.of("Microsoft.Network/networkWatchers/flowLogs")))
        .isFalse();
  }

  @Test
  void importsAzGraphQueryOutput() {
    Snapshot snapshot =
        SnapshotReader.read(resource("az-graph-query.json"), "az-graph-query.json", IMPORTED);
    assertThat(snapshot.resources(ResourceType.of("Microsoft.Network/networkSecurityGroups")))
        .extracting(Resource::name)
        .containsExactly("nsg-app", "nsg-db");
    assertThat(snapshot.metadata().tenantId()).contains("00000000-0000-0000-0000-00000000000a");
  }

  @Test
  void importsAPsRuleExportWithTheSubResourcesItAlwaysFetches() {
    Snapshot snapshot =
        SnapshotReader.read(resource("psrule-export.json"), "psrule-export.json", IMPORTED);
    Resource audited =
        snapshot
            .resource(
                "/subscriptions/"
                    + SUB
                    + "/resourceGroups/rg-sec/providers/Microsoft.KeyVault/vaults/kv-audited")
            .orElseThrow();
    Resource silent =
        snapshot
            .resource(
                "/subscriptions/"
                    + SUB
                    + "/resourceGroups/rg-sec/providers/Microsoft.KeyVault/vaults/kv-silent")
            .orElseThrow();
    assertThat(audited.tags()).containsEntry("owner", "secops");
    assertThat(audited.properties().get("enablePurgeProtection").isTrue()).isTrue();
    assertThat(snapshot.children(audited, SETTINGS))
        .singleElement()
        .satisfies(
            setting -> {
              assertThat(setting.type()).isEqualTo(SETTINGS);
              assertThat(setting.at("/properties/logs/0/category").textOr(""))
                  .isEqualTo("AuditEvent");
            });
    // The export reads every vault's diagnostic settings: none on kv-silent is a fact, not a gap.
    assertThat(snapshot.children(silent, SETTINGS)).isEmpty();
    assertThat(snapshot.coverage().isCollected(silent.id(), SETTINGS)).isTrue();
    Resource storage =
        snapshot.resources(ResourceType.of("Microsoft.Storage/storageAccounts")).get(0);
    assertThat(
            snapshot.children(
                storage, ResourceType.of("Microsoft.Storage/storageAccounts/blobServices")))
        .hasSize(1);
    assertThat(storage.sku().get("name").textOr("")).isEqualTo("Standard_LRS");
    // The whole inventory of the subscription was exported; flow logs were not.
    assertThat(
            snapshot
                .coverage()
                .isCollected(storage.id(), ResourceType.of("Microsoft.Compute/virtualMachines")))
        .isTrue();
    assertThat(
            snapshot
                .coverage()
                .isCollected(
                    storage.id(), ResourceType.of("Microsoft.Network/networkWatchers/flowLogs")))
        .isFalse();
  }

  @Test
  void readsFilesByPathAndNamesAMissingOne(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("export.json");
    try (InputStream in = resource("az-resource-list.json")) {
      Files.copy(in, file);
    }
    assertThat(SnapshotReader.read(file).size()).isEqualTo(4);
    Path missing = dir.resolve("missing.json");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SnapshotReader.read(missing))
        .isInstanceOf(InputFileException.class)
        .hasMessage(missing + ": no such file");
  }
}
