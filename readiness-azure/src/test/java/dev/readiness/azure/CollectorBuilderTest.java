package dev.readiness.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.api.ResourceType;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CollectorBuilderTest {
  private static final ResourceType VAULTS = ResourceType.of("Microsoft.KeyVault/vaults");
  private static final ResourceType VMS = ResourceType.of("Microsoft.Compute/virtualMachines");
  private static final ResourceType DIAGNOSTICS =
      ResourceType.of("Microsoft.Insights/diagnosticSettings");
  private static final ResourceType BLOB_SERVICES =
      ResourceType.of("Microsoft.Storage/storageAccounts/blobServices");

  @Test
  void settersFailFastWithSdkStyleMessages() {
    CollectorBuilder builder = Collector.builder();

    assertThatThrownBy(() -> builder.credential(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("'credential' cannot be null.");
    assertThatThrownBy(() -> builder.cloud(null)).hasMessage("'cloud' cannot be null.");
    assertThatThrownBy(() -> builder.concurrency(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'concurrency' must be between 1 and 64, not 0.");
    assertThatThrownBy(() -> builder.requestTimeout(Duration.ZERO))
        .hasMessage("'timeout' must be positive, not PT0S.");
    assertThatThrownBy(() -> CollectionScope.subscriptions(List.of()))
        .hasMessage("'subscriptionIds' cannot be empty.");
  }

  @Test
  void buildNeedsTheTypes() {
    assertThatThrownBy(() -> Collector.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("'types' must be set");
  }

  @Test
  void unknownGraphCollectionsAreRefusedAtBuild() {
    CollectorBuilder builder =
        Collector.builder().types(Set.of(ResourceType.of("microsoft.graph/groups")));

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Unknown Microsoft Graph collection 'microsoft.graph/groups'");
  }

  @Test
  void thePlanNamesOnlyRequestedTypesAndTheParentsTheyAreReadThrough() {
    CollectionPlan plan = Collector.builder().types(Set.of(BLOB_SERVICES, VMS)).build().plan();

    assertThat(plan.fetches())
        .extracting(PlannedFetch::type)
        .containsExactly(VMS, ResourceType.of("Microsoft.Storage/storageAccounts"), BLOB_SERVICES);
    assertThat(plan.typesByMethod())
        .containsEntry(FetchMethod.RESOURCE_GRAPH, 2)
        .containsEntry(FetchMethod.PER_RESOURCE, 1)
        .doesNotContainKey(FetchMethod.MICROSOFT_GRAPH);
  }

  @Test
  void diagnosticSettingsAreReadForRequestedTypesThatHaveResourceLogs() {
    CollectionPlan plan =
        Collector.builder().types(Set.of(VAULTS, VMS, DIAGNOSTICS)).build().plan();

    assertThat(plan.diagnosticSettingsFor()).containsExactly(VAULTS);
  }

  @Test
  void graphTypesNameThePermissionTheyNeed() {
    CollectionPlan plan =
        Collector.builder()
            .types(Set.of(ResourceType.of("microsoft.graph/conditionalAccessPolicies")))
            .build()
            .plan();

    assertThat(plan.fetches())
        .singleElement()
        .satisfies(
            fetch -> {
              assertThat(fetch.method()).isEqualTo(FetchMethod.MICROSOFT_GRAPH);
              assertThat(fetch.permission()).isEqualTo("Policy.Read.All");
            });
  }

  @Test
  void dataPlaneRotationPoliciesArePlannedAsNotRead() {
    ResourceType rotation = ResourceType.of("Microsoft.KeyVault/vaults/keys/rotationPolicy");

    CollectionPlan plan = Collector.builder().types(Set.of(rotation)).build().plan();

    assertThat(plan.fetches())
        .singleElement()
        .satisfies(fetch -> assertThat(fetch.method()).isEqualTo(FetchMethod.NOT_READ));
  }
}
