package dev.readiness.rules.data;

import static dev.readiness.rules.types.AzureTypes.ARC_MACHINES;
import static dev.readiness.rules.types.AzureTypes.DEFENDER_PRICINGS;
import static dev.readiness.rules.types.AzureTypes.VIRTUAL_MACHINES;
import static dev.readiness.rules.types.AzureTypes.VM_SCALE_SETS;

import dev.readiness.api.ArmChange;
import dev.readiness.api.Category;
import dev.readiness.api.CoverageRecord;
import dev.readiness.api.Evidence;
import dev.readiness.api.Fix;
import dev.readiness.api.Json;
import dev.readiness.api.Remediation;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceId;
import dev.readiness.api.ResourceType;
import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleMetadata;
import dev.readiness.api.Severity;
import dev.readiness.api.Target;
import dev.readiness.api.Verdict;
import dev.readiness.rules.checklist.ChecklistOptions;
import dev.readiness.rules.checklist.ChecklistRow;
import dev.readiness.rules.support.ChecklistRule;
import dev.readiness.rules.support.Scopes;
import dev.readiness.rules.support.Texts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * FR-DATA-06: in every subscription that runs servers, Defender for Servers Plan 2 is on with its
 * file integrity monitoring extension enabled.
 */
public final class FileIntegrityMonitoring extends ChecklistRule {
  private static final String FIM = "FileIntegrityMonitoring";

  private static final RuleMetadata METADATA =
      RuleMetadata.builder("FR-DATA-06")
          .title("File integrity monitoring watches servers")
          .category(Category.DATA_PROTECTION)
          .severity(
              Severity.MEDIUM,
              "Without file integrity monitoring, changed binaries, registry keys and"
                  + " configuration files leave no record of when they changed.")
          .rationale(
              "Protects the question 'which files did the attacker change, and when?': file"
                  + " integrity monitoring records changes to system files, registry keys and"
                  + " software, which dates persistence mechanisms and tampered binaries.")
          .remediation(
              Remediation.of(
                      "Azure portal > Microsoft Defender for Cloud > Environment settings >"
                          + " (subscription) > Defender plans: Servers 'On' with Plan 2, then"
                          + " Settings > File Integrity Monitoring: On, with a workspace.",
                      "az security pricing create --name VirtualMachines --tier Standard"
                          + " --subplan P2 --extensions"
                          + " name=FileIntegrityMonitoring isEnabled=True")
                  .withBicep(
                      "resource servers 'Microsoft.Security/pricings@2024-01-01' = {\n"
                          + "  name: 'VirtualMachines'\n"
                          + "  properties: {\n"
                          + "    pricingTier: 'Standard'\n"
                          + "    subPlan: 'P2'\n"
                          + "    extensions: [ { name: 'FileIntegrityMonitoring', isEnabled:"
                          + " 'True' } ]\n"
                          + "  }\n"
                          + "}"))
          .learnMore(
              "https://learn.microsoft.com/azure/defender-for-cloud/file-integrity-monitoring-overview")
          .controls("MCSB LT-1", "CIS Azure 2.0 2.1.1")
          .peerChecks("Prowler defender_ensure_defender_for_server_is_on")
          .checklistItems(ChecklistRow.FILE_INTEGRITY_MONITORING.text())
          .reads(DEFENDER_PRICINGS, VIRTUAL_MACHINES, VM_SCALE_SETS, ARC_MACHINES)
          .build();

  /** The rule; it has no thresholds. */
  public FileIntegrityMonitoring(ChecklistOptions options) {
    super(METADATA, options);
  }

