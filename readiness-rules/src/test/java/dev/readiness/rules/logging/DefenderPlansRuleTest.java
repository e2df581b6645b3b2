package dev.readiness.rules.logging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.ArmChange;
import dev.readiness.api.Report;
import dev.readiness.rules.checklist.ChecklistOptions;
import dev.readiness.rules.checklist.OptionTable;
import dev.readiness.rules.types.AzureTypes;
import dev.readiness.testkit.RuleTestHelper;
import dev.readiness.testkit.fixtures.Subscription;
import dev.readiness.testkit.fixtures.Tenant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DefenderPlansRuleTest {
  private Tenant tenant;
  private Subscription prod;

  @BeforeEach
  void tenant() {
    tenant = Tenant.create();
    prod = tenant.subscription("prod");
  }

  private RuleTestHelper helper() {
    ChecklistOptions options =
        ChecklistOptions.defaults().toBuilder()
            .set(OptionTable.REQUIRED_DEFENDER_PLANS, List.of("VirtualMachines", "KeyVaults"))
            .build();
    return RuleTestHelper.forRule(new DefenderPlansRule(options.logging())).given(tenant);
  }

  @Test
  void passesWhenEveryRequiredPlanIsStandard() {
    prod.defenderPlan("VirtualMachines").standard("P2");
    prod.defenderPlan("KeyVaults").standard("PerKeyVault");

    helper()
        .expectPass(prod.subscriptionId(), "VirtualMachines and KeyVaults")
        .withEvidenceAt("/properties/pricingTier")
        .doTest();
  }

  @Test
  void failsOnAFreePlanAndAMissingOne() {
    prod.defenderPlan("VirtualMachines").free();

    helper()
        .expectFail(
            prod.subscriptionId(),
            "VirtualMachines (Free) and KeyVaults (never turned on: no pricing entry)")
        .doTest();
  }

  @Test
  void theFindingsOwnFixTurnsOnExactlyTheMissingPlans() {
    prod.defenderPlan("VirtualMachines").free();

    helper().expectFixedByItsRemediation(prod.subscriptionId()).doTest();
  }

  @Test
  void theFixNamesOnlyThePlansThatAreOff() {
    prod.defenderPlan("VirtualMachines").standard("P2");

    Report report = helper().expectFail(prod.subscriptionId(), "KeyVaults").doTest();

    assertThat(report.findings().get(0).fix().changes())
        .extracting(change -> ((ArmChange) change).resourceId())
        .containsExactly(
            "/subscriptions/"
                + prod.subscriptionId()
                + "/providers/Microsoft.Security/pricings/KeyVaults");
  }

  @Test
  void unknownWhenPricingsWereDenied() {
    prod.denied(AzureTypes.DEFENDER_PRICINGS, "Microsoft.Security/pricings/read");

    helper().expectUnknown(prod.subscriptionId(), "Microsoft.Security/pricings/read").doTest();
  }
}
