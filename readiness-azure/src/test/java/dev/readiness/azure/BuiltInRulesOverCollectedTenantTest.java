package dev.readiness.azure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.Engine;
import dev.readiness.api.Finding;
import dev.readiness.api.Report;
import dev.readiness.api.Snapshot;
import dev.readiness.api.Status;
import dev.readiness.rules.BuiltInRules;
import dev.readiness.testkit.fakeazure.AzureService;
import dev.readiness.testkit.fakeazure.FakeAzure;
import dev.readiness.testkit.fakeazure.Fault;
import dev.readiness.testkit.synthetic.SyntheticTenant;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The built-in checklist over a collected tenant whose Graph permission for conditional access is
 * missing: the identity rules that need it are UNKNOWN naming the permission, the others decide.
 */
class BuiltInRulesOverCollectedTenantTest {
  @Test
  void aMissingGraphPermissionMakesOnlyTheRulesThatNeedItUnknown() {
    Engine engine = Engine.builder().addRules(BuiltInRules.all()).build();
    Snapshot served =
        SyntheticTenant.builder()
            .seed(3)
            .subscriptions(2)
            .resourcesPerSubscription(40)
            .build()
            .snapshot();

    try (FakeAzure azure =
        FakeAzure.builder()
            .snapshot(served)
            .unthrottled()
            .fault(
                Fault.forbidden()
                    .on(AzureService.GRAPH)
                    .onType("microsoft.graph/conditionalAccessPolicies"))
            .start()) {
      Snapshot collected =
          TestCollectors.against(azure, engine.typesToCollect())
              .retryDelays(Duration.ofMillis(1), Duration.ofMillis(50))
              .build()
              .collect();
      Report report = engine.evaluate(collected);
      CollectionPlan plan = TestCollectors.against(azure, engine.typesToCollect()).build().plan();

      // Every type the checklist reads is either read from where Azure keeps it, or explicitly
      // not read; none is silently queried from a Resource Graph table that does not hold it.
      assertThat(plan.fetches())
          .filteredOn(f -> f.method() == FetchMethod.RESOURCE_GRAPH)
          .extracting(f -> f.type().toString().toLowerCase())
          .noneMatch(t -> t.startsWith("microsoft.authorization/rolemanagementpolic"))
          .noneMatch(t -> t.startsWith("microsoft.keyvault/vaults/keys/"))
          .noneMatch(t -> t.equals("microsoft.resources/tenants"));

      List<Finding> conditionalAccess = findings(report, "FR-IAM-06");
      assertThat(conditionalAccess)
          .isNotEmpty()
          .allSatisfy(
              f -> {
                assertThat(f.status()).isEqualTo(Status.UNKNOWN);
                assertThat(f.message()).contains("Policy.Read.All");
              });
      assertThat(findings(report, "FR-DATA-03"))
          .isNotEmpty()
          .allSatisfy(f -> assertThat(f.status()).isIn(Status.PASS, Status.FAIL));
      // Rotation policies live in the Key Vault data plane, which is not read: never a false FAIL.
      assertThat(findings(report, "FR-DATA-04"))
          .isNotEmpty()
          .noneMatch(f -> f.message().contains("no rotation policy"));
      assertThat(findings(report, "FR-LOG-01"))
          .isNotEmpty()
          .allSatisfy(f -> assertThat(f.status()).isIn(Status.PASS, Status.FAIL));
    }
  }

  private static List<Finding> findings(Report report, String ruleId) {
    return report.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
  }
}
