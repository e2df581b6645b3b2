package dev.readiness.api.fix;

import dev.readiness.api.ArmChange;
import dev.readiness.api.FixParameter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One deployment of a plan as a Bicep module, {@code changes/NN.bicep}: its target scope (the
 * resource group, the subscription or the tenant its resource lies in), the parameters it uses, and
 * the resource in Bicep syntax, named {@code parent/child} as a child and, as an extension
 * resource, with {@code scope} set to an {@code existing} declaration of what it hangs on. It
 * declares what the matching nested deployment of {@code main.json} declares.
 *
 * @param deployment the deployment
 * @param path the file's path below the output directory
 * @param text the file
 * @param scope how {@code main.bicep} scopes the module: {@code resourceGroup(..)}, {@code
 *     subscription(..)} or {@code tenant()}
 * @param parameters the parameters it declares, in plan order
 */
record BicepModule(
    TemplateChanges.Deployment deployment,
    String path,
    String text,
    String scope,
    List<FixParameter> parameters) {
  /** The symbol of the resource a change makes, and of the existing one it hangs on. */
  static final Set<String> SYMBOLS = Set.of("change", "target");

  /** The module of {@code deployment}, written to {@code path}. */
  static BicepModule of(TemplateChanges.Deployment deployment, String path, FixPlan plan) {
    ArmChange arm = deployment.change();
    List<FixParameter> known = deployment.parameters();
    ArmTemplate.Placement where = ArmTemplate.Placement.of(arm.resourceId());
    Set<FixParameter> used = new LinkedHashSet<>();
    // The scope is main.bicep's to evaluate: the parameters it names are not the module's.
    Set<FixParameter> usedByScope = new LinkedHashSet<>();
    StringBuilder resources = new StringBuilder();
    String scope;
    String targetScope;
    if (where.subscription() == null) {
      targetScope = "tenant";
      scope = "tenant()";
    } else if (where.resourceGroup() == null) {
      targetScope = "subscription";
      scope = "subscription(" + BicepText.value(where.subscription(), known, usedByScope) + ")";
    } else {
      targetScope = "resourceGroup";
      scope =
          "resourceGroup("
              + BicepText.value(where.subscription(), known, usedByScope)
              + ", "
              + BicepText.value(where.resourceGroup(), known, usedByScope)
              + ")";
    }
    if (where.scope() != null) {
      existing(resources, where.scope(), arm, plan, known, used);
    }
    resources
        .append("resource change ")
        .append(BicepText.quoted(arm.type() + "@" + arm.apiVersion()))
        .append(" = {\n");
    if (where.scope() != null) {
      resources.append("  scope: target\n");
    }
    resources.append("  name: ").append(BicepText.value(where.name(), known, used)).append('\n');
    StringBuilder body = new StringBuilder();
    BicepText.append(body, JsonText.tree(arm.body(), FixParameter::inId), "", known, used);
    // The body's fields follow name at the resource's top level.
    String inner = body.toString();
    if (inner.startsWith("{\n")) {
      resources.append(inner, 2, inner.length() - 1);
    }
    resources.append("}\n");

    StringBuilder text = new StringBuilder();
    text.append("// ")
        .append(deployment.name())
        .append(", ")
        .append(deployment.placed().failure().ruleId())
        .append(": ")
        .append(arm.summary().replace('\n', ' '))
        .append("\ntargetScope = '")
        .append(targetScope)
        .append("'\n");
    List<FixParameter> declared = known.stream().filter(used::contains).toList();
    for (FixParameter parameter : declared) {
      text.append("\n@description(")
          .append(BicepText.quoted(parameter.description()))
          .append(")\nparam ")
          .append(parameter.name())
          .append(" string\n");
    }
    text.append('\n').append(resources);
    return new BicepModule(deployment, path, text.toString(), scope, declared);
  }

  /**
   * Declares {@code target}, the existing resource at {@code scope} (relative to the resource
   * group: {@code NS/type/name[/type/name]...}) that the change hangs on.
   */
  private static void existing(
      StringBuilder out,
      String scope,
      ArmChange arm,
      FixPlan plan,
      List<FixParameter> known,
      Set<FixParameter> used) {
    String[] segments = scope.split("/");
    StringBuilder type = new StringBuilder(segments[0]);
    StringBuilder name = new StringBuilder();
    for (int i = 1; i + 1 < segments.length; i += 2) {
      type.append('/').append(segments[i]);
      name.append(name.length() == 0 ? "" : "/").append(segments[i + 1]);
    }
    String version =
        ExistingApiVersions.of(type.toString(), plan)
            .orElseGet(
                () -> {
                  out.append("// No published API version of ")
                      .append(type)
                      .append(" is known here, so Bicep may warn that it has no types for it;")
                      .append(" the deployment uses only the resource's id.\n");
                  return arm.apiVersion();
                });
    out.append(
            "// The resource the change hangs on. Its API version only types the symbol: the"
                + " deployment uses its id.\n")
        .append("resource target ")
        .append(BicepText.quoted(type + "@" + version))
        .append(" existing = {\n  name: ")
        .append(BicepText.value(name.toString(), known, used))
        .append("\n}\n\n");
  }
}
