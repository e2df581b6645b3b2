package dev.readiness.rules.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.ArmChange;
import dev.readiness.api.Change;
import dev.readiness.api.Fix;
import dev.readiness.api.Report;
import dev.readiness.api.Status;
import dev.readiness.rules.checklist.ChecklistOptions;
import dev.readiness.rules.types.AzureTypes;
import dev.readiness.testkit.RuleTestHelper;
import dev.readiness.testkit.fixtures.NetworkSecurityGroup;
import dev.readiness.testkit.fixtures.ResourceGroup;
import dev.readiness.testkit.fixtures.Tenant;
import dev.readiness.testkit.fixtures.VirtualMachine;
import dev.readiness.testkit.fixtures.VirtualNetwork;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NetworkSecurityGroupsTest {
  private static final NetworkSecurityGroups RULE =
      new NetworkSecurityGroups(ChecklistOptions.defaults().network());

  @Test
  void guardedSubnetsAndNicsAndAClosedNsgPassWhileGatewaySubnetIsExempt() {
    Tenant tenant = Tenant.create();
    ResourceGroup net = tenant.subscription("prod").resourceGroup("rg-net");
    NetworkSecurityGroup nsg =
        net.networkSecurityGroup("nsg-app").allowsInbound("web", "443", "Internet");
    VirtualNetwork vnet =
        net.virtualNetwork("vnet-hub").subnet("snet-app", nsg).subnet("GatewaySubnet");
    VirtualMachine vm = net.virtualMachine("vm-app");
    vm.networkInterface().subnet(vnet, "snet-app");
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectPass("vnet-hub", "every subnet has an NSG ('snet-app')")
        .withEvidenceAt("/properties/subnets/0/properties/networkSecurityGroup/id")
        .expectPass("vm-app-nic", "its subnet has an NSG")
        .expectPass("nsg-app", "no rule allows management ports")
        .doTest();
  }

  @Test
  void unguardedSubnetAndNicFail() {
    Tenant tenant = Tenant.create();
    ResourceGroup net = tenant.subscription("prod").resourceGroup("rg-net");
    VirtualNetwork vnet = net.virtualNetwork("vnet-flat").subnet("snet-open");
    net.virtualMachine("THA-VM").networkInterface().subnet(vnet, "snet-open");
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectFail("vnet-flat", "subnet 'snet-open' has no NSG")
        .expectFail("THA-VM-nic", "neither it nor its subnet has an NSG")
        .doTest();
  }

  @Test
  void unguardedSubnetsAreFixedByItsRemediation() {
    Tenant tenant = Tenant.create();
    ResourceGroup net = tenant.subscription("prod").resourceGroup("rg-net");
    NetworkSecurityGroup nsg = net.networkSecurityGroup("nsg-app");
    net.virtualNetwork("vnet-flat")
        .subnet("snet-open")
        .subnet("snet-guarded", nsg)
        .subnet("snet-data");

    Report report =
        RuleTestHelper.forRule(RULE)
            .given(tenant)
            .expectFail("vnet-flat", "subnets 'snet-open' and 'snet-data' have no NSG")
            .expectPass("nsg-app")
            .expectFixedByItsRemediation("vnet-flat")
            .doTest();

    Fix fix = report.findings(Status.FAIL).get(0).fix();
    assertThat(fix.needsHuman()).isFalse();
    assertThat(fix.changes())
        .extracting(change -> ((ArmChange) change).resourceId())
        .containsExactly(
            net.id()
                + "/providers/Microsoft.Network/networkSecurityGroups/readiness-vnet-flat-snet-open",
            net.id() + "/providers/Microsoft.Network/virtualNetworks/vnet-flat/subnets/snet-open",
            net.id()
                + "/providers/Microsoft.Network/networkSecurityGroups/readiness-vnet-flat-snet-data",
            net.id() + "/providers/Microsoft.Network/virtualNetworks/vnet-flat/subnets/snet-data");
    assertThat(report.findings(Status.PASS)).allMatch(f -> f.fix().isEmpty());
  }

  @Test
  @SuppressWarnings("unchecked")
  void theNewNsgClosesOnlyTheManagementPortsAndTheSubnetKeepsItsSettings() {
    Tenant tenant = Tenant.create();
    ResourceGroup net = tenant.subscription("prod").resourceGroup("rg-net");
    net.virtualNetwork("vnet-flat").subnet("snet-open");
    Report report =
        RuleTestHelper.forRule(RULE)
            .given(tenant)
            .expectFail("vnet-flat", "subnet 'snet-open' has no NSG")
            .doTest();

    List<Change> changes = report.findings(Status.FAIL).get(0).fix().changes();
    Map<String, Object> nsg = ((ArmChange) changes.get(0)).body();
    List<Map<String, Object>> rules =
        (List<Map<String, Object>>)
            ((Map<String, Object>) nsg.get("properties")).get("securityRules");
    Map<String, Object> deny = (Map<String, Object>) rules.get(0).get("properties");
    assertThat(deny)
        .containsEntry("access", "Deny")
        .containsEntry("sourceAddressPrefix", "Internet");
    assertThat((List<Object>) deny.get("destinationPortRanges"))
        .containsExactly("22", "3389", "5985", "5986");
    Map<String, Object> allow = (Map<String, Object>) rules.get(1).get("properties");
    assertThat(allow).containsEntry("access", "Allow").containsEntry("priority", 4096);
    Map<String, Object> subnet =
        (Map<String, Object>) ((ArmChange) changes.get(1)).body().get("properties");
    assertThat(subnet).containsKey("addressPrefix").doesNotContainKey("provisioningState");
  }

  @Test
  void anNsgRuleOpeningManagementPortsIsNarrowedByItsRemediation() {
    Tenant tenant = Tenant.create();
    ResourceGroup net = tenant.subscription("prod").resourceGroup("rg-net");
    net.networkSecurityGroup("nsg-rdp").allowsInbound("allow-mgmt", "22-3389", "*");
    Report report =
        RuleTestHelper.forRule(RULE).given(tenant).expectFixedByItsRemediation("nsg-rdp").doTest();
    List<Change> changes = report.findings(Status.FAIL).get(0).fix().changes();
    assertThat(changes).singleElement().isInstanceOf(ArmChange.class);
    assertThat(changes.get(0).summary()).contains("ports [22, 3389]");
  }

  @Test
  void rdpFromAnySshFromInternetAndWinRmFromEverywhereFail() {
    Tenant tenant = Tenant.create();
    ResourceGroup net = tenant.subscription("prod").resourceGroup("rg-net");
    net.networkSecurityGroup("nsg-rdp").allowsInbound("allow-rdp", "3389", "*");
    net.networkSecurityGroup("nsg-ssh").allowsInbound("allow-ssh", "22", "Internet");
    net.networkSecurityGroup("nsg-range").allowsInbound("allow-range", "5000-6000", "0.0.0.0/0");
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectFail("nsg-rdp", "rule 'allow-rdp' allows port 3389 from the Internet")
        .withEvidenceAt("/properties/securityRules/0/properties/access")
        .expectFail("nsg-ssh", "rule 'allow-ssh' allows port 22 from the Internet")
        .expectFail("nsg-range", "allows port 5985 from the Internet")
        .doTest();
  }

  @ParameterizedTest
  @ValueSource(strings = {"*", "Internet", "0.0.0.0/0", "Any"})
  void rdpFromEveryWayOfSayingTheInternetFails(String source) {
    Tenant tenant = Tenant.create();
    tenant
        .subscription("prod")
        .resourceGroup("rg-net")
        .networkSecurityGroup("nsg-rdp")
        .allowsInbound("allow-rdp", "3389", source);
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectFail("nsg-rdp", "allows port 3389 from the Internet")
        .doTest();
  }

  @Test
  void rdpFromAPrivateRangeIsNotInternetExposure() {
    Tenant tenant = Tenant.create();
    tenant
        .subscription("prod")
        .resourceGroup("rg-net")
        .networkSecurityGroup("nsg-internal")
        .allowsInbound("allow-rdp", "3389", "10.0.0.0/8");
    RuleTestHelper.forRule(RULE).given(tenant).expectPass("nsg-internal").doTest();
  }

  @Test
  void aDenyWithAHigherPriorityWins() {
    Tenant tenant = Tenant.create();
    ResourceGroup net = tenant.subscription("prod").resourceGroup("rg-net");
    net.networkSecurityGroup("nsg-shadowed")
        .allowsInbound("allow-rdp", "3389", "*")
        .property(
            "/properties/securityRules/-",
            Map.of(
                "name",
                "deny-mgmt",
                "properties",
                Map.of(
                    "protocol",
                    "*",
                    "sourceAddressPrefixes",
                    List.of("Internet"),
                    "destinationPortRanges",
                    List.of("22", "3389", "5985-5986"),
                    "access",
                    "Deny",
                    "priority",
                    50,
                    "direction",
                    "Inbound")));
    RuleTestHelper.forRule(RULE).given(tenant).expectPass("nsg-shadowed").doTest();
  }

  @Test
  void aDeniedListingIsUnknownWhileANetworkHeldIsStillJudged() {
    Tenant tenant = Tenant.create();
    var prod = tenant.subscription("prod");
    prod.resourceGroup("rg-net").virtualNetwork("vnet-x").subnet("snet-x");
    prod.denied(AzureTypes.VIRTUAL_NETWORKS, "Microsoft.Network/virtualNetworks/read");
    // The network in hand is judged on its own subnets; the networks nobody saw are UNKNOWN.
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectFail("vnet-x", "subnet 'snet-x' has no NSG")
        .expectUnknown(prod.subscriptionId(), "Microsoft.Network/virtualNetworks/read")
        .doTest();
  }
}
