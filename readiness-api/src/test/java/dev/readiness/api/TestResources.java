package dev.readiness.api;

import java.time.Instant;
import java.util.List;

/** Small ARM resources for the API's own tests. */
final class TestResources {
  static final String SUB = "00000000-0000-0000-0000-000000000001";
  static final Instant CAPTURED = Instant.parse("2026-11-01T00:00:00Z");
  static final ResourceType VMS = ResourceType.of("Microsoft.Compute/virtualMachines");
  static final ResourceType SETTINGS = ResourceType.of("Microsoft.Insights/diagnosticSettings");

  private TestResources() {}

  static String vmId(String name) {
    return "/subscriptions/"
        + SUB
        + "/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/"
        + name;
  }

  static Resource vm(String name) {
    return Resource.parse(
        "{\"id\":\""
            + vmId(name)
            + "\",\"name\":\""
            + name
            + "\",\"type\":\"Microsoft.Compute/virtualMachines\",\"location\":\"westeurope\",\"properties\":{}}");
  }

  static Resource setting(String vmName, String name) {
    return Resource.parse(
        "{\"id\":\""
            + vmId(vmName)
            + "/providers/Microsoft.Insights/diagnosticSettings/"
            + name
            + "\",\"name\":\""
            + name
            + "\",\"type\":\"Microsoft.Insights/diagnosticSettings\",\"properties\":{\"workspaceId\":\"/x\"}}");
  }

  static SnapshotMetadata metadata() {
    return SnapshotMetadata.of("00000000-0000-0000-0000-00000000000a", List.of(SUB), CAPTURED);
  }

  static Snapshot.Builder builder() {
    return Snapshot.builder(metadata());
  }
}
