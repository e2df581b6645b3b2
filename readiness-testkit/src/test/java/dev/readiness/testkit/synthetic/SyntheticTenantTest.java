package dev.readiness.testkit.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.api.Resource;
import dev.readiness.api.ResourceId;
import dev.readiness.api.ResourceType;
import dev.readiness.api.Snapshot;
import dev.readiness.api.format.SnapshotReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticTenantTest {
  private static final ResourceType VMS = ResourceType.of("Microsoft.Compute/virtualMachines");
  private static final ResourceType DCRAS =
      ResourceType.of("Microsoft.Insights/dataCollectionRuleAssociations");

  private static Snapshot generate(long seed, double misconfigured) {
    return SyntheticTenant.builder()
        .seed(seed)
        .subscriptions(3)
        .resourcesPerSubscription(300)
        .misconfiguredFraction(misconfigured)
        .build()
        .snapshot();
  }

  @Test
  void theSameSeedGivesAnEqualSnapshotAndAnotherSeedAnotherOne() {
    Snapshot first = generate(42, 0.3);
    Snapshot second = generate(42, 0.3);
    Snapshot other = generate(7, 0.3);

    assertThat(second).isEqualTo(first);
    assertThat(other).isNotEqualTo(first);
    assertThat(other.metadata().tenantId()).isNotEqualTo(first.metadata().tenantId());
  }

  @Test
  void holdsTheRequestedSubscriptionsAndResources() {
    Snapshot snapshot = generate(1, 0.3);

    assertThat(snapshot.metadata().subscriptions()).hasSize(3);
    for (String subscription : snapshot.metadata().subscriptions()) {
      long inSubscription =
          snapshot.resources().stream()
              .filter(r -> r.subscriptionId().orElse("").equals(subscription))
              .count();
      assertThat(inSubscription).isBetween(300L, 330L);
    }
    assertThat(snapshot.resources(ResourceType.of("microsoft.graph/users"))).hasSize(20);
    assertThat(snapshot.resources(ResourceType.of("Microsoft.Security/pricings"))).hasSize(18);
    assertThat(snapshot.coverage().gaps()).isEmpty();
    for (Resource resource : snapshot.resources()) {
      assertThat(snapshot.coverage().isCollected(resource.id(), resource.type())).isTrue();
    }
  }

  @Test
  void theMisconfiguredFractionDecidesHowManyVmsLackGuestLogs() {
    Snapshot clean = generate(5, 0.0);
    Snapshot broken = generate(5, 1.0);
    Snapshot mixed = generate(5, 0.3);

    assertThat(blindVms(clean)).isZero();
    assertThat(blindVms(broken)).isEqualTo(broken.resources(VMS).size());
    double share = (double) blindVms(mixed) / mixed.resources(VMS).size();
    assertThat(share).isBetween(0.15, 0.45);
  }

  private static long blindVms(Snapshot snapshot) {
    return snapshot.resources(VMS).stream()
        .filter(vm -> snapshot.children(vm, DCRAS).isEmpty())
        .count();
  }

  @Test
  void extensionResourcesPointAtResourcesOfTheSnapshot() {
    Snapshot snapshot = generate(3, 0.3);

    List<Resource> associations = snapshot.resources(DCRAS);
    assertThat(associations).isNotEmpty();
    for (Resource association : associations) {
      assertThat(snapshot.resource(association.id().parent())).isPresent();
      assertThat(snapshot.resource(association.at("/properties/dataCollectionRuleId").textOr("")))
          .isPresent();
    }
    for (Resource setting :
        snapshot.resources(ResourceType.of("Microsoft.Insights/diagnosticSettings"))) {
      ResourceId parent = setting.id().parent();
      assertThat(parent.isScope() || snapshot.resource(parent).isPresent()).isTrue();
      assertThat(snapshot.resource(setting.at("/properties/workspaceId").textOr(""))).isPresent();
    }
  }

  @Test
  void flowLogsTargetBothNetworkSecurityGroupsAndVirtualNetworks() {
    Snapshot snapshot = generate(3, 0.0);

    assertThat(snapshot.resources(ResourceType.of("Microsoft.Network/networkWatchers/flowLogs")))
        .extracting(
            log -> ResourceId.parse(log.at("/properties/targetResourceId").textOr("/")).type())
        .contains(
            ResourceType.of("Microsoft.Network/networkSecurityGroups"),
            ResourceType.of("Microsoft.Network/virtualNetworks"));
  }

  @Test
  void generatesLargeTenants() {
    Snapshot snapshot =
        SyntheticTenant.builder()
            .seed(9)
            .subscriptions(10)
            .resourcesPerSubscription(3_000)
            .build()
            .snapshot();

    assertThat(snapshot.size()).isGreaterThanOrEqualTo(30_000);
  }

  @Test
  void writesSnapshotFormatV1ThatReadsBackEqual(@TempDir Path directory) {
    SyntheticTenant tenant =
        SyntheticTenant.builder().seed(11).subscriptions(2).resourcesPerSubscription(50).build();
    Path file = directory.resolve("synthetic.json");

    tenant.writeTo(file);

    assertThat(SnapshotReader.read(file)).isEqualTo(tenant.snapshot());
  }

  @Test
  void rejectsSettingsThatMakeNoSense() {
    assertThatThrownBy(() -> SyntheticTenant.builder().misconfiguredFraction(1.5))
        .hasMessageContaining("'misconfiguredFraction' must be between 0 and 1, not 1.5.");
    assertThatThrownBy(() -> SyntheticTenant.builder().subscriptions(0))
        .hasMessageContaining("'subscriptions' must be at least 1");
    SyntheticTenant.Builder none = SyntheticTenant.builder();
    for (SyntheticTenant.Workload workload : SyntheticTenant.Workload.values()) {
      none.weight(workload, 0);
    }
    assertThatThrownBy(none::build).hasMessageContaining("At least one workload");
  }
}
