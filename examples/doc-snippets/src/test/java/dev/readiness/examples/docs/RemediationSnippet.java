package dev.readiness.examples.docs;

import dev.readiness.api.Resource;
import dev.readiness.api.ResourceType;
import dev.readiness.api.RuleContext;
import dev.readiness.rules.support.DiagnosticLogs;
import dev.readiness.rules.support.LogRouting;

/** The per-finding fix of docs/remediation.md, compiled against the supported rules.support API. */
final class RemediationSnippet {
  private RemediationSnippet() {}

  static void report(
      RuleContext context, Resource resource, ResourceType type, LogRouting routing, String label) {
    // snippet: export-fix
    context
        .report(resource)
        .evidence(routing.evidence())
        .fix(DiagnosticLogs.exportFix(context.snapshot(), resource.id(), type, routing.uncovered()))
        .fail(label + " does not export ...");
    // end-snippet
  }
}
