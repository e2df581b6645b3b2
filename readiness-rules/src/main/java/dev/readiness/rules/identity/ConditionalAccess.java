package dev.readiness.rules.identity;

import dev.readiness.api.Json;
import dev.readiness.api.Resource;
import dev.readiness.rules.checklist.WellKnownRoles;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Reads conditional access policies as Microsoft Graph returns them. Only enabled policies enforce
 * anything: report-only ({@code enabledForReportingButNotEnforced}) and disabled policies never
 * count.
 */
final class ConditionalAccess {
  /**
   * The Windows Azure Service Management API, whose tokens Azure Resource Manager, the Azure
   * portal, Azure CLI and Azure PowerShell use
   * (https://learn.microsoft.com/entra/identity/conditional-access/concept-conditional-access-cloud-apps#windows-azure-service-management-api).
   * The "MicrosoftAdminPortals" target covers only the portals' own sign-ins, not the Resource
   * Manager API behind CLI and PowerShell, so it does not count as Azure management.
   */
  static final String AZURE_MANAGEMENT_APP = "797f4846-ba00-4fd7-ba43-dac1f8f63013";

  static final String GLOBAL_ADMINISTRATOR = WellKnownRoles.GLOBAL_ADMINISTRATOR;

  private ConditionalAccess() {}

  static boolean enforced(Resource policy) {
    return policy.properties().get("state").textEqualsIgnoreCase("enabled");
  }

  static Json state(Resource policy) {
    return policy.properties().get("state");
  }

  /**
   * True when the policy requires MFA on every sign-in it covers: its grant controls demand MFA and
   * no sign-in or user risk condition narrows it to risky sign-ins.
   */
  static boolean alwaysRequiresMfa(Resource policy) {
    Json conditions = policy.properties().get("conditions");
    return requiresMfa(policy)
        && conditions.get("signInRiskLevels").items().isEmpty()
        && conditions.get("userRiskLevels").items().isEmpty();
  }

  /**
   * True when an enforced policy requires MFA on every sign-in of every user (apart from
   * break-glass accounts) to every resource, from every location, platform and modern client.
   */
  static boolean requiresMfaEverywhere(Resource policy, Collection<String> breakGlassAccounts) {
    return enforced(policy) && wouldRequireMfaEverywhere(policy, breakGlassAccounts);
  }

  /** {@link #requiresMfaEverywhere} once the policy is on, whatever its state now. */
  static boolean wouldRequireMfaEverywhere(Resource policy, Collection<String> breakGlassAccounts) {
    return alwaysRequiresMfa(policy)
        && partialCoverage(policy, breakGlassAccounts).isEmpty()
        && coversModernClients(policy);
  }

  /**
   * True when the grant controls demand MFA, directly or through an authentication strength. With
   * the operator OR any one control satisfies the policy, so MFA is demanded only when every
   * alternative is MFA; with AND it is demanded whenever it is one of the controls
   * (https://learn.microsoft.com/graph/api/resources/conditionalaccessgrantcontrols).
   */
  static boolean requiresMfa(Resource policy) {
    Json grant = policy.properties().get("grantControls");
    List<Json> builtIn = grant.get("builtInControls").items();
    boolean strength = grant.get("authenticationStrength").isObject();
    boolean mfa = strength || builtIn.stream().anyMatch(c -> c.textEqualsIgnoreCase("mfa"));
    if (!mfa) {
      return false;
    }
    if (grant.get("operator").textEqualsIgnoreCase("AND")) {
      return true;
    }
    return builtIn.stream().allMatch(c -> c.textEqualsIgnoreCase("mfa"))
        && grant.get("customAuthenticationFactors").items().isEmpty()
        && grant.get("termsOfUse").items().isEmpty();
  }

  static boolean blocks(Resource policy) {
    return contains(policy.properties().get("grantControls").get("builtInControls"), "block");
  }

  /**
   * Why the policy leaves some sign-ins out: users, groups or roles beyond {@code
   * breakGlassAccounts}, resources, named locations, platforms or devices it does not cover. Empty
   * when it covers them all (the conditions of
   * https://learn.microsoft.com/graph/api/resources/conditionalaccessconditionset).
   */
  static List<String> partialCoverage(Resource policy, Collection<String> breakGlassAccounts) {
    List<String> gaps = new ArrayList<>();
    if (!coversAllUsers(policy, breakGlassAccounts)) {
      gaps.add("it does not cover all users");
    }
    if (!coversAllApps(policy)) {
      gaps.add("it does not cover all resources");
    }
    gaps.addAll(conditionGaps(policy));
    return gaps;
  }

  /** Why the policy's location, platform or device conditions leave some sign-ins out. */
  static List<String> conditionGaps(Resource policy) {
    Json conditions = policy.properties().get("conditions");
    List<String> gaps = new ArrayList<>();
    Json locations = conditions.get("locations");
    if (!locations.isMissingOrNull()
        && (!contains(locations.get("includeLocations"), "All")
            || !locations.get("excludeLocations").items().isEmpty())) {
      gaps.add("it leaves out some locations");
    }
    Json platforms = conditions.get("platforms");
    if (!platforms.isMissingOrNull()
        && (!contains(platforms.get("includePlatforms"), "all")
            || !platforms.get("excludePlatforms").items().isEmpty())) {
      gaps.add("it leaves out some device platforms");
    }
    if (!conditions.at("/devices/deviceFilter").isMissingOrNull()) {
      gaps.add("a device filter narrows it");
    }
    return gaps;
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
            || contains(apps.get("includeApplications"), AZURE_MANAGEMENT_APP))
        && !contains(apps.get("excludeApplications"), AZURE_MANAGEMENT_APP);
  }

  /**
   * True when the policy applies to browsers and to mobile and desktop clients, the clients that
   * can answer an MFA challenge; legacy clients cannot and are left to the legacy block.
   */
  static boolean coversModernClients(Resource policy) {
    Json clientApps = policy.properties().at("/conditions/clientAppTypes");
    return clientApps.items().isEmpty()
        || contains(clientApps, "all")
        || (contains(clientApps, "browser") && contains(clientApps, "mobileAppsAndDesktopClients"));
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
