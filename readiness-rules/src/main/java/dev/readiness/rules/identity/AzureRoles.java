package dev.readiness.rules.identity;

import dev.readiness.api.Resource;
import dev.readiness.api.ResourceId;
import dev.readiness.rules.support.Scopes;
import java.util.Locale;
import java.util.Map;

/** Built-in Azure role ids and how role assignments and schedules name their role and scope. */
final class AzureRoles {
  static final String OWNER = "8e3af657-a8ff-443c-a75c-2fe8c4bcb635";
  static final String USER_ACCESS_ADMINISTRATOR = "18d7d88d-d35e-4fb5-a5c3-7773c20a72d9";
  static final String CONTRIBUTOR = "b24988ac-6180-42a0-ab88-20f7382dd24c";
  static final String RBAC_ADMINISTRATOR = "f58310d9-a9f6-439a-9e8d-f62e7b41a168";

  private static final Map<String, String> NAMES =
      Map.of(
          OWNER, "Owner",
          USER_ACCESS_ADMINISTRATOR, "User Access Administrator",
          CONTRIBUTOR, "Contributor",
          RBAC_ADMINISTRATOR, "Role Based Access Control Administrator");

  private AzureRoles() {}

  /** The role definition guid of an assignment or schedule, lower case. */
  static String roleId(Resource assignment) {
    return Scopes.lastSegment(assignment.properties().get("roleDefinitionId").textOr(""));
  }

  /** A readable role name for a guid: the built-in name, or the guid itself. */
  static String roleName(String roleId) {
    return NAMES.getOrDefault(roleId, roleId);
  }

  /** The scope an assignment grants at: {@code properties.scope}, or the id it hangs under. */
  static String scope(Resource assignment) {
    return assignment
        .properties()
        .get("scope")
        .text()
        .orElse(assignment.id().parent().toString())
        .toLowerCase(Locale.ROOT);
  }

  /**
   * True when an assignment at {@code scope} grants over the whole of {@code subscriptionId}: at
   * the subscription itself, at a management group or at the tenant root.
   */
  static boolean grantsWholeSubscription(String scope, String subscriptionId) {
    String normalized =
        scope.endsWith("/") && scope.length() > 1 ? scope.substring(0, scope.length() - 1) : scope;
    return normalized.equals(ResourceId.subscription(subscriptionId).key())
        || normalized.equals("/")
        || normalized.startsWith("/providers/microsoft.management/managementgroups/");
  }

  /** True when an assignment at {@code scope} applies somewhere in {@code subscriptionId}. */
  static boolean appliesTo(String scope, String subscriptionId) {
    String sub = ResourceId.subscription(subscriptionId).key();
    return grantsWholeSubscription(scope, subscriptionId) || scope.startsWith(sub + "/");
  }

  /** The principal id of an assignment or schedule. */
  static String principal(Resource assignment) {
    return assignment.properties().get("principalId").textOr("");
  }
}
