package dev.readiness.api.fix;

import dev.readiness.api.ArmChange;
import dev.readiness.api.FixParameter;
import dev.readiness.api.GraphRequest;
import java.util.List;

/**
 * A plan as a bash script of {@code az rest} calls: {@code set -euo pipefail}, each parameter a
 * variable with its default that the environment may override, every value quoted for bash. ARM
 * changes are PUT and PATCH requests, which give the same result when repeated; a Graph POST runs
 * only when no object of the same display name exists yet, so the script is safe to run twice.
 */
public final class AzCliScript {
  private AzCliScript() {}

  /** The script of {@code plan}. */
  public static String render(FixPlan plan) {
    StringBuilder sh = new StringBuilder();
    sh.append("#!/usr/bin/env bash\n")
        // Bodies are single-quoted so that nothing in them expands; that is the point, not a slip.
        .append("# shellcheck disable=SC2016\n")
        .append("# Fixes for the failures of a forensic readiness scan. Review before running.\n")
        .append("# Needs: az login with rights to change the resources below.\n")
        .append("set -euo pipefail\n");
    if (!plan.parameters().isEmpty()) {
      sh.append('\n');
    }
    for (FixParameter parameter : plan.parameters()) {
      String variable = Shell.variable(parameter);
      sh.append("# ")
          .append(parameter.description())
          .append('\n')
          .append(variable)
          .append("=\"${")
          .append(variable)
          .append(":-")
          .append(Shell.doubleQuoted(plan.valueOf(parameter), List.of()))
          .append("}\"\n");
    }
    for (FixPlan.Placed<ArmChange> placed : plan.armChanges()) {
      ArmChange arm = placed.change();
      sh.append("\n# ")
          .append(placed.failure().ruleId())
          .append(": ")
          .append(arm.summary())
          .append('\n')
          .append("az rest --method ")
          .append(arm.method().name().toLowerCase(java.util.Locale.ROOT))
          .append(" \\\n  --url ")
          .append(
              Shell.doubleQuoted(
                  "https://management.azure.com"
                      + arm.resourceId()
                      + "?api-version="
                      + arm.apiVersion(),
                  placed.parameters()))
          .append(" \\\n  --body ")
          .append(body(arm.body(), placed.parameters()))
          .append('\n');
    }
    for (FixPlan.Placed<GraphRequest> placed : plan.graphRequests()) {
      GraphRequest graph = placed.change();
      String url =
          Shell.doubleQuoted(
              "https://graph.microsoft.com/v1.0" + graph.path(), placed.parameters());
      String call =
          "az rest --method "
              + graph.method().toLowerCase(java.util.Locale.ROOT)
              + " \\\n  --url "
              + url
              + " \\\n  --headers 'Content-Type=application/json' \\\n  --body "
              + body(graph.body(), placed.parameters());
      sh.append("\n# ")
          .append(placed.failure().ruleId())
          .append(": ")
          .append(graph.summary())
          .append(" Needs the Graph permission ")
          .append(graph.permission())
          .append(".\n");
      Object name = graph.body().get("displayName");
      if (graph.method().equals("POST") && name instanceof String displayName) {
        sh.append("existing=$(az rest --method get --url ")
            .append(url)
            .append(" --query ")
            .append(
                Shell.doubleQuoted(
                    "length(value[?displayName=='" + displayName.replace("'", "\\'") + "'])",
                    List.of()))
            .append(" --output tsv)\n")
            .append("if [ \"$existing\" = \"0\" ]; then\n  ")
            .append(call.replace("\n", "\n  "))
            .append("\nfi\n");
      } else {
        sh.append(call).append('\n');
      }
    }
    return sh.toString();
  }

  /**
   * The body in single quotes, each parameter spliced in from its double-quoted variable, and each
   * {@code {name}} inside a string as well.
   */
  private static String body(Object body, List<FixParameter> parameters) {
    // A marker JSON keeps as it is, around each parameter's name.
    String marker = "~~fix-parameter~~";
    String json = JsonText.compact(JsonText.tree(body, p -> marker + p.name() + marker));
    for (FixParameter parameter : parameters) {
      json = json.replace(parameter.inId(), marker + parameter.name() + marker);
    }
    StringBuilder quoted = new StringBuilder();
    String[] parts = json.split(java.util.regex.Pattern.quote(marker), -1);
    for (int i = 0; i < parts.length; i++) {
      if (i % 2 == 0) {
        quoted.append(Shell.singleQuoted(parts[i]));
      } else {
        quoted.append("\"${").append(Shell.variable(parts[i])).append("}\"");
      }
    }
    return quoted.toString();
  }
}
