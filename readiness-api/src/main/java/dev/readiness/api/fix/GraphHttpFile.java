package dev.readiness.api.fix;

import dev.readiness.api.FixParameter;
import dev.readiness.api.GraphRequest;

/**
 * A plan's Microsoft Graph requests as a {@code .http} file (the format of the VS Code REST Client
 * and of JetBrains HTTP Client): a variable per parameter, then each request with the permission it
 * needs. Parameters appear as {@code {{name}}}.
 */
public final class GraphHttpFile {
  private GraphHttpFile() {}

  /** The {@code graph.http} file of {@code plan}. */
  public static String render(FixPlan plan) {
    StringBuilder http =
        new StringBuilder(
            "# Microsoft Graph requests of the fix plan. Send each with a token that holds the"
                + " permission named.\n");
    java.util.Map<String, FixParameter> used = new java.util.LinkedHashMap<>();
    plan.graphRequests().forEach(g -> g.parameters().forEach(p -> used.putIfAbsent(p.name(), p)));
    used.values()
        .forEach(
            p ->
                http.append('@')
                    .append(p.name())
                    .append(" = ")
                    .append(plan.valueOf(p))
                    .append('\n'));
    for (FixPlan.Placed<GraphRequest> placed : plan.graphRequests()) {
      GraphRequest graph = placed.change();
      String body = JsonText.pretty(JsonText.tree(graph.body(), p -> "{{" + p.name() + "}}"));
      String path = graph.path();
      for (FixParameter parameter : placed.parameters()) {
        body = body.replace(parameter.inId(), "{{" + parameter.name() + "}}");
        path = path.replace(parameter.inId(), "{{" + parameter.name() + "}}");
      }
      http.append("\n### ")
          .append(placed.failure().ruleId())
          .append(": ")
          .append(graph.summary())
          .append("\n# Permission: ")
          .append(graph.permission())
          .append('\n')
          .append(graph.method())
          .append(" https://graph.microsoft.com/v1.0")
          .append(path)
          .append("\nContent-Type: application/json\n\n")
          .append(body);
    }
    return http.toString();
  }
}
