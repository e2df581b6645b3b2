package dev.readiness.rules.network;

import static dev.readiness.rules.types.AzureTypes.NETWORK_INTERFACES;
import static dev.readiness.rules.types.AzureTypes.PUBLIC_IP_ADDRESSES;
import static dev.readiness.rules.types.AzureTypes.VIRTUAL_NETWORKS;

import dev.readiness.api.Category;
import dev.readiness.api.Evidence;
import dev.readiness.api.Fix;
import dev.readiness.api.HumanStep;
import dev.readiness.api.Json;
import dev.readiness.api.Remediation;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceId;
import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleMetadata;
import dev.readiness.api.Severity;
import dev.readiness.api.Verdict;
import dev.readiness.rules.checklist.ChecklistOptions;
import dev.readiness.rules.checklist.ChecklistRow;
import dev.readiness.rules.support.ChecklistRule;
import java.util.Optional;

/**
 * FR-NET-02: every attached public IP address is DDoS-protected, by IP protection or by a DDoS
 * protection plan on the virtual network it lives in.
 */
public final class DdosProtection extends ChecklistRule {
  private static final RuleMetadata METADATA =
      RuleMetadata.builder("FR-NET-02")
          .title("Public IP addresses are DDoS-protected")
          .category(Category.NETWORK_SECURITY)
          .severity(
              Severity.MEDIUM,
              "A volumetric attack can hide an intrusion or take down the services that collect"
                  + " evidence.")
          .rationale(
              "Protects the question 'was the outage an attack, and what did it cover?': DDoS"
                  + " Protection records attack telemetry, mitigation reports and flow logs for"
                  + " protected public IPs, which basic infrastructure protection does not.")
          .remediation(
              Remediation.of(
                      "Azure portal > DDoS protection plans > Create, then Virtual networks >"
                          + " (network) > DDoS protection: 'Enable' with the plan; or Public IP"
                          + " addresses > (IP) > Protect: 'IP protection'.",
                      "az network ddos-protection create --resource-group <rg> --name <plan> &&"
                          + " az network vnet update --resource-group <rg> --name <vnet>"
                          + " --ddos-protection true --ddos-protection-plan <plan>")
                  .withBicep(
                      "resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {\n"
                          + "  // ...\n"
                          + "  properties: {\n"
                          + "    enableDdosProtection: true\n"
                          + "    ddosProtectionPlan: { id: ddosPlan.id }\n"
                          + "  }\n"
                          + "}"))
          .learnMore("https://learn.microsoft.com/azure/ddos-protection/ddos-protection-overview")
          .controls("MCSB NS-5", "CIS Azure 2.0 6.6")
          .peerChecks(
              "Prowler network_vnet_ddos_protection_enabled",
              "Azure Policy 'Virtual networks should be protected by Azure DDoS Protection'")
          .checklistItems(ChecklistRow.DDOS_PROTECTION.text())
          .reads(PUBLIC_IP_ADDRESSES, VIRTUAL_NETWORKS)
          .optionallyReads(NETWORK_INTERFACES)
          .build();

  /** The rule; it has no thresholds. */
  public DdosProtection(ChecklistOptions options) {
    super(METADATA, options);
  }

  @Override
  public void evaluate(RuleContext context) {
    for (Resource address : context.resources(PUBLIC_IP_ADDRESSES)) {
      Json configuration = address.at("/properties/ipConfiguration/id");
      if (configuration.textOr("").isBlank()) {
        continue; // not attached to anything: nothing to attack through it
      }
      Verdict verdict =
          context
              .verdict(address, "Public IP address '" + address.name() + "'")
              .dependsOn(PUBLIC_IP_ADDRESSES, VIRTUAL_NETWORKS);
      Json mode = address.at("/properties/ddosSettings/protectionMode");
      if (mode.textEqualsIgnoreCase("Enabled")) {
        verdict.pass("it has DDoS IP protection", Evidence.of(mode, "\"Enabled\""));
      } else if (mode.textEqualsIgnoreCase("Disabled")) {
        verdict.fail("DDoS protection is disabled for it", Evidence.of(mode, "\"Enabled\""));
      } else {
        Optional<Resource> network = network(context, configuration.textOr(""));
        if (network.isEmpty()) {
          verdict.unknown(
              "it inherits protection from its virtual network, which cannot be found in the"
                  + " snapshot from "
                  + configuration.textOr(""),
              Evidence.of(mode, "\"Enabled\", or a protected virtual network"));
        } else {
          Json enabled = network.get().properties().get("enableDdosProtection");
          Json plan = network.get().at("/properties/ddosProtectionPlan/id");
          verdict.check(
              enabled.isTrue() && !plan.textOr("").isBlank(),
              "its virtual network '" + network.get().name() + "' has a DDoS protection plan",
              "neither it nor its virtual network '"
                  + network.get().name()
                  + "' has DDoS protection",
              Evidence.of(mode, "\"Enabled\", or a protected virtual network"),
              Evidence.of(enabled, "true"));
        }
      }
      if (verdict.hasFailures()) {
        verdict.fix(Fix.of(chooseProtection(address)));
      }
      verdict.report();
    }
  }

  /**
   * Protecting an address is a purchase, so a person chooses the tier: DDoS IP Protection on the
   * address itself (its {@code ddosSettings.protectionMode} Enabled) or a DDoS Network Protection
   * plan linked to its virtual network ({@code enableDdosProtection} with {@code
   * ddosProtectionPlan}), per azure-rest-api-specs
   * specification/network/resource-manager/Microsoft.Network/stable/2024-05-01/publicIpAddress.json
   * (DdosSettings) and virtualNetwork.json (VirtualNetworkPropertiesFormat); tiers compared at
   * https://learn.microsoft.com/azure/ddos-protection/ddos-protection-sku-comparison.
   */
  private static HumanStep chooseProtection(Resource address) {
    return new HumanStep(
        "Choose DDoS protection for public IP address '"
            + address.name()
            + "': either DDoS IP Protection on the address (billed monthly per protected public"
            + " IP) or a DDoS Network Protection plan linked to its virtual network (billed"
            + " monthly per plan, covering the public IPs of every network linked to it); both"
            + " are paid tiers, so this is a budget decision.",
        "the network owner, with the budget holder");
  }

  /**
   * The virtual network behind an IP configuration id: the configuration's owner (a NIC, gateway,
   * bastion or firewall) names its subnet, whose parent is the network.
   */
  private static Optional<Resource> network(RuleContext context, String configurationId) {
    ResourceId configuration = ResourceId.parse(configurationId);
    Optional<Resource> owner = context.snapshot().resource(configuration.parent());
    if (owner.isEmpty()) {
      return Optional.empty();
    }
    return owner.get().properties().get("ipConfigurations").items().stream()
        .filter(c -> c.get("name").textEqualsIgnoreCase(configuration.name()))
        .map(c -> c.at("/properties/subnet/id").textOr(""))
        .filter(id -> !id.isBlank())
        .findFirst()
        .flatMap(subnet -> context.snapshot().resource(ResourceId.parse(subnet).parent()));
  }
}
