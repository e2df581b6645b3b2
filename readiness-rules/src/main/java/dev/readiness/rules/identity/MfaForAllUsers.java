package dev.readiness.rules.identity;

import static dev.readiness.rules.types.AzureTypes.GRAPH_CONDITIONAL_ACCESS_POLICIES;
import static dev.readiness.rules.types.AzureTypes.GRAPH_SECURITY_DEFAULTS;
import static dev.readiness.rules.types.AzureTypes.GRAPH_USERS;
import static dev.readiness.rules.types.AzureTypes.GRAPH_USER_REGISTRATION_DETAILS;

import dev.readiness.api.Category;
import dev.readiness.api.Evidence;
import dev.readiness.api.Remediation;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceId;
import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleMetadata;
import dev.readiness.api.Severity;
import dev.readiness.api.Target;
import dev.readiness.rules.checklist.ChecklistOptions;
import dev.readiness.rules.checklist.ChecklistRow;
import dev.readiness.rules.support.ChecklistRule;
import dev.readiness.rules.support.Scopes;
import dev.readiness.rules.support.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * FR-IAM-01: every enabled member user can sign in with MFA, shown by security defaults, by an
 * enforced conditional access policy for all users, or user by user in the registration report.
 */
public final class MfaForAllUsers extends ChecklistRule {
  private static final RuleMetadata METADATA =
      RuleMetadata.builder("FR-IAM-01")
          .title("MFA for all users")
          .category(Category.IDENTITY_AND_ACCESS)
          .severity(
              Severity.HIGH,
              "A password-only account lets an attacker act as a real user, and every log entry"
                  + " then blames that user.")
          .rationale(
              "Protects the question 'was this sign-in really the user?': without MFA a stolen"
                  + " password produces sign-ins indistinguishable from the owner's, so sign-in"
                  + " and audit logs can no longer attribute actions to people.")
          .remediation(
              Remediation.of(
                  "Microsoft Entra admin center > Protection > Conditional Access > Create new"
                      + " policy: Users 'All users' (exclude only break-glass accounts), Target"
                      + " resources 'All cloud apps', Grant 'Require multifactor"
                      + " authentication', Enable policy 'On'. Without Entra ID P1, turn on"
                      + " security defaults under Identity > Overview > Properties.",
                  "az rest --method POST --url"
                      + " https://graph.microsoft.com/v1.0/identity/conditionalAccess/policies"
                      + " --body '{\"displayName\":\"Require MFA for all users\",\"state\":"
                      + "\"enabled\",\"conditions\":{\"users\":{\"includeUsers\":[\"All\"]},"
                      + "\"applications\":{\"includeApplications\":[\"All\"]},"
                      + "\"clientAppTypes\":[\"all\"]},\"grantControls\":{\"operator\":\"OR\","
                      + "\"builtInControls\":[\"mfa\"]}}'"))
          .learnMore(
              "https://learn.microsoft.com/entra/identity/conditional-access/policy-all-users-mfa-strength")
          .controls("MCSB IM-6", "CIS Azure 2.0 1.1.1", "CIS Azure 2.0 1.1.3")
          .peerChecks(
              "Prowler entra_security_defaults_enabled",
              "Prowler entra_non_privileged_user_has_mfa",
              "Prowler entra_privileged_user_has_mfa")
          .checklistItems(ChecklistRow.MFA_FOR_ALL_USERS.text())
          .reads(
              GRAPH_SECURITY_DEFAULTS,
              GRAPH_CONDITIONAL_ACCESS_POLICIES,
              GRAPH_USERS,
              GRAPH_USER_REGISTRATION_DETAILS)
          .build();

  /** The rule with the break-glass accounts and listing limit of {@code options}. */
  public MfaForAllUsers(ChecklistOptions options) {
    super(METADATA, options);
  }

