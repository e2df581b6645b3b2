package dev.readiness.api.fix;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.api.ArmChange;
import dev.readiness.api.FixParameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A plan's ARM changes as one subscription-scope ARM template: each change is a nested deployment
 * into its own subscription (and resource group), whose template holds the resource, written as an
 * extension resource with {@code scope} when it hangs on another resource (a diagnostic setting)
 * and as a child resource with a {@code parent/child} name otherwise. Parameters are the template's
 * parameters, evaluated in the outer scope; the chosen values go into {@code main.parameters.json}.
 * A deployment depends on the earlier ones that make what it needs. Template syntax:
 * https://learn.microsoft.com/azure/azure-resource-manager/templates/deploy-to-subscription,
 * https://learn.microsoft.com/azure/azure-resource-manager/templates/scope-extension-resources.
 */
public final class ArmTemplate {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final String SUBSCRIPTION_SCHEMA =
      "https://schema.management.azure.com/schemas/2018-05-01/subscriptionDeploymentTemplate.json#";
  private static final String GROUP_SCHEMA =
      "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#";
  private static final String TENANT_SCHEMA =
      "https://schema.management.azure.com/schemas/2019-08-01/tenantDeploymentTemplate.json#";

  private ArmTemplate() {}

  /** The template ({@code main.json}) of {@code plan}. */
  public static String render(FixPlan plan) {
    ObjectNode template = JSON.objectNode();
    template.put("$schema", SUBSCRIPTION_SCHEMA).put("contentVersion", "1.0.0.0");
    ObjectNode parameters = template.putObject("parameters");
    for (FixParameter parameter : plan.parameters()) {
      ObjectNode declared = parameters.putObject(parameter.name());
      declared.put("type", "string").put("defaultValue", parameter.defaultValue());
      declared.putObject("metadata").put("description", parameter.description());
    }
    ArrayNode resources = template.putArray("resources");
    List<ArmChange> earlier = new ArrayList<>();
    for (FixPlan.Placed<ArmChange> placed : plan.armChanges()) {
      ObjectNode deployment = deployment(earlier.size() + 1, placed.change(), placed.parameters());
      ArrayNode after = JSON.arrayNode();
      for (int i = 0; i < earlier.size(); i++) {
        if (needs(placed.change(), earlier.get(i))) {
          after.add(name(i + 1));
        }
      }
      if (!after.isEmpty()) {
        deployment.set("dependsOn", after);
      }
      resources.add(deployment);
      earlier.add(placed.change());
    }
    return JsonText.pretty(template);
  }

  /**
   * True when {@code later} needs what {@code earlier} makes: its body names the earlier resource
   * (an interface naming its new NSG), or it lies on or below it (a diagnostic setting of a new
   * resource). ARM deploys the nested deployments of a template in parallel unless one depends on
   * another, so the plan's order alone would not hold.
   */
  private static boolean needs(ArmChange later, ArmChange earlier) {
    String id = earlier.resourceId().toLowerCase(Locale.ROOT);
    String body = JsonText.compact(JsonText.tree(later.body(), FixParameter::inId));
    return body.toLowerCase(Locale.ROOT).contains(id)
        || later.resourceId().toLowerCase(Locale.ROOT).startsWith(id + "/");
  }

  private static String name(int number) {
    return "readiness-fix-" + number;
  }

  /** The parameters file ({@code main.parameters.json}) with the plan's values. */
  public static String parameters(FixPlan plan) {
    ObjectNode file = JSON.objectNode();
    file.put(
            "$schema",
            "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#")
        .put("contentVersion", "1.0.0.0");
    ObjectNode values = file.putObject("parameters");
    plan.parameters().forEach(p -> values.putObject(p.name()).put("value", plan.valueOf(p)));
    return JsonText.pretty(file);
  }

  private static ObjectNode deployment(int number, ArmChange arm, List<FixParameter> parameters) {
    Placement where = Placement.of(arm.resourceId());
    ObjectNode nested = JSON.objectNode();
    nested
        .put("type", "Microsoft.Resources/deployments")
        .put("apiVersion", "2022-09-01")
        .put("name", name(number));
    if (where.subscription() == null) {
      // A tenant resource (the Entra ID diagnostic settings): a subscription deployment reaches it
      // through a nested deployment scoped to "/"
      // (https://learn.microsoft.com/azure/azure-resource-manager/templates/deploy-to-subscription#scope-to-tenant).
      nested.put("scope", "/").put("location", "[deployment().location]");
    } else {
      nested.put("subscriptionId", expression(where.subscription(), parameters));
    }
    if (where.resourceGroup() != null) {
      nested.put("resourceGroup", expression(where.resourceGroup(), parameters));
    } else if (where.subscription() != null) {
      nested.put("location", "[deployment().location]");
    }
    ObjectNode properties = nested.putObject("properties");
    properties.put("mode", "Incremental");
    properties.putObject("expressionEvaluationOptions").put("scope", "outer");
    ObjectNode inner = properties.putObject("template");
    inner.put("$schema", where.schema()).put("contentVersion", "1.0.0.0");
    ObjectNode resource = JSON.objectNode();
    resource
        .put("type", arm.type())
        .put("apiVersion", arm.apiVersion())
        .put("name", expression(where.name(), parameters));
    if (where.scope() != null) {
      resource.put("scope", where.scope());
    }
    resource.setAll(
        (ObjectNode)
            withExpressions(
                JsonText.tree(arm.body(), p -> "[parameters('" + p.name() + "')]"), parameters));
    inner.putArray("resources").add(resource);
    return nested;
  }

