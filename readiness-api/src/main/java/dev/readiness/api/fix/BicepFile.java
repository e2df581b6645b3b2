package dev.readiness.api.fix;

import dev.readiness.api.FixParameter;

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
    StringBuilder bicep = new StringBuilder("targetScope = 'subscription'\n");
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

  /** {@code text} as a Bicep string literal. */
  private static String quoted(String text) {
    return "'"
        + text.replace("\\", "\\\\").replace("'", "\\'").replace("${", "\\${").replace("\n", "\\n")
        + "'";
  }
}
