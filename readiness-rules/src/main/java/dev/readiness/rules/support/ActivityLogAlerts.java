package dev.readiness.rules.support;

import dev.readiness.api.ArmChange;
import dev.readiness.api.Json;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceId;
import dev.readiness.api.RuleContext;
import dev.readiness.rules.types.AzureTypes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Decides which activity log alerts watch an operation in a subscription: enabled, scoped to the
 * whole subscription (or above), wired to an action group, and matching the operation by name (or
 * watching every administrative operation).
 */
public final class ActivityLogAlerts {
  private ActivityLogAlerts() {}

  /** The first alert, by id, that watches {@code operation} in {@code subscriptionId}. */
  public static Optional<Resource> watching(
      RuleContext context, String subscriptionId, String operation) {
    return wired(context, subscriptionId)
        .filter(alert -> matches(alert.at("/properties/condition/allOf"), operation, false))
        .findFirst();
  }

  /**
   * The first alert that names {@code operation} but filters a category other than Administrative,
   * so it never fires: worth naming, since CIS suggests category Security for some operations.
   */
  public static Optional<Resource> watchingUnderAnotherCategory(
      RuleContext context, String subscriptionId, String operation) {
    return wired(context, subscriptionId)
        .filter(alert -> matches(alert.at("/properties/condition/allOf"), operation, true))
        .filter(alert -> !matches(alert.at("/properties/condition/allOf"), operation, false))
        .findFirst();
  }

  /** Enabled alerts on the whole subscription that notify an action group. */
  private static Stream<Resource> wired(RuleContext context, String subscriptionId) {
    return context.resources(AzureTypes.ACTIVITY_LOG_ALERTS).stream()
        .filter(alert -> alert.properties().get("enabled").bool().orElse(true))
        .filter(alert -> coversSubscription(alert, subscriptionId))
        .filter(alert -> !alert.at("/properties/actions/actionGroups").items().isEmpty());
  }

  /**
   * An alert on the whole subscription, in category Administrative, that watches {@code operations}
   * and notifies the chosen action group: a PUT of an activity log alert (azure-rest-api-specs
   * specification/monitor/resource-manager/Microsoft.Insights/stable/2020-10-01/activityLogAlerts_API.json;
   * such alerts live in location Global). Alerts are free.
   */
  public static ArmChange alertOn(String subscriptionId, String name, List<String> operations) {
    List<Map<String, Object>> watched = new ArrayList<>();
    operations.forEach(op -> watched.add(Map.of("field", "operationName", "equals", op)));
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("enabled", true);
    properties.put("scopes", List.of(ResourceId.subscription(subscriptionId).toString()));
    properties.put(
        "condition",
        Map.of(
            "allOf",
            List.of(
                Map.of("field", "category", "equals", "Administrative"),
                Map.of("anyOf", watched))));
    properties.put(
        "actions",
        Map.of("actionGroups", List.of(Map.of("actionGroupId", FixParameters.ACTION_GROUP_ID))));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("location", "Global");
    body.put("properties", properties);
    return ArmChange.put(
        ResourceId.subscription(subscriptionId)
            + "/resourceGroups/"
            + FixParameters.ALERT_RESOURCE_GROUP.inId()
            + "/providers/Microsoft.Insights/activityLogAlerts/"
            + name,
        AzureTypes.ACTIVITY_LOG_ALERTS.toString(),
        "2020-10-01",
        body,
        "Create the activity log alert '"
            + name
            + "' on subscription "
            + subscriptionId
            + " for "
            + Texts.joinClauses(operations)
            + ", notifying the security action group.");
  }

  /**
   * A Bicep snippet for an alert on the subscription that watches {@code operations}, for
   * remediations.
   */
  public static String bicep(String name, String... operations) {
    StringBuilder conditions = new StringBuilder();
    for (String operation : operations) {
      conditions
          .append("        { field: 'operationName', equals: '")
          .append(operation)
          .append("' }\n");
    }
    return "resource alert 'Microsoft.Insights/activityLogAlerts@2020-10-01' = {\n"
        + "  name: '"
        + name
        + "'\n"
        + "  location: 'Global'\n"
        + "  properties: {\n"
        + "    enabled: true\n"
        + "    scopes: [ subscription().id ]\n"
        + "    condition: { allOf: [\n"
        + "      { field: 'category', equals: 'Administrative' }\n"
        + "      { anyOf: [\n"
        + conditions
        + "      ] } ] }\n"
        + "    actions: { actionGroups: [ { actionGroupId: actionGroupId } ] }\n"
        + "  }\n"
        + "}";
  }

  /**
   * True when one of the alert's scopes is the subscription or lies above it. Scopes are prefixes
   * of the events' resource ids (azure-rest-api-specs
   * specification/monitor/resource-manager/Microsoft.Insights/stable/2020-10-01/activityLogAlerts_API.json,
   * "scopes"), so an alert scoped to a resource group or a resource never sees a role assignment
   * made on the subscription or in another resource group.
   */
  private static boolean coversSubscription(Resource alert, String subscriptionId) {
    ResourceId subscription = ResourceId.subscription(subscriptionId);
    return alert.at("/properties/scopes").items().stream()
        .map(Ids::parse)
        .flatMap(Optional::stream)
        .anyMatch(subscription::isWithin);
  }

  /**
   * True when every condition of {@code allOf} lets {@code operation} through: an operationName
   * condition must name it; a category condition must be Administrative; other fields narrow the
   * alert to some resources, which no longer watches the operation everywhere.
   */
  private static boolean matches(Json allOf, String operation, boolean anyCategory) {
    List<Json> conditions = allOf.items();
    if (conditions.isEmpty()) {
      return false;
    }
    for (Json condition : conditions) {
      if (!condition.get("anyOf").isMissingOrNull()) {
        if (condition.get("anyOf").items().stream()
            .noneMatch(c -> admits(c, operation, anyCategory))) {
          return false;
        }
      } else if (!admits(condition, operation, anyCategory)) {
        return false;
      }
    }
    return true;
  }

  private static boolean admits(Json condition, String operation, boolean anyCategory) {
    String field = condition.get("field").textOr("");
    if (field.equalsIgnoreCase("operationName")) {
      return condition.get("equals").textEqualsIgnoreCase(operation)
          || condition.get("containsAny").items().stream()
              .anyMatch(v -> v.textEqualsIgnoreCase(operation));
    }
    if (field.equalsIgnoreCase("category")) {
      // Resource Manager logs every create, update, delete and action under Administrative
      // (https://learn.microsoft.com/azure/azure-monitor/platform/activity-log-schema#categories),
      // Microsoft.Security writes included: the built-in policy "An activity log alert should
      // exist for specific Security operations" moved from category Security (1.0.0) to
      // Administrative (1.1.0) (Azure/azure-policy
      // built-in-policies/policyDefinitions/Monitoring/ActivityLog_SecurityOperations_Audit.json).
      // A category Security condition, as CIS suggests for securitySolutions/write, never fires.
      return anyCategory || condition.get("equals").textEqualsIgnoreCase("Administrative");
    }
    return false;
  }
}
