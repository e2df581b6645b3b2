package dev.readiness.rules.logging;

import dev.readiness.rules.checklist.ChecklistOptions;
import dev.readiness.rules.types.AzureTypes;
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
  void passesOnTheWatcherOfARegionInUseAndFailsWhereThereIsNone() {
    prod.networkWatcher("westeurope");
    prod.resourceGroup("rg-we").virtualNetwork("vnet-we");
    prod.resourceGroup("rg-ne").virtualNetwork("vnet-ne").location("northeurope");

    helper()
        .expectPass(
            "NetworkWatcher_westeurope", "serves westeurope, which holds 1 networking resource")
        .expectFail("vnet-ne", "lies in northeurope, where its subscription has no Network Watcher")
        .doTest();
  }

  @Test
  void aRegionWithoutAWatcherIsFixedByCreatingIt() {
    prod.resourceGroup("rg-ne").virtualNetwork("vnet-ne").location("North Europe");

    helper().expectFixedByItsRemediation("vnet-ne", "NetworkWatcher_northeurope").doTest();
  }

  @Test
  void regionNamesCompareWithoutSpacesAndCase() {
    prod.networkWatcher("westeurope");
    prod.resourceGroup("rg-we").virtualNetwork("vnet-we").location("West Europe");

    helper().expectPass("NetworkWatcher_westeurope").doTest();
  }

  @Test
  void unknownWhenWatchersWereDenied() {
    prod.resourceGroup("rg-we").virtualNetwork("vnet-we");
    prod.denied(AzureTypes.NETWORK_WATCHERS, "Microsoft.Network/networkWatchers/read");

    helper().expectUnknown("vnet-we", "Microsoft.Network/networkWatchers/read").doTest();
  }
}
