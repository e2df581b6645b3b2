package dev.readiness.examples.docs;

import dev.readiness.api.Category;
import dev.readiness.api.Evidence;
import dev.readiness.api.Json;
import dev.readiness.api.Remediation;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceType;
import dev.readiness.api.Rule;
import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleMetadata;
import dev.readiness.api.Severity;

/** An in-house rule that judges by the retention the organisation chose. */
final class ConfidentialLogsRule implements Rule {
  static final ResourceType WORKSPACES =
      ResourceType.of("Microsoft.OperationalInsights/workspaces");

  private final int days;
  private final RuleMetadata metadata;

  ConfidentialLogsRule(int days) {
    this.days = days;
    this.metadata =
        RuleMetadata.builder("ACME-LOG-01")
            .title("Workspaces keep logs " + days + " days")
            .category(Category.LOGGING_AND_MONITORING)
            .severity(Severity.MEDIUM, "Logs deleted early cannot answer an investigation.")
            .rationale("How far back can an investigation look?")
            .remediation(
                Remediation.of(
                    "Log Analytics workspace > Usage and estimated costs > Data retention.",
                    "az monitor log-analytics workspace update --retention-time <days>"))
            .reads(WORKSPACES)
            .build();
  }

  @Override
  public RuleMetadata metadata() {
    return metadata;
  }

  @Override
  public void evaluate(RuleContext context) {
    for (Resource workspace : context.resources(WORKSPACES)) {
      Json kept = workspace.properties().get("retentionInDays");
      long keptDays = kept.longValue().orElse(0);
      var finding = context.report(workspace).evidence(Evidence.of(kept, "at least " + days));
      String message = workspace.name() + " keeps logs " + keptDays + " days.";
      if (keptDays >= days) {
        finding.pass(message);
      } else {
        finding.fail(message);
      }
    }
  }
}
