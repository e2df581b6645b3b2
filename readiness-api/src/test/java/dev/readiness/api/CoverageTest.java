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

  /**
   * Records at every depth, spelled in other cases than the ids asked about, beside scopes whose
   * names extend theirs ("s1" and "s10", "rg" and "rg-2"): the record that decides is the one of
   * the longest scope the id lies within, as a search through every record finds it.
   */
  @Test
  void theNearestRecordIsFoundWhateverTheCaseAndDepth() {
    List<String> scopes =
        List.of(
            "/",
            "/SUBSCRIPTIONS/S1",
            "/subscriptions/s10",
            "/subscriptions/s1/resourceGroups/RG",
            "/subscriptions/s1/resourceGroups/rg-2",
            VM.toString().toUpperCase(java.util.Locale.ROOT));
    List<CoverageRecord> records = new java.util.ArrayList<>();
    for (int i = 0; i < scopes.size(); i++) {
      ResourceId scope = ResourceId.parse(scopes.get(i));
      records.add(
          i % 2 == 0
              ? CoverageRecord.collected(scope, SETTINGS)
              : CoverageRecord.denied(scope, SETTINGS, 403, "Reader", "GET " + scope));
    }
    Coverage coverage = Coverage.of(records);
    List<String> asked =
        List.of(
            "/",
            "/subscriptions/s1",
            "/subscriptions/S10/resourceGroups/x",
            "/subscriptions/s100",
            "/subscriptions/s1/resourcegroups/rg/providers/Microsoft.Compute/virtualMachines/vm1",
            "/subscriptions/s1/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm10",
            "/subscriptions/s1/resourceGroups/RG-2/providers/Microsoft.Compute/virtualMachines/a",
            "/subscriptions/s1/resourceGroups/rg-3",
            VM + "/extensions/e");
    for (String text : asked) {
      ResourceId id = ResourceId.parse(text);
      CoverageRecord expected =
          records.stream()
              .filter(r -> id.isWithin(r.scope()))
              .max(java.util.Comparator.comparingInt(r -> r.scope().toString().length()))
              .orElseThrow();
      assertThat(coverage.decide(id, SETTINGS)).as(text).isEqualTo(expected);
    }
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
    assertThat(coverage.whyMissing(VM, List.of(VMS, SETTINGS)))
        .containsExactly(
            coverage.whyMissing(VM, VMS).orElseThrow(),
            coverage.whyMissing(VM, SETTINGS).orElseThrow());
    assertThat(coverage.whyMissing(SUB, List.of(SETTINGS))).isEmpty();
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
  void aSubscriptionsInventoryDoesNotVouchForTenantDirectoryData() {
    Coverage coverage =
        Coverage.of(List.of(CoverageRecord.collected(SUB, ResourceType.ALL_TOP_LEVEL)));
    assertThat(coverage.isCollected(SUB, ResourceType.of("microsoft.graph/users"))).isFalse();
    assertThat(coverage.isCollected(SUB, ResourceType.of("microsoft.aadiam/diagnosticSettings")))
        .isFalse();
    assertThat(coverage.isCollected(SUB, ResourceType.of("Microsoft.Network/virtualNetworks")))
        .isTrue();
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
