package dev.readiness.rules.identity;

import static dev.readiness.rules.types.AzureTypes.GRAPH_CONDITIONAL_ACCESS_POLICIES;
import static dev.readiness.rules.types.AzureTypes.GRAPH_SECURITY_DEFAULTS;
import static dev.readiness.rules.types.AzureTypes.GRAPH_USERS;
import static dev.readiness.rules.types.AzureTypes.GRAPH_USER_REGISTRATION_DETAILS;

import dev.readiness.api.Category;
import dev.readiness.api.Evidence;
import dev.readiness.api.Fix;
import dev.readiness.api.GraphRequest;
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
 * FR-IAM-01: MFA is enforced for every user, by security defaults or by an enforced conditional
 * access policy for all users and resources. The registration report only adds who could not answer
 * an MFA challenge today.
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

  private static final ConditionalAccessFixes CONDITIONAL_ACCESS = new ConditionalAccessFixes();

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
            .verdict(Target.tenant())
            .evidence(Evidence.of(defaults.get().properties().get("isEnabled"), "true"))
            .dependsOn(GRAPH_SECURITY_DEFAULTS)
            .pass("Security defaults are on, so every user must register and use MFA.")
            .report();
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
        if (!ConditionalAccess.wouldRequireMfaEverywhere(policy, options().breakGlassAccounts())) {
          continue;
        }
        if (ConditionalAccess.enforced(policy)) {
          context
              .verdict(Target.tenant())
              .evidence(Evidence.of(ConditionalAccess.state(policy), "\"enabled\""))
              .dependsOn(GRAPH_CONDITIONAL_ACCESS_POLICIES)
              .pass(
                  "Conditional access policy "
                      + ConditionalAccess.name(policy)
                      + " is enabled and requires MFA for all users on all cloud apps.")
              .report();
          return;
        }
        evidence.add(Evidence.of(ConditionalAccess.state(policy), "\"enabled\""));
      }
      shortfalls.add("no enabled conditional access policy requires MFA for all users");
    } else {
      undecided.addAll(policiesGap);
    }

    String registration = registration(context, evidence);
    if (!undecided.isEmpty()) {
      context
          .verdict(Target.tenant())
          .evidence(evidence)
          .unknown(
              "Cannot tell whether anything forces MFA on every user: "
                  + Texts.joinClauses(undecided)
                  + (shortfalls.isEmpty() ? "" : "; and " + Texts.joinClauses(shortfalls))
                  + ". "
                  + registration)
          .report();
      return;
    }
    context
        .verdict(Target.tenant())
        .evidence(evidence)
        .dependsOn(GRAPH_SECURITY_DEFAULTS, GRAPH_CONDITIONAL_ACCESS_POLICIES)
        .fix(Fix.of(forceMfa(context)))
        .fail(
            "Nothing forces MFA on every user: "
                + Texts.joinClauses(shortfalls)
                + ". "
                + registration)
        .report();
  }

  /**
   * A tenant that already uses conditional access gets the policy requiring MFA for all users
   * beside its others (security defaults cannot be on while it has policies); a tenant with none
   * gets security defaults turned on, which cost nothing and need no licence.
   */
  private GraphRequest forceMfa(RuleContext context) {
    return context.resources(GRAPH_CONDITIONAL_ACCESS_POLICIES).isEmpty()
        ? CONDITIONAL_ACCESS.turnOnSecurityDefaults()
        : CONDITIONAL_ACCESS.requireMfa(options().breakGlassAccounts());
  }

  /**
   * What the registration report says, as supporting evidence only: {@code isMfaCapable} means a
   * user has registered a strong method, not that any sign-in demands it
   * (https://learn.microsoft.com/graph/api/resources/userregistrationdetails), so registration
   * never passes the rule on its own.
   */
  private String registration(RuleContext context, List<Evidence> evidence) {
    List<String> gap =
        Scopes.notCollected(
            context, ResourceId.TENANT, GRAPH_USERS, GRAPH_USER_REGISTRATION_DETAILS);
    if (!gap.isEmpty()) {
      return "Who has registered for MFA is not known: " + Texts.joinClauses(gap) + ".";
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
      Resource registered = registrations.get(user.name());
      if (registered != null && registered.properties().get("isMfaCapable").isTrue()) {
        continue;
      }
      if (withoutMfa.size() < options().listedItemsLimit()) {
        evidence.add(
            registered == null
                ? Evidence.absent(
                    user.id(), "no userRegistrationDetails record", "isMfaCapable true")
                : Evidence.of(registered.properties().get("isMfaCapable"), "true"));
      }
      withoutMfa.add(user.properties().get("userPrincipalName").textOr(user.name()));
    }
    if (withoutMfa.isEmpty()) {
      return "All "
          + Texts.count(members, "enabled member user is", "enabled member users are")
          + " MFA-capable, but being registered does not make any sign-in require MFA.";
    }
    return Texts.count(withoutMfa.size(), "enabled member user is", "enabled member users are")
        + " not MFA-capable: "
        + Texts.listed(withoutMfa, options().listedItemsLimit())
        + ".";
  }

  private static boolean isEnabledMember(Resource user) {
    return user.properties().get("userType").textOr("Member").equalsIgnoreCase("Member")
        && user.properties().get("accountEnabled").bool().orElse(true);
  }
}
