package dev.readiness.rules.identity;

import dev.readiness.testkit.fixtures.GenericResource;
import dev.readiness.testkit.fixtures.Tenant;
import java.util.List;
import java.util.Map;

/** Microsoft Graph objects for identity rule tests, shaped as Graph v1.0 returns them. */
final class GraphFixtures {
  static final String GLOBAL_ADMIN = "62e90394-69f5-4237-9190-012177145e10";

  private GraphFixtures() {}

  static GenericResource user(Tenant tenant, String id, String upn, String type, boolean enabled) {
    return tenant
        .graphObject("users", id)
        .property("/properties/userPrincipalName", upn)
        .property("/properties/userType", type)
        .property("/properties/accountEnabled", enabled);
  }

  static GenericResource registration(Tenant tenant, String id, String upn, boolean mfaCapable) {
    return tenant
        .graphObject("userRegistrationDetails", id)
        .property("/properties/userPrincipalName", upn)
        .property("/properties/isMfaCapable", mfaCapable);
  }

  static GenericResource securityDefaults(Tenant tenant, boolean enabled) {
    return tenant
        .graphObject(
            "identitySecurityDefaultsEnforcementPolicy", "00000000-0000-0000-0000-000000000005")
        .property("/properties/isEnabled", enabled);
  }

  /** A policy for all users and all apps that requires MFA, in {@code state}. */
  static GenericResource mfaForAll(Tenant tenant, String id, String state) {
    return policy(tenant, id, state)
        .property("/properties/conditions/users/includeUsers", List.of("All"))
        .property("/properties/grantControls/builtInControls", List.of("mfa"));
  }

  static GenericResource policy(Tenant tenant, String id, String state) {
    return tenant
        .graphObject("conditionalAccessPolicies", id)
        .property("/properties/displayName", "Policy " + id)
        .property("/properties/state", state)
        .property("/properties/conditions/clientAppTypes", List.of("all"))
        .property(
            "/properties/conditions/applications",
            Map.of("includeApplications", List.of("All"), "excludeApplications", List.of()))
        .property(
            "/properties/conditions/users",
            Map.of(
                "includeUsers", List.of(),
                "excludeUsers", List.of(),
                "includeRoles", List.of(),
                "excludeRoles", List.of(),
                "excludeGroups", List.of()))
        .property("/properties/grantControls/operator", "OR")
        .property("/properties/grantControls/builtInControls", List.of());
  }
}
