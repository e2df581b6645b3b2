package dev.readiness.rules.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.readiness.api.ArmChange;
import dev.readiness.api.Report;
import dev.readiness.rules.types.AzureTypes;
import dev.readiness.testkit.RuleTestHelper;
import dev.readiness.testkit.fixtures.Subscription;
import dev.readiness.testkit.fixtures.Tenant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FileIntegrityMonitoringTest {
  private static final FileIntegrityMonitoring RULE = new FileIntegrityMonitoring();

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
        .expectFail(p1.subscriptionId(), "it is not on Plan 2")
        .expectFail(free.subscriptionId(), "Defender for Servers is off (pricing tier Free)")
        .expectFail(off.subscriptionId(), "file integrity monitoring is disabled")
        .doTest();
  }

  @Test
  void plan1FreeFimOffAndMissingPlanAreFixedByTheirRemediation() {
    Tenant tenant = Tenant.create();
    Subscription p1 = tenant.subscription("p1");
    p1.resourceGroup("rg").virtualMachine("vm-p1");
    p1.defenderPlan("VirtualMachines").standard("P1");
    Subscription free = tenant.subscription("free");
    free.resourceGroup("rg").resource("Microsoft.HybridCompute/machines", "arc-1");
    free.defenderPlan("VirtualMachines");
    Subscription off = tenant.subscription("off");
    off.resourceGroup("rg").virtualMachine("vm-off");
    off.defenderPlan("VirtualMachines")
        .standard("P2")
        .extension("AgentlessVmScanning", true)
        .extension("FileIntegrityMonitoring", false);
    Subscription none = tenant.subscription("none");
    none.resourceGroup("rg").virtualMachine("vm-none");
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectFixedByItsRemediation(p1.subscriptionId())
        .expectFixedByItsRemediation(free.subscriptionId())
        .expectFixedByItsRemediation(off.subscriptionId())
        .expectFixedByItsRemediation(none.subscriptionId())
        .doTest();
  }

  @Test
  void fixKeepsThePlansOtherExtensions() {
    Tenant tenant = Tenant.create();
    Subscription off = tenant.subscription("off");
    off.resourceGroup("rg").virtualMachine("vm-off");
    off.defenderPlan("VirtualMachines")
        .standard("P2")
        .extension("AgentlessVmScanning", true)
        .extension("FileIntegrityMonitoring", false);
    Report report =
        RuleTestHelper.forRule(RULE)
            .given(tenant)
            .expectFail(off.subscriptionId(), "file integrity monitoring is disabled")
            .doTest();
    ArmChange change = (ArmChange) report.findings().get(0).fix().changes().get(0);
    assertEquals(
        List.of(
            Map.of("name", "AgentlessVmScanning", "isEnabled", "True"),
            Map.of("name", "FileIntegrityMonitoring", "isEnabled", "True")),
        ((Map<?, ?>) change.body().get("properties")).get("extensions"));
  }

  @Test
  void virtualMachinesDecideEvenWhenArcMachinesWereDenied() {
    Tenant tenant = Tenant.create();
    Subscription prod = tenant.subscription("prod");
    prod.resourceGroup("rg-app").virtualMachine("vm-1");
    prod.defenderPlan("VirtualMachines").standard("P1");
    prod.denied(AzureTypes.ARC_MACHINES, "Microsoft.HybridCompute/machines/read");
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectFail(prod.subscriptionId(), "it is not on Plan 2")
        // The count of servers says, once, that Arc machines were not seen.
        .expectFail(prod.subscriptionId(), "at least 1 server;")
        .expectFail(prod.subscriptionId(), "Microsoft.HybridCompute/machines/read")
        .doTest();
  }

  @Test
  void deniedPricingsAreUnknown() {
    Tenant tenant = Tenant.create();
    Subscription prod = tenant.subscription("prod");
    prod.resourceGroup("rg-app").virtualMachine("vm-1");
    prod.denied(AzureTypes.DEFENDER_PRICINGS, "Microsoft.Security/pricings/read");
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectUnknown(prod.subscriptionId(), "Microsoft.Security/pricings/read")
        .doTest();
  }
}
