package dev.readiness.testkit;

import static dev.readiness.testkit.ReadinessAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.api.Engine;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceType;
import dev.readiness.api.Snapshot;
import dev.readiness.api.format.InputFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ReadinessExtension.class)
class ReadinessExtensionTest {
  @Test
  void injectsAFormatV1SnapshotWithItsCoverage(
      @SnapshotFile("fixtures/tha-vm.json") Snapshot snapshot) {
    assertThat(
            snapshot.resource(
                "/subscriptions/00000000-0000-0000-0001-000000000001/resourceGroups/rg-app/providers/Microsoft.Compute/virtualMachines/THA-VM"))
        .isPresent();
    assertThat(snapshot.coverage().gaps()).hasSize(1);

    SampleRules.GuestLogs rule = new SampleRules.GuestLogs();
    assertThat(Engine.builder().addRule(rule).build().evaluate(snapshot))
        .hasUnknown("TEST-GUEST-01", "THA-VM")
        .withMessageContaining(
            "missing permission Microsoft.Insights/dataCollectionRuleAssociations/read");
  }

  @Test
  void injectsAnArmArrayImportStampedWithTheFixtureTime(
      @SnapshotFile("fixtures/arm-array.json") Snapshot imported) {
    assertThat(imported.resources(ResourceType.of("Microsoft.Storage/storageAccounts")))
        .singleElement()
        .satisfies(
            account ->
                assertThat(account.tags()).containsEntry("data-owner", "finance@contoso.example"));
    assertThat(imported.metadata().capturedAt())
        .isEqualTo(dev.readiness.testkit.fixtures.Tenant.DEFAULT_CAPTURED_AT);
  }

  @Test
  void injectsAPsRuleExportWithItsNestedExtensionResources(
      @SnapshotFile("fixtures/psrule-export.json") Snapshot exported) {
    Resource vault =
        exported.resources(ResourceType.of("Microsoft.KeyVault/vaults")).stream()
            .findFirst()
            .orElseThrow();
    assertThat(exported.children(vault, ResourceType.of("Microsoft.Insights/diagnosticSettings")))
        .singleElement()
        .satisfies(
            setting ->
                assertThat(setting.at("/properties/logs/0/categoryGroup").textOr(""))
                    .isEqualTo("audit"));
  }

  @Test
  void sharesOneSnapshotPerFile(
      @SnapshotFile("fixtures/tha-vm.json") Snapshot first,
      @SnapshotFile("/fixtures/tha-vm.json") Snapshot second) {
    assertThat(second).isEqualTo(first);
  }

  @Test
  void namesAMissingFile() {
    assertThatThrownBy(() -> SnapshotFiles.load("fixtures/nowhere.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "No snapshot file 'fixtures/nowhere.json' on the test class path; put it under"
                + " src/test/resources/fixtures/nowhere.json.");
  }

  @Test
  void namesTheLineOfAMalformedFile() {
    assertThatThrownBy(() -> SnapshotFiles.load("fixtures/broken.json"))
        .isInstanceOf(InputFileException.class)
        .hasMessageStartingWith("fixtures/broken.json:");
  }
}
