package dev.readiness.api.fix;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.api.ArmChange;
import dev.readiness.api.FixParameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plan's ARM changes as one subscription-scope ARM template: each change is a nested deployment
 * into its own subscription (and resource group), whose template holds the resource, written as an
 * extension resource with {@code scope} when it hangs on another resource (a diagnostic setting)
 * and as a child resource with a {@code parent/child} name otherwise. Parameters are the template's
 * parameters, evaluated in the outer scope; the chosen values go into {@code main.parameters.json}.
 * A deployment depends on the earlier ones that make what it needs. PATCH changes are left out, as
 * a template can only PUT a whole resource; the template's {@code metadata.leftOut} names each and
 * says why ({@code TemplateChanges}). Template syntax:
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
    List<FixPlan.Placed<ArmChange>> leftOut = TemplateChanges.leftOut(plan);
    if (!leftOut.isEmpty()) {
      ObjectNode metadata = template.putObject("metadata");
      if (TemplateChanges.deployments(plan).isEmpty()) {
        metadata.put("description", TemplateChanges.NONE_DEPLOYED);
      }
      metadata.set("leftOut", leftOut(leftOut));
    }
    ObjectNode parameters = template.putObject("parameters");
    for (FixParameter parameter : plan.parameters()) {
      ObjectNode declared = parameters.putObject(parameter.name());
      declared.put("type", "string").put("defaultValue", parameter.defaultValue());
      declared.putObject("metadata").put("description", parameter.description());
    }
    ArrayNode resources = template.putArray("resources");
    for (TemplateChanges.Deployment deployment : TemplateChanges.deployments(plan)) {
      ObjectNode nested = deployment(deployment);
      if (!deployment.after().isEmpty()) {
        ArrayNode after = nested.putArray("dependsOn");
        deployment.after().forEach(number -> after.add(TemplateChanges.name(number)));
      }
      resources.add(nested);
    }
    return JsonText.pretty(template);
  }

  /**
   * The changes a template leaves to {@code fix.sh}, for its metadata: why, and each change's
   * resource id and what it sets, parameters as {@code {name}}.
   */
  private static ObjectNode leftOut(List<FixPlan.Placed<ArmChange>> changes) {
    ObjectNode leftOut = JSON.objectNode();
    leftOut.put("why", TemplateChanges.WHY_LEFT_OUT);
    ArrayNode listed = leftOut.putArray("changes");
    for (FixPlan.Placed<ArmChange> placed : changes) {
      ArmChange change = placed.change();
      ObjectNode item = listed.addObject();
      item.put("method", change.method().name())
          .put("resourceId", change.resourceId())
          .put("apiVersion", change.apiVersion())
          .put("summary", change.summary());
      item.set("sets", JsonText.tree(change.body(), FixParameter::inId));
    }
    return leftOut;
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

  private static ObjectNode deployment(TemplateChanges.Deployment deployment) {
    ArmChange arm = deployment.change();
    List<FixParameter> parameters = deployment.parameters();
    Placement where = Placement.of(arm.resourceId());
    ObjectNode nested = JSON.objectNode();
    nested
        .put("type", "Microsoft.Resources/deployments")
        .put("apiVersion", "2022-09-01")
        .put("name", deployment.name());
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
      resource.put("scope", expression(where.scope(), parameters));
    }
    resource.setAll(
        (ObjectNode)
            JsonText.tree(
                arm.body(),
                p -> "[parameters('" + p.name() + "')]",
                text -> expression(text, parameters)));
    inner.putArray("resources").add(resource);
    return nested;
  }

  /**
   * {@code text} as a template value: the text itself when it names no parameter, the parameter
   * expression when it is a whole {@code {name}}, and otherwise a {@code concat} of its literal
   * parts and parameters (a child's name such as {@code {vault}/Azure/container}). A literal that
   * starts with {@code [} and ends with {@code ]} gets a second {@code [}, or ARM would evaluate it
   * as an expression.
   */
  private static String expression(String text, List<FixParameter> parameters) {
    List<Object> parts = TemplateChanges.parts(text, parameters);
    if (parts.stream().noneMatch(FixParameter.class::isInstance)) {
      return text.startsWith("[") && text.endsWith("]") ? "[" + text : text;
    }
    List<String> written = new ArrayList<>();
    for (Object part : parts) {
      written.add(
          part instanceof FixParameter parameter
              ? "parameters('" + parameter.name() + "')"
              : "'" + ((String) part).replace("'", "''") + "'");
    }
    return written.size() == 1
        ? "[" + written.get(0) + "]"
        : "[concat(" + String.join(", ", written) + ")]";
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
