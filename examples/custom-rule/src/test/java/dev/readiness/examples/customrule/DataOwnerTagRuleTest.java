package dev.readiness.examples.customrule;

import dev.readiness.api.ResourceType;
import dev.readiness.testkit.RuleContract;
import dev.readiness.testkit.RuleTestHelper;
import dev.readiness.testkit.fixtures.ResourceGroup;
import dev.readiness.testkit.fixtures.Tenant;
import org.junit.jupiter.api.Test;

class DataOwnerTagRuleTest {
  private final Tenant tenant = Tenant.create();
  private final ResourceGroup data = tenant.subscription("prod").resourceGroup("rg-data");

  @Test
  void everyStorageAccountNamesItsDataOwner() {
    data.storageAccount("stfinance").tag("data-owner", "finance@contoso.example");
    data.storageAccount("stscratch");
    data.storageAccount("stblank").tag("Data-Owner", "  ");

    RuleTestHelper.forRule(new DataOwnerTagRule())
        .given(tenant)
        .expectPass("stfinance", "owned by finance@contoso.example")
        .expectFail("stscratch", "has no data-owner tag")
        .withEvidenceAt("/tags/data-owner")
        .expectFail("stblank")
        .doTest();
  }

  @Test
  void storageAccountsNobodyCouldReadAreUnknown() {
    data.storageAccount("stfinance").tag("data-owner", "finance@contoso.example");
    tenant
        .subscription("audit")
        .denied(
            ResourceType.of("Microsoft.Storage/storageAccounts"),
            "Microsoft.Storage/storageAccounts/read");

    RuleTestHelper.forRule(new DataOwnerTagRule())
        .given(tenant)
        .expectPass("stfinance")
        .expectUnknown("00000000-0000-0000-0001-000000000002", "missing permission")
        .doTest();
  }

  @Test
  void keepsTheRuleContract() {
    RuleContract.verify(new DataOwnerTagRule());
  }
}
