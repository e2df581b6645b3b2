package dev.readiness.api.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.CoverageRecord;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceId;
import dev.readiness.api.ResourceType;
import dev.readiness.api.Snapshot;
import dev.readiness.api.SnapshotMetadata;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotRecorderTest {
  private static final String TENANT = "00000000-0000-0000-0000-0000000000aa";
  private static final String SUB = "00000000-0000-0000-0000-000000000001";
  private static final String PRINCIPAL = "00000000-0000-0000-0000-0000000a0001";
  private static final String OWNER_ROLE = "8e3af657-a8ff-443c-a75c-2fe8c4bcb635";
  private static final String RG = "/subscriptions/" + SUB + "/resourceGroups/rg-payments";
  private static final String VM =
      RG + "/providers/Microsoft.Compute/virtualMachines/vm-payments01";
  private static final String NIC =
      RG + "/providers/Microsoft.Network/networkInterfaces/nic-payments01";
  private static final byte[] KEY = "0123456789abcdef-fixture-key".getBytes(StandardCharsets.UTF_8);

  private static Snapshot tenant() {
    return Snapshot.builder(SnapshotMetadata.of(TENANT, List.of(SUB), Instant.EPOCH))
        .add(
            Resource.parse(
                """
                {"id": "%s", "name": "vm-payments01", "type": "Microsoft.Compute/virtualMachines",
                 "identity": {"type": "SystemAssigned", "principalId": "%s", "tenantId": "%s"},
                 "properties": {"osProfile": {"computerName": "vm-payments01",
                     "adminPassword": "fake-password-value"},
                   "networkProfile": {"networkInterfaces": [{"id": "%s"}]}}}"""
                    .formatted(VM, PRINCIPAL, TENANT, NIC)))
        .add(
            Resource.parse(
                """
                {"id": "%s", "name": "nic-payments01", "type": "Microsoft.Network/networkInterfaces",
                 "properties": {"virtualMachine": {"id": "%s"}}}"""
                    .formatted(NIC, VM)))
        .add(
            Resource.parse(
                """
                {"id": "/subscriptions/%s/providers/Microsoft.Authorization/roleAssignments/ra1",
                 "type": "Microsoft.Authorization/roleAssignments",
                 "properties": {"principalId": "%s", "roleDefinitionId":
                   "/subscriptions/%s/providers/Microsoft.Authorization/roleDefinitions/%s"}}"""
                    .formatted(SUB, PRINCIPAL, SUB, OWNER_ROLE)))
        .add(
            Resource.parse(
                """
                {"id": "/providers/microsoft.graph/users/%s", "name": "%s",
                 "type": "microsoft.graph/users",
                 "properties": {"id": "%s", "userPrincipalName": "alice@contoso.example"}}"""
                    .formatted(PRINCIPAL, PRINCIPAL, PRINCIPAL)))
        .coverage(
            CoverageRecord.denied(
                ResourceId.parse(VM),
                ResourceType.of("Microsoft.Insights/diagnosticSettings"),
                403,
                "Microsoft.Insights/diagnosticSettings/read",
                "GET " + VM + "/providers/Microsoft.Insights/diagnosticSettings"))
        .build();
  }

  @Test
  void anonymizedRecordingHidesIdentitiesAndSecrets(@TempDir Path dir) {
    Path file = dir.resolve("tenant.json");

    SnapshotRecorder.anonymizing(KEY).write(tenant(), file);
    Snapshot read = SnapshotReader.read(file);
    String text = SnapshotWriter.toJson(read);

    assertThat(text)
        .doesNotContainIgnoringCase(TENANT)
        .doesNotContainIgnoringCase(SUB)
        .doesNotContainIgnoringCase(PRINCIPAL)
        .doesNotContain("payments")
        .doesNotContain("alice")
        .doesNotContain("fake-password-value")
        .contains(OWNER_ROLE);
    assertThat(read.size()).isEqualTo(4);
  }

  @Test
  void referencesStillPointAtTheRightResources() {
    Snapshot anonymous = SnapshotRecorder.anonymizing(KEY).prepare(tenant());

    Resource vm = anonymous.resources(ResourceType.of("Microsoft.Compute/virtualMachines")).get(0);
    String nicId = vm.at("/properties/networkProfile/networkInterfaces/0/id").text().orElseThrow();
    Resource nic = anonymous.resource(nicId).orElseThrow();
    assertThat(nic.at("/properties/virtualMachine/id").text()).hasValue(vm.id().toString());
    String principal = vm.at("/identity/principalId").text().orElseThrow();
    assertThat(anonymous.resource("/providers/microsoft.graph/users/" + principal)).isPresent();
    assertThat(anonymous.metadata().subscriptions())
        .containsExactly(vm.id().subscriptionId().orElseThrow());
    assertThat(anonymous.coverage().gaps())
        .singleElement()
        .satisfies(
            gap -> {
              assertThat(gap.scope()).isEqualTo(vm.id());
              assertThat(gap.request())
                  .endsWith(vm.id() + "/providers/Microsoft.Insights/diagnosticSettings");
            });
  }

  @Test
  void pseudonymsDependOnTheKeyOnly() {
    Snapshot first = SnapshotRecorder.anonymizing(KEY).prepare(tenant());
    Snapshot again = SnapshotRecorder.anonymizing(KEY).prepare(tenant());
    Snapshot otherKey =
        SnapshotRecorder.anonymizing(
                "another-key-of-sixteen-bytes".getBytes(StandardCharsets.UTF_8))
            .prepare(tenant());

    assertThat(again).isEqualTo(first);
    assertThat(otherKey.metadata().tenantId()).isNotEqualTo(first.metadata().tenantId());
  }

  @Test
  void plainRecordingKeepsIdsButStillRemovesSecrets() {
    Snapshot plain = SnapshotRecorder.plain().prepare(tenant());

    assertThat(plain.resource(VM)).isPresent();
    assertThat(SnapshotWriter.toJson(plain)).doesNotContain("fake-password-value");
  }
}
