package dev.readiness.testkit;

import dev.readiness.api.Evidence;
import dev.readiness.api.Finding;
import dev.readiness.api.ResourceId;
import dev.readiness.api.Target;
import java.util.List;

/** How the testkit names targets and prints findings in failure messages: one place decides. */
final class FindingText {
  private FindingText() {}

  /**
   * True when {@code target} is what a test calls {@code resource}: its id when {@code resource}
   * starts with {@code /}, otherwise its name; both ignoring case, as Azure does.
   */
  static boolean isAbout(Target target, String resource) {
    return resource.startsWith("/")
        ? target.id().toString().equalsIgnoreCase(resource)
        : target.name().equalsIgnoreCase(resource);
  }

  /** As {@link #isAbout(Target, String)}; the tenant as a whole also answers to its tenant id. */
  static boolean isAbout(Target target, String resource, String tenantId) {
    return isAbout(target, resource)
        || (target.id().equals(ResourceId.TENANT)
            && !tenantId.isEmpty()
            && tenantId.equalsIgnoreCase(resource));
  }

  /** True when some evidence of {@code finding} was read at {@code pointer}. */
  static boolean hasEvidenceAt(Finding finding, String pointer) {
    return finding.evidence().stream().anyMatch(e -> e.pointer().equals(pointer));
  }

  /** One finding on one line, its evidence on the lines below. */
  static String describe(Finding finding) {
    StringBuilder text =
        new StringBuilder()
            .append(finding.ruleId())
            .append(' ')
            .append(finding.status())
            .append(" on ")
            .append(finding.target().name())
            .append(" (")
            .append(finding.target().id())
            .append("): ")
            .append(finding.message());
    for (Evidence evidence : finding.evidence()) {
      text.append("\n      evidence ")
          .append(evidence.resourceId())
          .append(evidence.pointer().isEmpty() ? "" : " at " + evidence.pointer())
          .append(": observed ")
          .append(evidence.observed())
          .append(", expected ")
          .append(evidence.expected());
    }
    return text.toString();
  }

  /** Every finding, one per entry, or a note that there were none. */
  static String describeAll(List<Finding> findings) {
    if (findings.isEmpty()) {
      return "  (no findings)";
    }
    StringBuilder text = new StringBuilder();
    for (Finding finding : findings) {
      text.append("  ").append(describe(finding)).append('\n');
    }
    return text.toString().stripTrailing();
  }
}