  /** {@code node} with each string that names a parameter as {@code {name}} made an expression. */
  private static JsonNode withExpressions(JsonNode node, List<FixParameter> parameters) {
    if (node.isTextual()) {
      return JSON.textNode(expression(node.asText(), parameters));
    }
    if (node instanceof ObjectNode object) {
      object.fields().forEachRemaining(f -> f.setValue(withExpressions(f.getValue(), parameters)));
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        array.set(i, withExpressions(array.get(i), parameters));
      }
    }
    return node;
  }

  /**
   * {@code text} as a template value: the text itself when it names no parameter, the parameter
   * expression when it is a whole {@code {name}}, and otherwise a {@code concat} of its literal
   * parts and parameters (a child's name such as {@code {vault}/Azure/container}).
   */
  private static String expression(String text, List<FixParameter> parameters) {
    List<String> parts = new ArrayList<>();
    int literalStart = 0;
    int at = 0;
    while (at < text.length()) {
      FixParameter named = namedAt(text, at, parameters);
      if (named == null) {
        at++;
        continue;
      }
      if (at > literalStart) {
        parts.add("'" + text.substring(literalStart, at).replace("'", "''") + "'");
      }
      parts.add("parameters('" + named.name() + "')");
      at += named.inId().length();
      literalStart = at;
    }
    if (literalStart == 0) {
      return text;
    }
    if (literalStart < text.length()) {
      parts.add("'" + text.substring(literalStart).replace("'", "''") + "'");
    }
    return parts.size() == 1
        ? "[" + parts.get(0) + "]"
        : "[concat(" + String.join(", ", parts) + ")]";
  }

  private static FixParameter namedAt(String text, int at, List<FixParameter> parameters) {
    for (FixParameter parameter : parameters) {
      if (text.startsWith(parameter.inId(), at)) {
        return parameter;
      }
    }
    return null;
  }

  /**
   * Where a resource id points: its subscription, its resource group (null at subscription level),
   * the scope of an extension resource relative to the group (null for others), and the name a
   * template gives it.
   */
  record Placement(String subscription, String resourceGroup, String scope, String name) {
    static Placement of(String id) {
      List<String> segments = Arrays.asList(id.substring(1).split("/"));
      boolean tenant = segments.size() > 3 && segments.get(0).equalsIgnoreCase("providers");
      if (!tenant && (segments.size() < 2 || !segments.get(0).equalsIgnoreCase("subscriptions"))) {
        throw new IllegalArgumentException(
            "An ARM change in a template needs a subscription-based or tenant provider id: " + id);
      }
      String subscription = tenant ? null : segments.get(1);
      int next = tenant ? 0 : 2;
      String group = null;
      if (!tenant && segments.size() > 3 && segments.get(2).equalsIgnoreCase("resourceGroups")) {
        group = segments.get(3);
        next = 4;
      }
      List<String> rest = segments.subList(next, segments.size());
      int extension = lastProviders(rest);
      String scope = null;
      if (extension > 0) {
        // providers/NS/type/name.../providers/NS2/type2/name2: the scope is what lies between.
        scope = String.join("/", rest.subList(1, extension));
        rest = rest.subList(extension, rest.size());
      }
      // providers/NS/type1/name1/type2/name2: a template names a child parent/child.
      StringBuilder name = new StringBuilder();
      for (int i = 3; i < rest.size(); i += 2) {
        name.append(name.length() == 0 ? "" : "/").append(rest.get(i));
      }
      return new Placement(subscription, group, scope, name.toString());
    }

    /** The schema of the template deployed where this placement points. */
    String schema() {
      if (subscription == null) {
        return TENANT_SCHEMA;
      }
      return resourceGroup != null ? GROUP_SCHEMA : SUBSCRIPTION_SCHEMA;
    }

    private static int lastProviders(List<String> segments) {
      for (int i = segments.size() - 1; i > 0; i--) {
        if (segments.get(i).equalsIgnoreCase("providers")) {
          return i;
        }
      }
      return 0;
    }
  }
}
