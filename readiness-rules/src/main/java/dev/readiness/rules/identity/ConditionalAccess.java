package dev.readiness.rules.identity;

import dev.readiness.api.Json;
import dev.readiness.api.Resource;
import java.util.Collection;
import java.util.List;

/**
 * Reads conditional access policies as Microsoft Graph returns them. Only enabled policies enforce
 * anything: report-only ({@code enabledForReportingButNotEnforced}) and disabled policies never
 * count.
 */
final class ConditionalAccess {
  /** The Windows Azure Service Management API, which the portal, CLI and ARM sign in to. */
  static final String AZURE_MANAGEMENT_APP = "797f4846-ba00-4fd7-ba43-dac1f8f63013";

  static final String GLOBAL_ADMINISTRATOR = "62e90394-69f5-4237-9190-012177145e10";

  private ConditionalAccess() {}

  static boolean enforced(Resource policy) {
    return policy.properties().get("state").textEqualsIgnoreCase("enabled");
  }

  static Json state(Resource policy) {
    return policy.properties().get("state");
  }

  /**
   * True when the policy requires MFA on every sign-in it covers: its grant controls ask for MFA
   * (directly or through an authentication strength) and no sign-in or user risk condition narrows
   * it to risky sign-ins.
   */
  static boolean alwaysRequiresMfa(Resource policy) {
    Json conditions = policy.properties().get("conditions");
    return requiresMfa(policy)
        && conditions.get("signInRiskLevels").items().isEmpty()
        && conditions.get("userRiskLevels").items().isEmpty();
  }

  /** True when the grant controls ask for MFA, directly or through an authentication strength. */
  static boolean requiresMfa(Resource policy) {
    Json grant = policy.properties().get("grantControls");
    return contains(grant.get("builtInControls"), "mfa")
        || grant.get("authenticationStrength").isObject();
  }

  static boolean blocks(Resource policy) {
    return contains(policy.properties().get("grantControls").get("builtInControls"), "block");
  }

  /**
   * True when the policy applies to every user, apart from excluded accounts named in {@code
   * allowedExclusions} (break-glass accounts); excluded groups or roles make it partial.
   */
  static boolean coversAllUsers(Resource policy, Collection<String> allowedExclusions) {
    Json users = users(policy);
    if (!contains(users.get("includeUsers"), "All")) {
      return false;
    }
    if (!users.get("excludeGroups").items().isEmpty()
        || !users.get("excludeRoles").items().isEmpty()) {
      return false;
    }
    return users.get("excludeUsers").items().stream()
        .allMatch(
            excluded -> allowedExclusions.stream().anyMatch(a -> excluded.textEqualsIgnoreCase(a)));
  }

  static boolean includesRole(Resource policy, String roleTemplateId) {
    return contains(users(policy).get("includeRoles"), roleTemplateId);
  }

  static boolean coversAllApps(Resource policy) {
    Json apps = policy.properties().at("/conditions/applications");
    return contains(apps.get("includeApplications"), "All")
        && apps.get("excludeApplications").items().isEmpty();
  }

  static boolean coversAzureManagement(Resource policy) {
    Json apps = policy.properties().at("/conditions/applications");
    return (contains(apps.get("includeApplications"), "All")
            || contains(apps.get("includeApplications"), AZURE_MANAGEMENT_APP)
            || contains(apps.get("includeApplications"), "MicrosoftAdminPortals"))
        && !contains(apps.get("excludeApplications"), AZURE_MANAGEMENT_APP);
  }

  /** True when the policy blocks the legacy client types (Exchange ActiveSync and other). */
  static boolean blocksLegacyAuthentication(Resource policy) {
    Json clientApps = policy.properties().at("/conditions/clientAppTypes");
    return blocks(policy)
        && contains(clientApps, "exchangeActiveSync")
        && contains(clientApps, "other");
  }

  /** True when the policy reacts to sign-in risk with MFA or a block. */
  static boolean actsOnSignInRisk(Resource policy) {
    List<Json> levels = policy.properties().at("/conditions/signInRiskLevels").items();
    return !levels.isEmpty() && (requiresMfa(policy) || blocks(policy));
  }

  static String name(Resource policy) {
    return "'" + policy.properties().get("displayName").textOr(policy.name()) + "'";
  }

  private static Json users(Resource policy) {
    return policy.properties().at("/conditions/users");
  }

  private static boolean contains(Json array, String value) {
    return array.items().stream().anyMatch(item -> item.textEqualsIgnoreCase(value));
  }
}