  @Override
  public void evaluate(RuleContext context) {
    List<Evidence> evidence = new ArrayList<>();
    List<String> undecided = new ArrayList<>();
    List<String> shortfalls = new ArrayList<>();

    List<String> defaultsGap =
        Scopes.notCollected(context, ResourceId.TENANT, GRAPH_SECURITY_DEFAULTS);
    if (defaultsGap.isEmpty()) {
      Optional<Resource> defaults = context.resources(GRAPH_SECURITY_DEFAULTS).stream().findFirst();
      if (defaults.isPresent() && defaults.get().properties().get("isEnabled").isTrue()) {
        context
            .report(Target.tenant())
            .evidence(Evidence.of(defaults.get().properties().get("isEnabled"), "true"))
            .dependsOn(GRAPH_SECURITY_DEFAULTS)
            .pass("Security defaults are on, so every user must register and use MFA.");
        return;
      }
      evidence.add(
          defaults
              .map(d -> Evidence.of(d.properties().get("isEnabled"), "true"))
              .orElse(
                  Evidence.absent(
                      ResourceId.TENANT, "no security defaults policy", "isEnabled true")));
      shortfalls.add("security defaults are off");
    } else {
      undecided.addAll(defaultsGap);
    }

    List<String> policiesGap =
        Scopes.notCollected(context, ResourceId.TENANT, GRAPH_CONDITIONAL_ACCESS_POLICIES);
    if (policiesGap.isEmpty()) {
      for (Resource policy : context.resources(GRAPH_CONDITIONAL_ACCESS_POLICIES)) {
        if (ConditionalAccess.alwaysRequiresMfa(policy)
            && ConditionalAccess.coversAllUsers(policy, options().breakGlassAccounts())
            && ConditionalAccess.coversAllApps(policy)) {
          if (ConditionalAccess.enforced(policy)) {
            context
                .report(Target.tenant())
                .evidence(Evidence.of(ConditionalAccess.state(policy), "\"enabled\""))
                .dependsOn(GRAPH_CONDITIONAL_ACCESS_POLICIES)
                .pass(
                    "Conditional access policy "
                        + ConditionalAccess.name(policy)
                        + " is enabled and requires MFA for all users on all cloud apps.");
            return;
          }
          evidence.add(Evidence.of(ConditionalAccess.state(policy), "\"enabled\""));
        }
      }
      shortfalls.add("no enabled conditional access policy requires MFA for all users");
    } else {
      undecided.addAll(policiesGap);
    }

    List<String> usersGap =
        Scopes.notCollected(
            context, ResourceId.TENANT, GRAPH_USERS, GRAPH_USER_REGISTRATION_DETAILS);
    if (!usersGap.isEmpty()) {
      undecided.addAll(usersGap);
      context
          .report(Target.tenant())
          .evidence(evidence)
          .unknown(
              "Cannot tell whether every user has MFA: "
                  + Texts.joinClauses(undecided)
                  + (shortfalls.isEmpty() ? "" : "; and " + Texts.joinClauses(shortfalls))
                  + ".");
      return;
    }
    List<String> withoutMfa = new ArrayList<>();
    Map<String, Resource> registrations = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    context.resources(GRAPH_USER_REGISTRATION_DETAILS).forEach(r -> registrations.put(r.name(), r));
    int members = 0;
    for (Resource user : context.resources(GRAPH_USERS)) {
      if (!isEnabledMember(user)) {
        continue;
      }
      members++;
      Resource registration = registrations.get(user.name());
      if (registration != null && registration.properties().get("isMfaCapable").isTrue()) {
        continue;
      }
      String upn = user.properties().get("userPrincipalName").textOr(user.name());
      if (withoutMfa.size() < options().listedItemsLimit()) {
        evidence.add(
            registration == null
                ? Evidence.absent(
                    user.id(), "no userRegistrationDetails record", "isMfaCapable true")
                : Evidence.of(registration.properties().get("isMfaCapable"), "true"));
      }
      withoutMfa.add(upn);
    }
    if (withoutMfa.isEmpty()) {
      context
          .report(Target.tenant())
          .evidence(
              Evidence.absent(
                  ResourceId.TENANT,
                  Texts.count(members, "enabled member user", "enabled member users")
                      + ", all MFA-capable",
                  "every enabled member MFA-capable"))
          .dependsOn(GRAPH_USERS, GRAPH_USER_REGISTRATION_DETAILS)
          .pass(
              "All "
                  + Texts.count(members, "enabled member user is", "enabled member users are")
                  + " MFA-capable according to the registration report.");
      return;
    }
    String users =
        Texts.count(withoutMfa.size(), "enabled member user is", "enabled member users are")
            + " not MFA-capable: "
            + Texts.listed(withoutMfa, options().listedItemsLimit());
    if (!undecided.isEmpty()) {
      context
          .report(Target.tenant())
          .evidence(evidence)
          .unknown(
              users
                  + "; whether a tenant-wide control forces MFA is not known because "
                  + Texts.joinClauses(undecided)
                  + ".");
      return;
    }
    context
        .report(Target.tenant())
        .evidence(evidence)
        .fail(users + "; " + Texts.joinClauses(shortfalls) + ".");
  }

  private static boolean isEnabledMember(Resource user) {
    return user.properties().get("userType").textOr("Member").equalsIgnoreCase("Member")
        && user.properties().get("accountEnabled").bool().orElse(true);
  }
}
