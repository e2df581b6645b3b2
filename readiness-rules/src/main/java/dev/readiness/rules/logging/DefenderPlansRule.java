package dev.readiness.rules.logging;

import static dev.readiness.rules.types.AzureTypes.DEFENDER_PRICINGS;

import dev.readiness.api.ArmChange;
import dev.readiness.api.Category;
import dev.readiness.api.Change;
import dev.readiness.api.Evidence;
import dev.readiness.api.Fix;
import dev.readiness.api.Remediation;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceId;
import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleMetadata;
import dev.readiness.api.Severity;
import dev.readiness.api.Target;
import dev.readiness.api.Verdict;
import dev.readiness.rules.checklist.ChecklistOptions;
import dev.readiness.rules.checklist.ChecklistRow;
import dev.readiness.rules.support.ChecklistRule;
import dev.readiness.rules.support.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** FR-LOG-02: each subscription has the required Defender for Cloud plans at Standard. */
public final class DefenderPlansRule extends ChecklistRule {
  private final List<String> plans;

  /** The rule with the required plans of {@code options}. */
  public DefenderPlansRule(ChecklistOptions options) {
    super(
        RuleMetadata.builder("FR-LOG-02")
            .title("Defender for Cloud plans enabled")
            .category(Category.LOGGING_AND_MONITORING)
            .severity(
                Severity.HIGH,
                "Without the plans no security alert is raised, so an intrusion starts unnoticed.")
            .rationale(
                "When did the attack start, and on which resource was it first seen? Defender"
                    + " for Cloud's alerts are often the first and only timestamped trace of"
                    + " malware, suspicious logons or control-plane abuse; the free tier raises"
                    + " none.")
            .remediation(
                Remediation.of(
                        "Microsoft Defender for Cloud > Environment settings > select the"
                            + " subscription > Defender plans: turn on every required plan.",
                        "az security pricing create --name VirtualMachines --tier Standard"
                            + " --subplan P2")
                    .withBicep(
                        "targetScope = 'subscription'\n"
                            + "resource servers 'Microsoft.Security/pricings@2024-01-01' = {\n"
                            + "  name: 'VirtualMachines'\n"
                            + "  properties: { pricingTier: 'Standard', subPlan: 'P2' }\n"
                            + "}"))
            .learnMore(
                "https://learn.microsoft.com/azure/defender-for-cloud/enable-enhanced-security")
            .controls("MCSB LT-1")
            .peerChecks(
                "Prowler defender_ensure_defender_for_server_is_on",
                "Prowler defender_ensure_defender_for_storage_is_on",
                "Prowler defender_ensure_defender_for_keyvault_is_on",
                "Prowler defender_ensure_defender_for_arm_is_on",
                "Prowler defender_ensure_defender_for_containers_is_on",
                "Prowler defender_ensure_defender_cspm_is_on")
            .checklistItems(
                ChecklistRow.DEFENDER_PLANS.text(), ChecklistRow.THREAT_DETECTION.text())
            .reads(DEFENDER_PRICINGS)
            .build(),
        options);
    this.plans = options.requiredDefenderPlans();
  }

  @Override
  public void evaluate(RuleContext context) {
    for (String subscription : context.snapshot().metadata().subscriptions()) {
      ResourceId scope = ResourceId.subscription(subscription);
      List<Resource> pricings = context.snapshot().children(scope, DEFENDER_PRICINGS);
      List<String> off = new ArrayList<>();
      List<Change> turnOn = new ArrayList<>();
      List<Evidence> evidence = new ArrayList<>();
      for (String plan : plans) {
        Optional<Resource> pricing =
            pricings.stream().filter(p -> p.name().equalsIgnoreCase(plan)).findFirst();
        if (pricing.isEmpty()) {
          off.add(plan + " (not listed)");
          turnOn.add(standardTier(scope, plan));
          evidence.add(
              Evidence.absent(
                  ResourceId.parse(scope + "/providers/Microsoft.Security/pricings/" + plan),
                  "no pricing for plan " + plan,
                  "pricingTier Standard"));
        } else {
          var tier = pricing.get().properties().get("pricingTier");
          evidence.add(Evidence.of(tier, "Standard"));
          if (!tier.textEqualsIgnoreCase("Standard")) {
            off.add(plan + " (" + tier.textOr("no tier") + ")");
            turnOn.add(standardTier(scope, pricing.get().name()));
          }
        }
      }
      Verdict finding = context.verdict(Target.subscription(subscription)).evidence(evidence);
      if (off.isEmpty()) {
        finding
            .pass(
                "Subscription '"
                    + subscription
                    + "' has every required Defender plan at Standard: "
                    + Texts.joinClauses(plans)
                    + ".")
            .report();
      } else {
        finding
            .fix(Fix.of(turnOn))
            .fail(
                "Subscription '"
                    + subscription
                    + "' lacks Defender plans "
                    + Texts.joinClauses(off)
                    + ": threats against those resources would raise no alert, so nobody could say"
                    + " when an attack on them began.")
            .report();
      }
    }
  }

  /**
   * Puts {@code plan} of the subscription at the Standard tier: a PUT of the pricing with
   * pricingTier Standard (azure-rest-api-specs
   * specification/security/resource-manager/Microsoft.Security/stable/2024-01-01/examples/Pricings/PutPricingByName_example.json).
   * The plan's default sub-plan applies; Standard is billed per protected resource.
   */
  private static ArmChange standardTier(ResourceId subscription, String plan) {
    return ArmChange.put(
            subscription + "/providers/Microsoft.Security/pricings/" + plan,
            DEFENDER_PRICINGS.toString(),
            "2024-01-01",
            Map.of("properties", Map.of("pricingTier", "Standard")),
            "Turn on the Defender plan " + plan + " at Standard.")
        .costing(
            "Defender for Cloud bills the "
                + plan
                + " plan per protected resource (see the Defender for Cloud pricing page).");
  }
}
