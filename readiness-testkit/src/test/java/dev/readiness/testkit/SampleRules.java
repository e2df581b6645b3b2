package dev.readiness.testkit;

import dev.readiness.api.Category;
import dev.readiness.api.Evidence;
import dev.readiness.api.HumanStep;
import dev.readiness.api.Remediation;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceType;
import dev.readiness.api.Rule;
import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleMetadata;
import dev.readiness.api.Severity;
import dev.readiness.api.Target;
import java.util.List;

/** Small rules the testkit's own tests run: one sound rule and deliberately broken ones. */
final class SampleRules {
  static final ResourceType VMS = ResourceType.of("Microsoft.Compute/virtualMachines");
  static final ResourceType EXTENSIONS =
      ResourceType.of("Microsoft.Compute/virtualMachines/extensions");
  static final ResourceType DCRAS =
      ResourceType.of("Microsoft.Insights/dataCollectionRuleAssociations");
  static final ResourceType STORAGE = ResourceType.of("Microsoft.Storage/storageAccounts");

  private SampleRules() {}

  static RuleMetadata.Builder sampleMetadata(String id, ResourceType... reads) {
    return RuleMetadata.builder(id)
        .title("Sample rule " + id)
        .category(Category.LOGGING_AND_MONITORING)
        .severity(Severity.HIGH, "Without guest logs nobody can say what ran on the VM.")
        .rationale("Which processes ran on the VM, and who signed in?")
        .remediation(
            Remediation.of(
                "Install the Azure Monitor Agent and associate a data collection rule.",
                "az vm extension set --name AzureMonitorWindowsAgent ..."))
        .reads(reads);
  }

  /**
   * A VM passes when it runs the Azure Monitor Agent and has a data collection rule association.
   */
  static final class GuestLogs implements Rule {
    private static final RuleMetadata METADATA =
        sampleMetadata("TEST-GUEST-01", VMS, EXTENSIONS, DCRAS).build();

    @Override
    public RuleMetadata metadata() {
      return METADATA;
    }

    @Override
    public void evaluate(RuleContext context) {
      for (Resource vm : context.resources(VMS)) {
        List<Resource> extensions = context.snapshot().children(vm, EXTENSIONS);
        boolean agent =
            extensions.stream()
                .anyMatch(e -> e.at("/properties/type").textOr("").startsWith("AzureMonitor"));
        List<Resource> associations = context.snapshot().children(vm, DCRAS);
        if (!agent) {
          context
              .report(vm)
              .evidence(Evidence.absent(vm.id(), "no Azure Monitor Agent extension", "AMA"))
              .fail("VM '" + vm.name() + "' has no Azure Monitor Agent: no guest OS logs.");
        } else if (associations.isEmpty()) {
          context
              .report(vm)
              .evidence(Evidence.absent(vm.id(), "no association", "a DCR association"))
              .fail("VM '" + vm.name() + "' has no data collection rule association.");
        } else {
          context
              .report(vm)
              .evidence(
                  Evidence.of(
                      associations.get(0).at("/properties/dataCollectionRuleId"), "a DCR id"))
              .pass("VM '" + vm.name() + "' sends guest OS logs through the Azure Monitor Agent.");
        }
      }
    }
  }

  /** Fails every subscription of the snapshot that holds no storage account. */
  static final class StorageInEverySubscription implements Rule {
    private static final RuleMetadata METADATA = sampleMetadata("TEST-SUB-01", STORAGE).build();

    @Override
    public RuleMetadata metadata() {
      return METADATA;
    }

    @Override
    public void evaluate(RuleContext context) {
      for (String subscription : context.snapshot().metadata().subscriptions()) {
        boolean any =
            context.resources(STORAGE).stream()
                .anyMatch(r -> r.subscriptionId().orElse("").equalsIgnoreCase(subscription));
        if (!any) {
          context
              .report(Target.subscription(subscription))
              .fail("Subscription '" + subscription + "' holds no storage account.");
        }
      }
    }
  }

  /** Whose metadata is invalid: it declares no resource types. */
  static final class NoReads implements Rule {
    @Override
    public RuleMetadata metadata() {
      return RuleMetadata.builder("TEST-BAD-01")
          .title("Reads nothing")
          .category(Category.LOGGING_AND_MONITORING)
          .severity(Severity.LOW, "Low.")
          .rationale("None.")
          .remediation(Remediation.of("Nothing.", "az nothing"))
          .build();
    }

    @Override
    public void evaluate(RuleContext context) {}
  }

  /** A manual rule: no API shows an incident response plan, so an attestation answers it. */
  static final class AttestedPlan implements Rule {
    private static final RuleMetadata METADATA =
        RuleMetadata.builder("TEST-MANUAL-01")
            .title("An incident response plan exists")
            .category(Category.INCIDENT_RESPONSE)
            .severity(Severity.MEDIUM, "Without a plan the first hours of an incident are lost.")
            .rationale("Who does what when an incident starts?")
            .remediation(
                Remediation.of(
                    new HumanStep("Write the incident response plan.", "the security lead")))
            .manual()
            .build();

    @Override
    public RuleMetadata metadata() {
      return METADATA;
    }

    @Override
    public void evaluate(RuleContext context) {
      context
          .verdict(Target.tenant(), "The incident response plan")
          .manual("no API can show it")
          .report();
    }
  }

  /** A rule that starts a verdict about every VM and forgets to report it. */
  static final class ForgetsToReport implements Rule {
    private static final RuleMetadata METADATA = sampleMetadata("TEST-FORGET-01", VMS).build();

    @Override
    public RuleMetadata metadata() {
      return METADATA;
    }

    @Override
    public void evaluate(RuleContext context) {
      for (Resource vm : context.resources(VMS)) {
        context.verdict(vm, "VM '" + vm.name() + "'").fail("it has no agent");
      }
    }
  }
}
