package dev.readiness.rules.identity;

import dev.readiness.api.GraphRequest;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The conditional access policies FR-IAM-06 (and FR-IAM-01) asks for, as Microsoft Graph requests:
 * a POST of a conditionalAccessPolicy to {@code /identity/conditionalAccess/policies}
 * (https://learn.microsoft.com/graph/api/conditionalaccessroot-post-policies, permission
 * Policy.ReadWrite.ConditionalAccess; body fields per
 * https://learn.microsoft.com/graph/api/resources/conditionalaccesspolicy), each on for all users
 * and all resources, the break-glass accounts excluded, and turned on (state enabled), as the rule
 * requires. Turning security defaults off is a PATCH of {@code
 * /policies/identitySecurityDefaultsEnforcementPolicy}
 * (https://learn.microsoft.com/graph/api/identitysecuritydefaultsenforcementpolicy-update,
 * permission Policy.ReadWrite.SecurityDefaults).
 */
final class ConditionalAccessFixes {
  private static final String PERMISSION = "Policy.ReadWrite.ConditionalAccess";
  private static final String POLICIES = "/identity/conditionalAccess/policies";
  private static final String COLLECTION = "conditionalAccessPolicies";

  /** Requires MFA for every sign-in of every user. Needs Microsoft Entra ID P1. */
  GraphRequest requireMfa(Collection<String> breakGlass) {
    return policy(
        "Require MFA for all users",
        breakGlass,
        Map.of("clientAppTypes", List.of("all")),
        "mfa",
        "Create and turn on the conditional access policy 'Require MFA for all users' (all users"
            + " but the break-glass accounts, all resources). Needs Microsoft Entra ID P1.");
  }

  /** Blocks Exchange ActiveSync and other legacy clients. Needs Microsoft Entra ID P1. */
  GraphRequest blockLegacyAuthentication(Collection<String> breakGlass) {
    return policy(
        "Block legacy authentication",
        breakGlass,
        Map.of("clientAppTypes", List.of("exchangeActiveSync", "other")),
        "block",
        "Create and turn on the conditional access policy 'Block legacy authentication' for"
            + " Exchange ActiveSync and other clients. Needs Microsoft Entra ID P1.");
  }

  /** Requires MFA when the sign-in risk is medium or high. Needs Microsoft Entra ID P2. */
  GraphRequest requireMfaOnRisk(Collection<String> breakGlass) {
    return policy(
        "Require MFA for risky sign-ins",
        breakGlass,
        Map.of("clientAppTypes", List.of("all"), "signInRiskLevels", List.of("high", "medium")),
        "mfa",
        "Create and turn on the conditional access policy 'Require MFA for risky sign-ins'"
            + " (sign-in risk medium or high). Needs Microsoft Entra ID P2, licensed per user.");
  }

  /** The three policies, for a tenant that moves from security defaults to policies. */
  List<GraphRequest> all(Collection<String> breakGlass) {
    return List.of(
        requireMfa(breakGlass),
        blockLegacyAuthentication(breakGlass),
        requireMfaOnRisk(breakGlass));
  }

  /** Turns security defaults off, which conditional access policies require. */
  GraphRequest turnOffSecurityDefaults() {
    return securityDefaults(
        false,
        "Turn security defaults off: conditional access policies replace them, and cannot be"
            + " turned on while they are on.");
  }

  /**
   * Turns security defaults on: every user must register for and use MFA, at no extra cost
   * (https://learn.microsoft.com/entra/fundamentals/security-defaults). Only for a tenant with no
   * conditional access policy, since the two exclude each other.
   */
  GraphRequest turnOnSecurityDefaults() {
    return securityDefaults(
        true,
        "Turn security defaults on, so that every user must register for and use MFA; they are"
            + " free and need no Microsoft Entra ID P1 licence.");
  }

  private static GraphRequest securityDefaults(boolean on, String summary) {
    return new GraphRequest(
        "PATCH",
        "/policies/identitySecurityDefaultsEnforcementPolicy",
        Map.of("isEnabled", on),
        "Policy.ReadWrite.SecurityDefaults",
        "identitySecurityDefaultsEnforcementPolicy",
        summary);
  }

  private static GraphRequest policy(
      String name,
      Collection<String> breakGlass,
      Map<String, Object> clientConditions,
      String control,
      String summary) {
    Map<String, Object> conditions = new LinkedHashMap<>();
    conditions.put(
        "users", Map.of("includeUsers", List.of("All"), "excludeUsers", List.copyOf(breakGlass)));
    conditions.put("applications", Map.of("includeApplications", List.of("All")));
    conditions.putAll(new java.util.TreeMap<>(clientConditions));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("displayName", name);
    body.put("state", "enabled");
    body.put("conditions", conditions);
    body.put("grantControls", Map.of("operator", "OR", "builtInControls", List.of(control)));
    return new GraphRequest("POST", POLICIES, body, PERMISSION, COLLECTION, summary);
  }
}
