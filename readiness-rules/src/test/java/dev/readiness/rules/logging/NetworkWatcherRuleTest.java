package dev.readiness.rules.logging;

import dev.readiness.rules.checklist.ChecklistOptions;
import dev.readiness.testkit.RuleTestHelper;
import dev.readiness.testkit.fixtures.Subscription;
import dev.readiness.testkit.fixtures.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NetworkWatcherRuleTest {
  private Tenant tenant;
  private Subscription prod;

  @BeforeEach
  void tenant() {
    tenant = Tenant.create();
    prod = tenant.subscription("prod");
  }

  private RuleTestHelper helper() {
    return RuleTestHelper.forRule(new NetworkWatcherRule(ChecklistOptions.defaults().logging()))
        .given(tenant);
  }

  @Test
  void aRegionWithoutAWatcherIsFixedByCreatingIt() {
    prod.resourceGroup("rg-ne").virtualNetwork("vnet-ne").location("North Europe");

    helper().expectFixedByItsRemediation("vnet-ne", "NetworkWatcher_northeurope").doTest();
  }
}