  @Override
  public void evaluate(RuleContext context) {
    for (String subscription : context.snapshot().subscriptions()) {
      // The verdict depends on the plan and on the server types actually found: a subscription
      // with VMs is decided even when its Arc machines could not be listed.
      int servers = 0;
      List<CoverageRecord> unlisted = new ArrayList<>();
      List<ResourceType> found = new ArrayList<>();
      for (ResourceType type : List.of(VIRTUAL_MACHINES, VM_SCALE_SETS, ARC_MACHINES)) {
        int count = Scopes.inSubscription(context, type, subscription).size();
        if (count > 0) {
          found.add(type);
          servers += count;
        }
        context
            .coverage()
            .missing(ResourceId.subscription(subscription), type)
            .ifPresent(unlisted::add);
      }
      if (servers == 0) {
        continue;
      }
      Verdict verdict =
          context
              .verdict(
                  Target.subscription(subscription),
                  "Subscription "
                      + subscription
                      + (unlisted.isEmpty()
                          ? " (" + Texts.count(servers, "server", "servers") + ")"
                          : " (at least "
                              + Texts.count(servers, "server", "servers")
                              + "; "
                              + String.join(
                                  "; ", unlisted.stream().map(CoverageRecord::reason).toList())
                              + ")"))
              .dependsOn(DEFENDER_PRICINGS)
              .names(unlisted);
      found.forEach(verdict::dependsOn);
      ResourceId planId =
          ResourceId.parse(
              "/subscriptions/"
                  + subscription
                  + "/providers/Microsoft.Security/pricings/VirtualMachines");
      Optional<Resource> plan = context.snapshot().resource(planId);
      if (plan.isEmpty()) {
        verdict.fail(
            "the Defender for Servers plan is not in the subscription's pricings",
            Evidence.absent(
                planId, "no VirtualMachines pricing", "pricingTier Standard, subPlan P2"));
      } else {
        Json properties = plan.get().properties();
        verdict.check(
            properties.get("pricingTier").textEqualsIgnoreCase("Standard"),
            "Defender for Servers is on",
            "Defender for Servers is off (pricing tier "
                + properties.get("pricingTier").textOr("missing")
                + ")",
            Evidence.of(properties.get("pricingTier"), "\"Standard\""));
        verdict.check(
            properties.get("subPlan").textEqualsIgnoreCase("P2"),
            "on Plan 2",
            "it is not on Plan 2 (file integrity monitoring needs it)",
            Evidence.of(properties.get("subPlan"), "\"P2\""));
        Optional<Json> fim =
            properties.get("extensions").items().stream()
                .filter(e -> e.get("name").textEqualsIgnoreCase("FileIntegrityMonitoring"))
                .findFirst();
        if (fim.isEmpty()) {
          verdict.fail(
              "the FileIntegrityMonitoring extension is not configured",
              Evidence.of(properties.get("extensions"), "FileIntegrityMonitoring isEnabled True"));
        } else {
          verdict.check(
              fim.get().get("isEnabled").isTrue(),
              "file integrity monitoring is enabled",
              "file integrity monitoring is disabled",
              Evidence.of(fim.get().get("isEnabled"), "\"True\""));
        }
      }
      Fix fix =
          verdict.hasFailures()
              ? Fix.of(serversPlan2WithFim(planId, plan.map(Resource::properties)))
              : Fix.NONE;
      verdict.fix(fix).report();
    }
  }

  /**
   * Puts Defender for Servers at Standard, Plan 2, with the FileIntegrityMonitoring extension on: a
   * PUT of the subscription's {@code pricings/VirtualMachines} with pricingTier, subPlan and
   * extensions, each extension a name and an isEnabled of "True" or "False" (azure-rest-api-specs
   * specification/security/resource-manager/Microsoft.Security/stable/2024-01-01/examples/Pricings/PutPricingVMsByName_example.json
   * and the Extension definition of
   * specification/security/resource-manager/Microsoft.Security/stable/2024-01-01/pricings.json).
   * The extensions the plan already has are sent back as they are, so that the PUT leaves them so.
   */
  private static ArmChange serversPlan2WithFim(ResourceId planId, Optional<Json> current) {
    List<Object> extensions = new ArrayList<>();
    current.ifPresent(
        properties ->
            properties.get("extensions").items().stream()
                .filter(e -> !e.get("name").textEqualsIgnoreCase(FIM))
                .forEach(e -> extensions.add(keptExtension(e))));
    extensions.add(Map.of("name", FIM, "isEnabled", "True"));
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("pricingTier", "Standard");
    properties.put("subPlan", "P2");
    properties.put("extensions", extensions);
    return ArmChange.put(
            planId.toString(),
            DEFENDER_PRICINGS.toString(),
            "2024-01-01",
            Map.of("properties", properties),
            "Turn on Defender for Servers Plan 2 with file integrity monitoring for the"
                + " subscription.")
        .costing(
            "Defender for Servers Plan 2 is billed per protected server per hour (see the"
                + " Defender for Cloud pricing page); changes FIM records beyond the plan's daily"
                + " data allowance are billed as Log Analytics ingestion.");
  }

  /** An extension the plan already has, as a request body gives it: the writable fields only. */
  private static Map<String, Object> keptExtension(Json extension) {
    Map<String, Object> kept = new LinkedHashMap<>();
    kept.put("name", extension.get("name").textOr(""));
    kept.put("isEnabled", extension.get("isEnabled").textOr("False"));
    Json additional = extension.get("additionalExtensionProperties");
    if (additional.isObject()) {
      kept.put("additionalExtensionProperties", additional.toPlainMap());
    }
    return kept;
  }
}
