package dev.readiness.rules.governance;

import dev.readiness.api.Category;
import dev.readiness.api.Remediation;
import dev.readiness.api.Rule;
import dev.readiness.api.RuleMetadata;
import dev.readiness.api.Severity;
import dev.readiness.rules.checklist.ChecklistRow;

/** FR-GOV-01: a forensic readiness policy exists and is current (attested). */
public final class ForensicReadinessPolicy {
  static final RuleMetadata METADATA =
      RuleMetadata.builder("FR-GOV-01")
          .title("A forensic readiness policy is in force")
          .category(Category.POLICIES_AND_PROCESSES)
          .severity(
              Severity.MEDIUM,
              "Without a policy nobody owns log retention, evidence handling or chain of custody,"
                  + " and the technical controls drift.")
          .rationale(
              "Protects the question 'can our evidence be trusted and used?': a forensic"
                  + " readiness policy names what evidence is kept, for how long, who may access"
                  + " it and how it is preserved, so the evidence holds up with regulators and in"
                  + " court.")
          .remediation(
              Remediation.humanAct(
                  "Write and approve a forensic readiness policy (evidence sources, retention,"
                      + " access, chain of custody, legal hold), publish it, then record an"
                      + " attestation for FR-GOV-01 with the document link, its owner and the"
                      + " approval date. Enforceable parts can be assigned as Azure Policy"
                      + " initiatives."))
          .learnMore("https://learn.microsoft.com/azure/cloud-adoption-framework/govern/")
          .controls("MCSB GS-1")
          .checklistItems(ChecklistRow.FORENSIC_READINESS_POLICY.text())
          .manual()
          .build();

  private ForensicReadinessPolicy() {}

  /** The rule; attestations answer it. */
  public static Rule create() {
    return new AttestedRule(METADATA, "that a forensic readiness policy is in force");
  }
}
