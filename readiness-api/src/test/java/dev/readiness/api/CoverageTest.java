package dev.readiness.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CoverageTest {
  private static final ResourceType SETTINGS =
      ResourceType.of("Microsoft.Insights/diagnosticSettings");
  private static final ResourceType VMS = ResourceType.of("Microsoft.Compute/virtualMachines");
  private static final ResourceId SUB = ResourceId.subscription("s1");
  private static final ResourceId VM =
      ResourceId.parse(
          "/subscriptions/s1/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm1");

  @Test
  void theMostSpecificRecordDecides() {
    Coverage coverage =
        Coverage.of(
            List.of(
                CoverageRecord.collected(SUB, SETTINGS),
                CoverageRecord.failed(
                    VM,
                    SETTINGS,
                    503,
                    "GET " + VM + "/providers/Microsoft.Insights/diagnosticSettings",
                    "service unavailable")));
    assertThat(coverage.decide(VM, SETTINGS).status()).isEqualTo(CoverageStatus.FAILED);
    ResourceId other = ResourceId.parse(VM.toString().replace("vm1", "vm2"));
    assertThat(coverage.decide(other, SETTINGS).status()).isEqualTo(CoverageStatus.COLLECTED);
  }

  @Test
  void whyMissingGivesTheReasonOfTheDecidingRecord() {
    Coverage coverage =
        Coverage.of(
            List.of(
                CoverageRecord.collected(SUB, SETTINGS),
                CoverageRecord.failed(VM, SETTINGS, 0, "GET settings", "paging stopped")));
    assertThat(coverage.whyMissing(SUB, SETTINGS)).isEmpty();
    assertThat(coverage.whyMissing(VM, SETTINGS))
        .hasValue(coverage.decide(VM, SETTINGS).reason())
        .hasValueSatisfying(why -> assertThat(why).contains("paging stopped"));
    assertThat(coverage.whyMissing(VM, VMS))
        .hasValueSatisfying(why -> assertThat(why).contains("was not collected"));
  }

  @Test
  void nothingKnownIsNotCollected() {
    Coverage coverage = Coverage.of(List.of(CoverageRecord.collected(SUB, VMS)));
    CoverageRecord decided = coverage.decide(VM, SETTINGS);
    assertThat(decided.status()).isEqualTo(CoverageStatus.NOT_COLLECTED);
    assertThat(decided.reason()).contains("was not collected");
    assertThat(coverage.decide(ResourceId.parse(VM.toString().replace("s1", "s2")), VMS).status())
        .isEqualTo(CoverageStatus.NOT_COLLECTED);
  }

  @Test
  void aGapWinsOverACollectedRecordForTheSameScope() {
    Coverage coverage =
        Coverage.of(
            List.of(
                CoverageRecord.collected(SUB, VMS),
                CoverageRecord.denied(
                    SUB, VMS, 403, "Microsoft.Compute/virtualMachines/read", "POST resources")));
    assertThat(coverage.decide(VM, VMS).status()).isEqualTo(CoverageStatus.DENIED);
    assertThat(coverage.decide(VM, VMS).reason())
        .contains(
            "denied", "HTTP 403", "missing permission Microsoft.Compute/virtualMachines/read");
  }

  @Test
  void aFullInventoryCoversTopLevelTypesButNotNestedOnes() {
    Coverage coverage =
        Coverage.of(List.of(CoverageRecord.collected(SUB, ResourceType.ALL_TOP_LEVEL)));
    assertThat(coverage.isCollected(VM, VMS)).isTrue();
    assertThat(
            coverage.isCollected(
                VM, ResourceType.of("Microsoft.Compute/virtualMachines/extensions")))
        .isFalse();
  }

  @Test
  void tenantRecordsCoverEverything() {
    ResourceType users = ResourceType.of("microsoft.graph/users");
    Coverage coverage =
        Coverage.of(
            List.of(
                CoverageRecord.denied(
                    ResourceId.TENANT, users, 403, "User.Read.All", "GET /v1.0/users")));
    assertThat(coverage.decide(SUB, users).scope()).isEqualTo(ResourceId.TENANT);
    assertThat(coverage.gaps()).hasSize(1);
  }
}
