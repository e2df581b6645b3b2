package dev.readiness.rules.governance;

import dev.readiness.api.Category;
import dev.readiness.api.Remediation;
import dev.readiness.api.Rule;
import dev.readiness.api.RuleMetadata;
import dev.readiness.api.Severity;
import dev.readiness.rules.checklist.ChecklistRow;

/** FR-GOV-02: administrators are trained in evidence preservation (attested). */
public final class AdministratorTraining {
  static final RuleMetadata METADATA =
      RuleMetadata.builder("FR-GOV-02")
          .title("Administrators are trained to preserve evidence")
          .category(Category.POLICIES_AND_PROCESSES)
          .severity(
              Severity.LOW,
              "Untrained administrators destroy evidence in good faith: they rebuild, restore or"
                  + " delete before anyone has taken a copy.")
          .rationale(
              "Protects the question 'what did the system look like before we touched it?':"
                  + " administrators who know to snapshot disks, export logs and keep a"
                  + " compromised VM isolated rather than deleted keep the evidence an"
                  + " investigation starts from.")
          .remediation(
              Remediation.humanAct(
                  "Train every administrator of the tenant in incident first steps and evidence"
                      + " preservation at least yearly, keep the attendance record, and record"
                      + " an attestation for FR-GOV-02 with the record's link, its owner and the"
                      + " training date."))
          .learnMore("https://learn.microsoft.com/security/operations/incident-response-playbooks")
          .controls("MCSB IR-1")
          .checklistItems(ChecklistRow.ADMINISTRATOR_TRAINING.text())
          .manual()
          .build();

  private AdministratorTraining() {}

  /** The rule; attestations answer it. */
  public static Rule create() {
    return new AttestedRule(METADATA, "that administrators are trained to preserve evidence");
  }
}
