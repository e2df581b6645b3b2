package dev.readiness.api.fix;

import dev.readiness.api.ArmChange;
import dev.readiness.api.FixParameter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A plan's ARM changes as Bicep: {@code main.bicep} at subscription scope declares the parameters,
 * each with its description and default, and deploys one module per change, {@code
 * changes/NN.bicep} ({@code BicepModule}), into the resource group, subscription or tenant its
 * resource lies in, after the modules that make what it needs. The deployments, their names and
 * order are those of {@code main.json}, and the PATCH changes a template cannot make are named in a
 * comment header instead. Deploy with {@code az deployment sub create --location LOCATION
 * --template-file main.bicep --parameters main.parameters.json}
 * (https://learn.microsoft.com/azure/azure-resource-manager/bicep/modules).
 */
public final class BicepFile {
  /** Names a parameter cannot take, as the files use them for their own symbols and functions. */
  private static final Set<String> TAKEN =
      Set.of("az", "sys", "resourceGroup", "subscription", "tenant");

  private BicepFile() {}

  /** {@code main.bicep} of {@code plan}. */
  public static String render(FixPlan plan) {
    return files(plan).values().iterator().next();
  }

  /**
   * Every Bicep file of {@code plan} by its path below the output directory: {@code main.bicep}
   * first, then {@code changes/NN.bicep} of each change in order.
   *
   * @throws IllegalArgumentException when a parameter's name is one the files use for themselves
   */
  public static Map<String, String> files(FixPlan plan) {
    for (FixParameter parameter : plan.parameters()) {
      if (TAKEN.contains(parameter.name())
          || BicepModule.SYMBOLS.contains(parameter.name())
          || parameter.name().matches("change[0-9]+")) {
        throw new IllegalArgumentException(
            "The fix parameter '"
                + parameter.name()
                + "' has a name the Bicep files use for their own symbols.");
      }
    }
    List<TemplateChanges.Deployment> deployments = TemplateChanges.deployments(plan);
    int width = Math.max(2, String.valueOf(deployments.size()).length());
    List<BicepModule> modules = new ArrayList<>();
    for (TemplateChanges.Deployment deployment : deployments) {
      String path =
          String.format(Locale.ROOT, "changes/%0" + width + "d.bicep", deployment.number());
      modules.add(BicepModule.of(deployment, path, plan));
    }
    Map<String, String> files = new LinkedHashMap<>();
    files.put("main.bicep", main(plan, modules));
    modules.forEach(module -> files.put(module.path(), module.text()));
    return files;
  }

  private static String main(FixPlan plan, List<BicepModule> modules) {
    StringBuilder bicep = new StringBuilder(leftOutHeader(plan));
    bicep.append("targetScope = 'subscription'\n");
    for (FixParameter parameter : plan.parameters()) {
      bicep
          .append("\n@description(")
          .append(BicepText.quoted(parameter.description()))
          .append(")\nparam ")
          .append(parameter.name())
          .append(" string = ")
          .append(BicepText.quoted(parameter.defaultValue()))
          .append('\n');
    }
    for (BicepModule module : modules) {
      TemplateChanges.Deployment deployment = module.deployment();
      bicep
          .append("\nmodule ")
          .append(symbol(deployment.number()))
          .append(" '")
          .append(module.path())
          .append("' = {\n  scope: ")
          .append(module.scope())
          .append("\n  name: '")
          .append(deployment.name())
          .append("'\n");
      if (!module.parameters().isEmpty()) {
        bicep.append("  params: {\n");
        module
            .parameters()
            .forEach(
                p ->
                    bicep
                        .append("    ")
                        .append(p.name())
                        .append(": ")
                        .append(p.name())
                        .append('\n'));
        bicep.append("  }\n");
      }
      if (!deployment.after().isEmpty()) {
        bicep.append("  dependsOn: [\n");
        deployment
            .after()
            .forEach(number -> bicep.append("    ").append(symbol(number)).append('\n'));
        bicep.append("  ]\n");
      }
      bicep.append("}\n");
    }
    return bicep.toString();
  }

  /** The symbol of the module of deployment {@code number}. */
  private static String symbol(int number) {
    return "change" + number;
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
}
