package dev.readiness.api;

import static dev.readiness.api.TestResources.SETTINGS;
import static dev.readiness.api.TestResources.SUB;
import static dev.readiness.api.TestResources.VMS;
import static dev.readiness.api.TestResources.builder;
import static dev.readiness.api.TestResources.setting;
import static dev.readiness.api.TestResources.vm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotTest {
  @Test
  void indexesByIdTypeAndParent() {
    Snapshot snapshot = builder().add(vm("b")).add(vm("a")).add(setting("a", "logs")).build();
    assertThat(snapshot.resources(VMS)).extracting(Resource::name).containsExactly("a", "b");
    assertThat(snapshot.resource(TestResources.vmId("A").toLowerCase(java.util.Locale.ROOT)))
        .isPresent();
    assertThat(snapshot.children(vm("a"), SETTINGS))
        .extracting(Resource::name)
        .containsExactly("logs");
    assertThat(snapshot.children(vm("b"), SETTINGS)).isEmpty();
    assertThat(snapshot.resources(ResourceType.of("Microsoft.Storage/storageAccounts"))).isEmpty();
  }

  @Test
  void sortsResourcesByIdIgnoringCaseAsResourceIdsCompare() {
    List<String> names = List.of("b", "A", "a_1", "Z", "a-2", "aB", "ab0", "_x", "~y");
    Snapshot.Builder builder = builder();
    names.forEach(name -> builder.add(vm(name)));

    List<ResourceId> ids = builder.build().resources().stream().map(Resource::id).toList();

    assertThat(ids).isSortedAccordingTo(ResourceId::compareTo).hasSize(names.size());
  }

  @Test
  void sortsNonAsciiIdsAsResourceIdsCompare() {
    List<String> names = List.of("\u00e9t\u00e9", "Zeta", "\u00c9cole", "\u0130stanbul", "ist");
    Snapshot.Builder builder = builder();
    names.forEach(name -> builder.add(vm(name)));

    List<ResourceId> ids = builder.build().resources().stream().map(Resource::id).toList();

    assertThat(ids).isSortedAccordingTo(ResourceId::compareTo).hasSize(names.size());
  }

  /**
   * Scopes whose names prefix each other ("rg", "rg-2", "RG"), mixed case and non-ASCII names: the
   * binary search must give exactly what filtering every resource with {@link ResourceId#isWithin}
   * gives, for every scope any resource lies in.
   */
  @Test
  void findsTheResourcesOfATypeWithinAScopeAsFilteringWould() {
    List<String> ids =
        List.of(
            "/subscriptions/aaa/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/a",
            "/subscriptions/aaa/resourceGroups/RG/providers/Microsoft.Compute/virtualMachines/B",
            "/subscriptions/aaa/resourceGroups/rg-2/providers/Microsoft.Compute/virtualMachines/a",
            "/subscriptions/aaa/resourceGroups/rg.x/providers/Microsoft.Compute/virtualMachines/c",
            "/subscriptions/aaa/resourceGroups/rg0/providers/Microsoft.Compute/virtualMachines/d",
            "/subscriptions/aaa/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/a"
                + "/extensions/e",
            "/subscriptions/AAA-1/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/a",
            "/subscriptions/aaa0/resourceGroups/\u00e9t\u00e9/providers/Microsoft.Compute"
                + "/virtualMachines/\u00c9cole",
            "/subscriptions/aaa",
            "/subscriptions/aaa/resourceGroups/rg",
            "/subscriptions/aaa/resourceGroups/rg-2",
            "/providers/Microsoft.Management/managementGroups/mg",
            "/providers/Microsoft.Compute/virtualMachines/tenantLevel");
    Snapshot.Builder builder = builder();
    ids.forEach(
        id ->
            builder.add(
                Resource.parse(
                    "{\"id\":\"" + id + "\",\"type\":\"" + ResourceId.parse(id).type() + "\"}")));
    Snapshot snapshot = builder.build();

    java.util.Set<ResourceId> scopes = new java.util.TreeSet<>();
    snapshot.resources().forEach(r -> scopes.addAll(r.id().ancestry()));
    scopes.add(ResourceId.parse("/subscriptions/aaa/resourceGroups/RG-2"));
    scopes.add(ResourceId.parse("/subscriptions/nowhere"));
    java.util.Set<ResourceType> types = new java.util.TreeSet<>();
    snapshot.resources().forEach(r -> types.add(r.type()));
    for (ResourceId scope : scopes) {
      for (ResourceType type : types) {
        assertThat(snapshot.resources(type, scope))
            .as("%s within %s", type, scope)
            .containsExactlyElementsOf(
                snapshot.resources(type).stream().filter(r -> r.id().isWithin(scope)).toList());
      }
    }
    assertThat(snapshot.resources(VMS, ResourceId.parse("/subscriptions/AAA/resourceGroups/RG")))
        .extracting(Resource::name)
        .containsExactly("a", "B");
  }

  @Test
  void namesEverySubscriptionOnceFromItsMetadataAndItsResources() {
    Snapshot snapshot =
        Snapshot.builder(
                SnapshotMetadata.of(
                    "00000000-0000-0000-0000-00000000000f",
                    List.of("ccc", "AAA"),
                    TestResources.CAPTURED))
            .add(Resource.parse("{\"id\":\"/subscriptions/aaa\"}"))
            .add(vmIn("aaa", "x"))
            .add(vmIn("BBB", "x"))
            .add(vmIn("bbb-2", "x"))
            .add(vmIn("bbb0", "x"))
            .add(Resource.parse("{\"id\":\"/providers/Microsoft.Management/managementGroups/mg\"}"))
            .build();

    assertThat(snapshot.subscriptions()).containsExactly("AAA", "BBB", "bbb-2", "bbb0", "ccc");
    assertThat(builder().build().subscriptions()).containsExactly(SUB);
  }

  private static Resource vmIn(String subscription, String name) {
    return Resource.parse(
        "{\"id\":\"/subscriptions/"
            + subscription
            + "/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/"
            + name
            + "\",\"type\":\"Microsoft.Compute/virtualMachines\"}");
  }

  @Test
  void findsEveryResourceByIdIgnoringCaseAndNoOtherAtAnySize() {
    for (int size : new int[] {0, 1, 2, 3, 4, 5, 1000}) {
      Snapshot.Builder builder = builder();
      for (int i = 0; i < size; i++) {
        builder.add(vm("vm-" + i));
      }
      Snapshot snapshot = builder.build();
      for (int i = 0; i < size; i++) {
        String id = TestResources.vmId("VM-" + i).toUpperCase(java.util.Locale.ROOT);
        assertThat(snapshot.resource(id)).as(id).map(Resource::name).contains("vm-" + i);
      }
      assertThat(snapshot.resource(TestResources.vmId("vm-" + size))).isEmpty();
      assertThat(snapshot.resource(TestResources.vmId("vm-1") + "/extensions/x")).isEmpty();
    }
  }

  @Test
  void rejectsDuplicateIdsIgnoringCase() {
    Snapshot.Builder builder = builder().add(vm("a"));
    assertThatThrownBy(() -> builder.add(vm("A"))).hasMessageContaining("Duplicate resource id");
  }

  /**
   * Resources added in id order, and in any order once one comes out of it: a repeated id is
   * refused either way, and what was added is found either way.
   */
  @Test
  void knowsWhatWasAddedInOrderOrNot() {
    Snapshot.Builder builder = builder().add(vm("a")).add(vm("c")).add(vm("e"));
    assertThat(builder.added(ResourceId.parse(TestResources.vmId("C")))).isPresent();
    assertThat(builder.added(ResourceId.parse(TestResources.vmId("b")))).isEmpty();
    assertThatThrownBy(() -> builder.add(vm("E"))).hasMessageContaining("Duplicate resource id");

    builder.add(vm("b"));
    assertThat(builder.added(ResourceId.parse(TestResources.vmId("B")))).isPresent();
    assertThat(builder.added(ResourceId.parse(TestResources.vmId("d")))).isEmpty();
    assertThatThrownBy(() -> builder.add(vm("A"))).hasMessageContaining("Duplicate resource id");
    assertThatThrownBy(() -> builder.add(vm("e"))).hasMessageContaining("Duplicate resource id");

    assertThat(builder.add(vm("d")).build().resources())
        .extracting(Resource::name)
        .containsExactly("a", "b", "c", "d", "e");
  }

  @Test
  void mergesShardsBySubscription() {
    String other = "00000000-0000-0000-0000-000000000002";
    Resource remote =
        Resource.parse(
            "{\"id\":\"/subscriptions/"
                + other
                + "/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/c\",\"type\":\"Microsoft.Compute/virtualMachines\"}");
    Snapshot first =
        builder()
            .add(vm("a"))
            .coverage(CoverageRecord.collected(ResourceId.subscription(SUB), VMS))
            .build();
    Snapshot second =
        Snapshot.builder(
                SnapshotMetadata.of(
                    first.metadata().tenantId().orElseThrow(),
                    List.of(other),
                    TestResources.CAPTURED.plusSeconds(60)))
            .add(remote)
            .add(vm("a"))
            .coverage(CoverageRecord.collected(ResourceId.subscription(other), VMS))
            .build();
    Snapshot merged = first.merge(second);
    assertThat(merged.size()).isEqualTo(2);
    assertThat(merged.metadata().subscriptions()).containsExactly(SUB, other);
    assertThat(merged.metadata().capturedAt()).isEqualTo(TestResources.CAPTURED.plusSeconds(60));
    assertThat(merged.coverage().isCollected(remote.id(), VMS)).isTrue();
  }

  @Test
  void refusesToMergeDifferentTenantsOrConflictingResources() {
    Snapshot first = builder().add(vm("a")).build();
    Snapshot otherTenant =
        Snapshot.builder(SnapshotMetadata.of("other", List.of(), TestResources.CAPTURED)).build();
    assertThatThrownBy(() -> first.merge(otherTenant)).hasMessageContaining("different tenants");
    Resource changed = Resource.parse(vm("a").toJsonString().replace("westeurope", "northeurope"));
    Snapshot conflicting = builder().add(changed).build();
    assertThatThrownBy(() -> first.merge(conflicting)).hasMessageContaining("differs between them");
  }

  @Test
  void mergingKeepsTheKnownTenantAndABlankTenantIdIsRefused() {
    SnapshotMetadata unknown =
        new SnapshotMetadata(
            java.util.Optional.empty(), List.of(), "AzureCloud", Instant.EPOCH, "readiness", "1");
    SnapshotMetadata known =
        SnapshotMetadata.of("00000000-0000-0000-0000-00000000000f", List.of(), Instant.EPOCH);

    assertThat(unknown.merge(known).tenantId()).contains("00000000-0000-0000-0000-00000000000f");
    assertThat(known.merge(unknown).tenantId()).contains("00000000-0000-0000-0000-00000000000f");
    assertThatThrownBy(() -> SnapshotMetadata.of(" ", List.of(), Instant.EPOCH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'tenantId' is blank; leave it empty when the tenant is unknown.");
  }
}
