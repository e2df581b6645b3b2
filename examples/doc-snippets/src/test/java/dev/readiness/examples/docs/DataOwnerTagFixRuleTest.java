package dev.readiness.examples.docs;

import dev.readiness.testkit.RuleTestHelper;
import dev.readiness.testkit.fixtures.Tenant;
import org.junit.jupiter.api.Test;

class DataOwnerTagFixRuleTest {
  @Test
  void theFailuresOwnFixTurnsItIntoAPass() {
    Tenant tenant = Tenant.create();
    tenant.subscription("prod").resourceGroup("rg-data").storageAccount("stscratch");

    // snippet: proof
    RuleTestHelper.forRule(new DataOwnerTagFixRule())
        .given(tenant)
        .expectFixedByItsRemediation("stscratch")
        .doTest();
    // end-snippet
  }
}
