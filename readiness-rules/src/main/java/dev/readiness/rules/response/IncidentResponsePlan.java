package dev.readiness.rules.response;

import dev.readiness.api.Category;
import dev.readiness.api.Remediation;
import dev.readiness.api.Rule;
import dev.readiness.api.RuleMetadata;
import dev.readiness.api.Severity;
import dev.readiness.rules.checklist.ChecklistRow;
import dev.readiness.rules.governance.AttestedRule;

/** FR-IR-05: an incident response plan exists and is current (attested). */
public final class IncidentResponsePlan {
  static final RuleMetadata METADATA =
      RuleMetadata.builder("FR-IR-05")
          .title("An incident response plan is in force")
          .category(Category.INCIDENT_RESPONSE)
          .severity(
              Severity.MEDIUM,
              "Without a plan, the first hours of an incident go to deciding who does what while"
                  + " volatile evidence expires.")
          .rationale(
              "Protects the question 'did we collect the evidence before it was gone?': a plan"
                  + " names the responders, the order of evidence collection (memory, disks, logs)"
                  + " and who may isolate or rebuild systems, so the evidence is secured first.")
          .remediation(
              Remediation.humanAct(
                  "Write and approve an incident response plan for the Azure estate (roles,"
                      + " contacts, evidence collection order, containment and communication),"
                      + " exercise it, then record an attestation for FR-IR-05 with the document"
                      + " link, its owner and the approval date."))
          .learnMore("https://learn.microsoft.com/security/operations/incident-response-planning")
          .controls("MCSB IR-1")
          .checklistItems(ChecklistRow.INCIDENT_RESPONSE_PLAN.text())
          .manual()
          .build();

  private IncidentResponsePlan() {}

  /** The rule; attestations answer it. */
  public static Rule create() {
    return new AttestedRule(METADATA, "that an incident response plan exists");
  }
}
