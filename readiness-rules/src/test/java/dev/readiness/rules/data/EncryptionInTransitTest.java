package dev.readiness.rules.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.ArmChange;
import dev.readiness.api.Report;
import dev.readiness.api.Status;
import dev.readiness.rules.checklist.ChecklistOptions;
import dev.readiness.rules.checklist.OptionTable;
import dev.readiness.rules.types.AzureTypes;
import dev.readiness.testkit.RuleTestHelper;
import dev.readiness.testkit.fixtures.ResourceGroup;
import dev.readiness.testkit.fixtures.Tenant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EncryptionInTransitTest {
  private static final EncryptionInTransit RULE =
      new EncryptionInTransit(ChecklistOptions.defaults().dataProtection());

  @Test
  void servicesAtTls12Pass() {
    Tenant tenant = Tenant.create();
    ResourceGroup group = tenant.subscription("prod").resourceGroup("rg");
    group.storageAccount("stgood");
    group
        .resource("Microsoft.Web/sites", "app-good")
        .property("/properties/httpsOnly", true)
        .child("config", "web")
        .property("/properties/minTlsVersion", "1.2");
    group
        .resource("Microsoft.Sql/servers", "sql-good")
        .property("/properties/minimalTlsVersion", "1.3");
    group
        .resource("Microsoft.Cache/Redis", "redis-good")
        .property("/properties/enableNonSslPort", false)
        .property("/properties/minimumTlsVersion", "1.2");
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectPass("stgood", "secure transfer is required")
        .expectPass("app-good", "HTTPS only is on")
        .expectPass("sql-good", "the minimum TLS version is 1.3")
        .expectPass("redis-good", "the non-TLS port is off")
        .doTest();
  }

  @Test
  void plainHttpOldTlsAndTheNonTlsPortFail() {
    Tenant tenant = Tenant.create();
    ResourceGroup group = tenant.subscription("prod").resourceGroup("rg");
    group
        .storageAccount("stold")
        .minimumTlsVersion("TLS1_0")
        .property("/properties/supportsHttpsTrafficOnly", false);
    group
        .resource("Microsoft.Sql/servers", "sql-none")
        .property("/properties/minimalTlsVersion", "None");
    group
        .resource("Microsoft.Cache/Redis", "redis-open")
        .property("/properties/enableNonSslPort", true);
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectFail("stold", "plain HTTP is allowed")
        .expectFail("sql-none", "no minimum TLS version is set")
        .expectFail("redis-open", "the non-TLS port 6379 is open")
        .doTest();
  }

  @Test
  void storageAndRedisBelowThePlatformFloorSayWhatIsSetAndPass() {
    Tenant tenant = Tenant.create();
    ResourceGroup group = tenant.subscription("prod").resourceGroup("rg");
    group.storageAccount("stold").minimumTlsVersion("TLS1_0");
    group
        .resource("Microsoft.Cache/Redis", "redis-new")
        .property("/properties/enableNonSslPort", false);
    group
        .resource("Microsoft.Cache/Redis", "redis-old")
        .property("/properties/enableNonSslPort", false)
        .property("/properties/minimumTlsVersion", "1.0");
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectPass(
            "stold",
            "its minimum TLS version is set to TLS1_0, but Azure Storage has refused TLS 1.0 and"
                + " 1.1 since 3 February 2026, so TLS 1.2 is the lowest it accepts")
        .withEvidenceAt("/properties/minimumTlsVersion")
        .expectPass(
            "redis-new",
            "no minimum TLS version is set, but Azure Cache for Redis has refused TLS"
                + " 1.0 and 1.1 since 1 November 2024")
        .expectPass("redis-old", "its minimum TLS version is set to 1.0, but")
        .doTest();
  }

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
  void deploymentSlotsAreJudgedLikeTheirSite() {
    Tenant tenant = Tenant.create();
    var site =
        tenant
            .subscription("prod")
            .resourceGroup("rg")
            .resource("Microsoft.Web/sites", "app-shop")
            .property("/properties/httpsOnly", true);
    site.child("config", "web").property("/properties/minTlsVersion", "1.2");
    var staging = site.child("slots", "staging").property("/properties/httpsOnly", false);
    staging.child("config", "web").property("/properties/minTlsVersion", "1.0");
    site.child("slots", "canary").property("/properties/httpsOnly", true);
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectPass("app-shop", "HTTPS only is on")
        .expectFail(
            "staging", "Deployment slot 'staging' of App Service 'app-shop': plain HTTP is served")
        .withEvidenceAt("/properties/httpsOnly")
        .expectFail("staging", "the minimum TLS version 1.0 is below 1.2")
        .expectUnknown("canary", "its site configuration (config/web) is not in the snapshot")
        .doTest();
  }

  @Test
  void appServiceWithoutItsConfigIsUnknown() {
    Tenant tenant = Tenant.create();
    tenant
        .subscription("prod")
        .resourceGroup("rg")
        .resource("Microsoft.Web/sites", "app-unread")
        .property("/properties/httpsOnly", true);
    RuleTestHelper.forRule(RULE).given(tenant).expectUnknown("app-unread", "config/web").doTest();
  }

  @Test
  void deniedAccountsAreUnknownWhileAnAccountHeldIsStillJudged() {
    Tenant tenant = Tenant.create();
    var prod = tenant.subscription("prod");
    prod.resourceGroup("rg").storageAccount("sthidden");
    prod.denied(AzureTypes.STORAGE_ACCOUNTS, "Microsoft.Storage/storageAccounts/read");
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        // An account in hand is judged on its own settings; the accounts nobody saw are UNKNOWN.
        .expectPass("sthidden")
        .expectUnknown(prod.subscriptionId(), "Microsoft.Storage/storageAccounts/read")
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
