// snippet: test
package com.acme.readiness;

import dev.readiness.testkit.RuleContract;
import dev.readiness.testkit.RuleTestHelper;
import dev.readiness.testkit.fixtures.ResourceGroup;
import dev.readiness.testkit.fixtures.Tenant;
import org.junit.jupiter.api.Test;

class DataOwnerTagRuleTest {
  @Test
  void everyStorageAccountNamesItsOwner() {
    Tenant tenant = Tenant.create();
    ResourceGroup data = tenant.subscription("prod").resourceGroup("rg-data");
    data.storageAccount("stfinance").tag("data-owner", "finance@contoso.example");
    data.storageAccount("stscratch");

    RuleTestHelper.forRule(new DataOwnerTagRule())
        .given(tenant)
        .expectPass("stfinance")
        .expectFail("stscratch", "no data-owner tag")
        .doTest();
  }

  @Test
  void keepsTheRuleContract() {
    RuleContract.verify(new DataOwnerTagRule());
  }
}
// end-snippet
