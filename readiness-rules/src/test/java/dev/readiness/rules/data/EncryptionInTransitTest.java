package dev.readiness.rules.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.ArmChange;
import dev.readiness.api.Report;
import dev.readiness.api.Status;
import dev.readiness.rules.checklist.ChecklistOptions;
import dev.readiness.rules.checklist.OptionTable;
import dev.readiness.testkit.RuleTestHelper;
import dev.readiness.testkit.fixtures.ResourceGroup;
import dev.readiness.testkit.fixtures.Tenant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EncryptionInTransitTest {
  private static final EncryptionInTransit RULE =
      new EncryptionInTransit(ChecklistOptions.defaults().dataProtection());

  @Test
  void thePlatformFloorIsNotEnoughWhenTheOptionsAskForMore() {
    Tenant tenant = Tenant.create();
    ResourceGroup group = tenant.subscription("prod").resourceGroup("rg");
    group.storageAccount("st12");
    group
        .resource("Microsoft.Cache/Redis", "redis-new")
        .property("/properties/enableNonSslPort", false);
    RuleTestHelper.forRule(
            new EncryptionInTransit(
                ChecklistOptions.defaults().toBuilder()
                    .set(OptionTable.MINIMUM_TLS_VERSION, "1.3")
                    .build()
                    .dataProtection()))
        .given(tenant)
        .expectFail("st12", "the minimum TLS version TLS1_2 is below 1.3")
        .expectFail("redis-new", "so it still accepts TLS 1.2, below 1.3")
        .withEvidenceAt("/properties/minimumTlsVersion")
        .doTest();
  }

  @Test
  void aStorageAccountIsFixedByItsRemediation() {
    Tenant tenant = Tenant.create();
    ResourceGroup group = tenant.subscription("prod").resourceGroup("rg");
    group
        .storageAccount("stold")
        .minimumTlsVersion("TLS1_0")
        .property("/properties/supportsHttpsTrafficOnly", false);
    expectFixed(tenant, "stold");
  }

  @Test
  void aSqlServerIsFixedByItsRemediation() {
    Tenant tenant = Tenant.create();
    ResourceGroup group = tenant.subscription("prod").resourceGroup("rg");
    group
        .resource("Microsoft.Sql/servers", "sql-none")
        .property("/properties/minimalTlsVersion", "None");
    expectFixed(tenant, "sql-none");
  }

  @Test
  void aRedisCacheIsFixedByItsRemediation() {
    Tenant tenant = Tenant.create();
    ResourceGroup group = tenant.subscription("prod").resourceGroup("rg");
    group
        .resource("Microsoft.Cache/Redis", "redis-open")
        .property("/properties/enableNonSslPort", true);
    expectFixed(tenant, "redis-open");
  }

  @Test
  void anAppServiceAndItsSlotAreFixedByTheirRemediation() {
    Tenant tenant = Tenant.create();
    ResourceGroup group = tenant.subscription("prod").resourceGroup("rg");
    var site =
        group.resource("Microsoft.Web/sites", "app-shop").property("/properties/httpsOnly", false);
    site.child("config", "web").property("/properties/minTlsVersion", "1.0");
    var staging = site.child("slots", "staging").property("/properties/httpsOnly", false);
    staging.child("config", "web").property("/properties/minTlsVersion", "1.1");
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectFixedByItsRemediation("app-shop")
        .expectFixedByItsRemediation("staging")
        .doTest();
  }

  private static void expectFixed(Tenant tenant, String resource) {
    RuleTestHelper.forRule(RULE).given(tenant).expectFixedByItsRemediation(resource).doTest();
  }

  @Test
  void aStorageAccountBelowTheOptionsFloorGetsTheRequiredVersionInStoragesSpelling() {
    Tenant tenant = Tenant.create();
    tenant
        .subscription("prod")
        .resourceGroup("rg")
        .storageAccount("stfloor")
        .minimumTlsVersion("TLS1_2");
    EncryptionInTransit strict =
        new EncryptionInTransit(
            ChecklistOptions.defaults().toBuilder()
                .set(OptionTable.MINIMUM_TLS_VERSION, "1.3")
                .build()
                .dataProtection());
    Report report =
        RuleTestHelper.forRule(strict).given(tenant).expectFail("stfloor", "below 1.3").doTest();

    ArmChange patch = (ArmChange) report.findings(Status.FAIL).get(0).fix().changes().get(0);
    assertThat(patch.body()).isEqualTo(Map.of("properties", Map.of("minimumTlsVersion", "TLS1_3")));
  }
}
