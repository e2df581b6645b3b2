package dev.readiness.azure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.ResourceId;
import dev.readiness.api.ResourceType;
import dev.readiness.api.Snapshot;
import dev.readiness.testkit.fakeazure.AzureService;
import dev.readiness.testkit.fakeazure.FakeAzure;
import dev.readiness.testkit.synthetic.SyntheticTenant;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The done-when test: a generated multi-subscription tenant served, collected and compared. */
class SyntheticTenantRoundTripTest {
  @Test
  void aGeneratedMultiSubscriptionTenantComesBackUnchanged() {
    Snapshot served =
        SyntheticTenant.builder()
            .seed(7)
            .subscriptions(3)
            .resourcesPerSubscription(60)
            .users(12)
            .build()
            .snapshot();
    Set<ResourceType> types = new TreeSet<>();
    served.resources().forEach(resource -> types.add(resource.type()));

    try (FakeAzure azure =
        FakeAzure.builder().snapshot(served).pageSize(7).resourceGraphPageSize(50).start()) {
      Snapshot collected =
          TestCollectors.against(azure, types)
              .retryDelays(Duration.ofMillis(1), Duration.ofMillis(50))
              .build()
              .collect();

      assertThat(collected.resources()).containsExactlyElementsOf(served.resources());
      assertThat(collected.coverage().gaps()).isEmpty();
      for (String subscription : served.metadata().subscriptions()) {
        for (ResourceType type : types) {
          if (!type.namespace().equalsIgnoreCase("microsoft.graph")
              && !type.namespace().equalsIgnoreCase("microsoft.aadiam")) {
            assertThat(
                    collected.coverage().isCollected(ResourceId.subscription(subscription), type))
                .as("%s in %s", type, subscription)
                .isTrue();
          }
        }
      }
      assertThat(collected.metadata().subscriptions())
          .containsExactlyElementsOf(served.metadata().subscriptions());
      assertThat(azure.requests())
          .allMatch(r -> r.method().equals("GET") || r.service() == AzureService.RESOURCE_GRAPH);
    }
  }
}
