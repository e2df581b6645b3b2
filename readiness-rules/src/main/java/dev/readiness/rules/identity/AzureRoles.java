package dev.readiness.rules.identity;

import dev.readiness.api.Resource;
import dev.readiness.api.ResourceId;
import dev.readiness.rules.checklist.WellKnownRoles;
import dev.readiness.rules.support.Scopes;
import java.util.Locale;

/**
 * The built-in Azure roles the rules name (ids from {@link WellKnownRoles}) and how role
 * assignments and schedules name their role and scope.
 */
final class AzureRoles {
  static final String OWNER = WellKnownRoles.OWNER;
  static final String USER_ACCESS_ADMINISTRATOR = WellKnownRoles.USER_ACCESS_ADMINISTRATOR;
  static final String CONTRIBUTOR = WellKnownRoles.CONTRIBUTOR;
  static final String RBAC_ADMINISTRATOR = WellKnownRoles.RBAC_ADMINISTRATOR;

  private AzureRoles() {}

  /** The role definition guid of an assignment or schedule, lower case. */
  static String roleId(Resource assignment) {
    return Scopes.lastSegment(assignment.properties().get("roleDefinitionId").textOr(""));
  }

  /** A readable role name for a guid: the built-in name, or the guid itself. */
  static String roleName(String roleId) {
    return WellKnownRoles.azureName(roleId).orElse(roleId);
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
