package dev.readiness.api.fix;

import dev.readiness.api.ArmChange;
import dev.readiness.api.Change;
import dev.readiness.api.Finding;
import dev.readiness.api.FixParameter;
import dev.readiness.api.GraphRequest;
import dev.readiness.api.HumanStep;
import java.util.List;

/**
 * A plan as {@code plan.md}: each failure with its changes, which of them need a person and why,
 * and what each costs where it costs money.
 */
public final class PlanMarkdown {
  private PlanMarkdown() {}

  /** The plan of {@code plan}. */
  public static String render(FixPlan plan) {
    StringBuilder md = new StringBuilder("# Fix plan\n\n");
    md.append(plan.failures().size())
        .append(" failures. `main.bicep` (or `main.json`) makes the ARM changes a template can")
        .append(" make, `fix.sh` makes every ARM change and the Graph requests with the az CLI,")
        .append(" `graph.http` holds the Graph requests alone.\n");
    if (!plan.parameters().isEmpty()) {
      md.append("\n## Parameters\n\n");
      for (FixParameter parameter : plan.parameters()) {
        md.append("- `")
            .append(parameter.name())
            .append("` = `")
            .append(plan.valueOf(parameter))
            .append("`: ")
            .append(parameter.description())
            .append('\n');
      }
    }
    onlyTheScript(md, TemplateChanges.leftOut(plan));
    md.append("\n## Failures\n");
    for (Finding failure : plan.failures()) {
      md.append("\n### ")
          .append(failure.ruleId())
          .append(" on ")
          .append(failure.target().name())
          .append("\n\n`")
          .append(failure.target().id())
          .append("`\n\n")
          .append(failure.message())
          .append("\n\n");
      if (failure.fix().isEmpty()) {
        md.append(
                failure.remediation().isHumanAct()
                    ? "- **Needs a human**, nothing here can be automated: "
                    : "- **No per-resource fix is built for this rule yet.** The rule's summary: ")
            .append(failure.remediation().portal())
            .append('\n');
        continue;
      }
      for (Change change : failure.fix().changes()) {
        md.append("- ").append(describe(change)).append('\n');
      }
    }
    return md.toString();
  }

  /** The changes only {@code fix.sh} makes, and why; nothing when the templates make them all. */
  private static void onlyTheScript(StringBuilder md, List<FixPlan.Placed<ArmChange>> leftOut) {
    if (leftOut.isEmpty()) {
      return;
    }
    md.append("\n## Only in fix.sh\n\n")
        .append("`main.bicep` and `main.json` leave out these PATCH changes. ")
        .append(TemplateChanges.WHY_LEFT_OUT.replace("fix.sh", "`fix.sh`"))
        .append("\n\n");
    for (FixPlan.Placed<ArmChange> placed : leftOut) {
      ArmChange change = placed.change();
      md.append("- ")
          .append(placed.failure().ruleId())
          .append(": PATCH `")
          .append(change.resourceId())
          .append("` sets `")
          .append(JsonText.compact(JsonText.tree(change.body(), FixParameter::inId)))
          .append("`: ")
          .append(change.summary())
          .append('\n');
    }
  }

  private static String describe(Change change) {
    if (change instanceof HumanStep human) {
      return "**Needs a human** (" + human.who() + "): " + human.text();
    }
    if (change instanceof GraphRequest graph) {
      return "Graph "
          + graph.method()
          + " `"
          + graph.path()
          + "` (permission "
          + graph.permission()
          + "): "
          + graph.summary();
    }
    ArmChange arm = (ArmChange) change;
    return "ARM "
        + arm.method()
        + (arm.method() == ArmChange.Method.PUT ? "" : " (only in `fix.sh`)")
        + " `"
        + arm.resourceId()
        + "`: "
        + arm.summary()
        + arm.cost().map(cost -> " **Cost:** " + cost).orElse("");
  }
}
