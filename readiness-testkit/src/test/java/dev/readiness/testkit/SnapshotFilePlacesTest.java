package dev.readiness.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.ResourceType;
import dev.readiness.api.Snapshot;
import org.junit.jupiter.api.Test;

/** No @ExtendWith here: @SnapshotFile registers the extension wherever it stands. */
@SnapshotFile("fixtures/arm-array.json")
class SnapshotFilePlacesTest {
  @SnapshotFile("fixtures/tha-vm.json")
  static Snapshot shared;

  @SnapshotFile("fixtures/tha-vm.json")
  Snapshot thaVm;

  @Test
  void fillsStaticAndInstanceFields() {
    assertThat(shared).isNotNull();
    assertThat(thaVm).isSameAs(shared);
    assertThat(thaVm.resources(ResourceType.of("Microsoft.Compute/virtualMachines")))
        .extracting(r -> r.name())
        .contains("THA-VM");
  }

  @Test
  void theClassNamesTheFileOfEveryUnannotatedSnapshotParameter(
      Snapshot imported, @SnapshotFile("fixtures/tha-vm.json") Snapshot own) {
    assertThat(imported.resources(ResourceType.of("Microsoft.Storage/storageAccounts")))
        .isNotEmpty();
    assertThat(own).isSameAs(thaVm);
  }
}
