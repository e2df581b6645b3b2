package dev.readiness.rules.data;

import dev.readiness.rules.checklist.ChecklistOptions;
import dev.readiness.testkit.RuleTestHelper;
import dev.readiness.testkit.fixtures.Subscription;
import dev.readiness.testkit.fixtures.Tenant;
import org.junit.jupiter.api.Test;

class FileIntegrityMonitoringTest {
  private static final FileIntegrityMonitoring RULE =
      new FileIntegrityMonitoring(ChecklistOptions.defaults());

  @Test
  void plan2WithFimPassesAndSubscriptionsWithoutServersAreSkipped() {
    Tenant tenant = Tenant.create();
    Subscription prod = tenant.subscription("prod");
    prod.resourceGroup("rg-app").virtualMachine("vm-1");
    prod.defenderPlan("VirtualMachines").standard("P2").extension("FileIntegrityMonitoring", true);
    tenant.subscription("empty");
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectPass(prod.subscriptionId(), "file integrity monitoring is enabled")
        .withEvidenceAt("/properties/extensions/0/isEnabled")
        .doTest();
  }

  @Test
  void plan1FreeOrFimOffFail() {
    Tenant tenant = Tenant.create();
    Subscription p1 = tenant.subscription("p1");
    p1.resourceGroup("rg").virtualMachine("vm-p1");
    p1.defenderPlan("VirtualMachines").standard("P1");
    Subscription free = tenant.subscription("free");
    free.resourceGroup("rg").resource("Microsoft.HybridCompute/machines", "arc-1");
    free.defenderPlan("VirtualMachines");
    Subscription off = tenant.subscription("off");
    off.resourceGroup("rg").virtualMachine("vm-off");
    off.defenderPlan("VirtualMachines").standard("P2").extension("FileIntegrityMonitoring", false);
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectFailure(p1.subscriptionId(), "it is not on Plan 2")
        .expectFailure(free.subscriptionId(), "Defender for Servers is off (pricing tier Free)")
        .expectFailure(off.subscriptionId(), "file integrity monitoring is disabled")
        .doTest();
  }

  @Test
  void virtualMachinesDecideEvenWhenArcMachinesWereDenied() {
    Tenant tenant = Tenant.create();
    Subscription prod = tenant.subscription("prod");
    prod.resourceGroup("rg-app").virtualMachine("vm-1");
    prod.defenderPlan("VirtualMachines").standard("P1");
    prod.denied("Microsoft.HybridCompute/machines", "Microsoft.HybridCompute/machines/read");
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectFailure(prod.subscriptionId(), "it is not on Plan 2")
        // The count of servers says, once, that Arc machines were not seen.
        .expectFailure(prod.subscriptionId(), "at least 1 server;")
        .expectFailure(prod.subscriptionId(), "Microsoft.HybridCompute/machines/read")
        .doTest();
  }

  @Test
  void deniedPricingsAreUnknown() {
    Tenant tenant = Tenant.create();
    Subscription prod = tenant.subscription("prod");
    prod.resourceGroup("rg-app").virtualMachine("vm-1");
    prod.denied("Microsoft.Security/pricings", "Microsoft.Security/pricings/read");
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectUnknown(prod.subscriptionId(), "Microsoft.Security/pricings/read")
        .doTest();
  }
}
