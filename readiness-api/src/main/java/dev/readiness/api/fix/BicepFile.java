package dev.readiness.api.fix;

import dev.readiness.api.ArmChange;
import dev.readiness.api.FixParameter;
import java.util.List;

/**
 * A plan's ARM changes as {@code main.bicep}: the parameters, each with its description and
 * default, and the ARM template {@code main.json} deployed as a module at subscription scope (a
 * Bicep module may be an ARM JSON template:
 * https://learn.microsoft.com/azure/azure-resource-manager/bicep/modules). Deploy with {@code az
 * deployment sub create --location LOCATION --template-file main.bicep --parameters
 * main.parameters.json}.
 */
public final class BicepFile {
  private BicepFile() {}

  /** The Bicep file of {@code plan}. */
  public static String render(FixPlan plan) {
    StringBuilder bicep = new StringBuilder(leftOutHeader(plan));
    bicep.append("targetScope = 'subscription'\n");
    for (FixParameter parameter : plan.parameters()) {
      bicep
          .append("\n@description(")
          .append(quoted(parameter.description()))
          .append(")\nparam ")
          .append(parameter.name())
          .append(" string = ")
          .append(quoted(parameter.defaultValue()))
          .append('\n');
    }
    if (TemplateChanges.deployments(plan).isEmpty()) {
      return bicep.toString();
    }
    bicep.append("\nmodule fixes 'main.json' = {\n  name: 'readiness-fixes'\n  params: {\n");
    for (FixParameter parameter : plan.parameters()) {
      bicep
          .append("    ")
          .append(parameter.name())
          .append(": ")
          .append(parameter.name())
          .append('\n');
    }
    return bicep.append("  }\n}\n").toString();
  }

  /**
   * Comment lines naming the plan's changes this file leaves out, each with its resource id and
   * what it sets, and why; nothing when it leaves none out.
   */
  static String leftOutHeader(FixPlan plan) {
    List<FixPlan.Placed<ArmChange>> leftOut = TemplateChanges.leftOut(plan);
    if (leftOut.isEmpty()) {
      return "";
    }
    StringBuilder header = new StringBuilder();
    if (TemplateChanges.deployments(plan).isEmpty()) {
      header.append("// ").append(TemplateChanges.NONE_DEPLOYED).append('\n');
    }
    header
        .append("// Left out of this template, made only by fix.sh:\n")
        .append("// ")
        .append(TemplateChanges.WHY_LEFT_OUT)
        .append('\n');
    for (FixPlan.Placed<ArmChange> placed : leftOut) {
      ArmChange change = placed.change();
      header
          .append("// - ")
          .append(placed.failure().ruleId())
          .append(": PATCH ")
          .append(change.resourceId())
          .append("?api-version=")
          .append(change.apiVersion())
          .append(" sets ")
          .append(JsonText.compact(JsonText.tree(change.body(), FixParameter::inId)))
          .append(" (")
          .append(change.summary().replace('\n', ' '))
          .append(")\n");
    }
    return header.append('\n').toString();
  }

  /** {@code text} as a Bicep string literal. */
  private static String quoted(String text) {
    return "'"
        + text.replace("\\", "\\\\").replace("'", "\\'").replace("${", "\\${").replace("\n", "\\n")
        + "'";
  }
}
