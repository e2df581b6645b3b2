package dev.readiness.azure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.Engine;
import dev.readiness.api.Finding;
import dev.readiness.api.Report;
import dev.readiness.api.ResourceType;
import dev.readiness.api.Snapshot;
import dev.readiness.api.Status;
import dev.readiness.rules.BuiltInRules;
import dev.readiness.testkit.fakeazure.FakeAzure;
import dev.readiness.testkit.fixtures.ResourceGroup;
import dev.readiness.testkit.fixtures.Subscription;
import dev.readiness.testkit.fixtures.Tenant;
import dev.readiness.testkit.fixtures.VirtualMachine;
import dev.readiness.testkit.fixtures.VirtualNetwork;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The types FR-NET-03 and FR-DATA-02 read to see past a VM's own NIC (load balancers, firewalls,
 * firewall policies and their rule collection groups) and past an App Service to its deployment
 * slots are collected from where Azure keeps them, and the rules decide on what was collected.
 */
class ExposureAndSlotTypesCollectionTest {
  private static final List<String> NEW_TYPES =
      List.of(
          "Microsoft.Network/loadBalancers",
          "Microsoft.Network/azureFirewalls",
          "Microsoft.Network/firewallPolicies",
          "Microsoft.Network/firewallPolicies/ruleCollectionGroups",
          "Microsoft.Web/sites/slots",
          "Microsoft.Web/sites/slots/config");

  @Test
  void loadBalancersFirewallRulesAndSlotsAreCollectedAndJudged() {
    Tenant tenant = Tenant.create();
    Subscription prod = tenant.subscription("prod");
    ResourceGroup net = prod.resourceGroup("rg-net");
    VirtualNetwork spoke = net.virtualNetwork("vnet-spoke").subnet("snet");
    VirtualNetwork hub =
        net.virtualNetwork("vnet-hub").subnet("AzureFirewallSubnet").peering(spoke);
    VirtualMachine natted = net.virtualMachine("vm-natted");
    natted.networkInterface().subnet(spoke, "snet").privateIpAddress("10.1.0.4");
    VirtualMachine dnatted = net.virtualMachine("vm-dnatted");
    dnatted.networkInterface().subnet(spoke, "snet").privateIpAddress("10.1.0.5");
    net.loadBalancer("lb-public").inboundNatRule("ssh-nat", 50022, 22, natted.networkInterface());
    var policy = net.firewallPolicy("fwp");
    policy.dnatRule("dnat-group", "rdp-in", "*", 3389, "10.1.0.5", 3389);
    net.azureFirewall("fw-hub", hub).policy(policy);
    var site =
        net.resource("Microsoft.Web/sites", "app-shop").property("/properties/httpsOnly", true);
    site.child("config", "web").property("/properties/minTlsVersion", "1.2");
    var slot = site.child("slots", "staging").property("/properties/httpsOnly", true);
    slot.child("config", "web").property("/properties/minTlsVersion", "1.0");
    Snapshot served = tenant.snapshot();

    Engine engine =
        Engine.builder()
            .addRules(
                BuiltInRules.all().stream()
                    .filter(r -> List.of("FR-NET-03", "FR-DATA-02").contains(r.metadata().id()))
                    .toList())
            .build();
    try (FakeAzure azure = FakeAzure.builder().snapshot(served).unthrottled().start()) {
      Snapshot collected = TestCollectors.against(azure, engine.typesToCollect()).build().collect();

      for (String type : NEW_TYPES) {
        ResourceType resourceType = ResourceType.of(type);
        assertThat(collected.resources(resourceType))
            .as(type)
            .isNotEmpty()
            .containsExactlyElementsOf(served.resources(resourceType));
      }
      // Rule collection groups and slot configuration are read per parent, as ARM serves them.
      assertThat(azure.requests())
          .anyMatch(r -> r.path().endsWith("/firewallPolicies/fwp/ruleCollectionGroups"))
          .anyMatch(r -> r.path().endsWith("/sites/app-shop/slots/staging/config/web"));
      Report report = engine.evaluate(collected);
      assertThat(finding(report, "FR-NET-03", "vm-natted").status()).isEqualTo(Status.FAIL);
      assertThat(finding(report, "FR-NET-03", "vm-natted").message())
          .contains("load balancer 'lb-public'");
      assertThat(finding(report, "FR-NET-03", "vm-dnatted").message())
          .contains("firewall 'fw-hub' (DNAT rule 'rdp-in')");
      assertThat(finding(report, "FR-DATA-02", "staging").status()).isEqualTo(Status.FAIL);
    }
  }

  private static Finding finding(Report report, String ruleId, String name) {
    return report.findings().stream()
        .filter(f -> f.ruleId().equals(ruleId) && f.target().id().name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + ruleId + " finding on " + name));
  }
}
