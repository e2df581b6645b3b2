package dev.readiness.rules.identity;

import static dev.readiness.rules.types.AzureTypes.GRAPH_CONDITIONAL_ACCESS_POLICIES;

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
import dev.readiness.rules.support.Verdict;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * FR-IAM-06: enforced conditional access requires MFA (for all users, or for administrators and
 * Azure management), blocks legacy authentication and acts on sign-in risk.
 */
public final class ConditionalAccessEnforced extends ChecklistRule {
  private static final RuleMetadata METADATA =
      RuleMetadata.builder("FR-IAM-06")
          .title("Conditional access enforces MFA, blocks legacy authentication and acts on risk")
          .category(Category.IDENTITY_AND_ACCESS)
          .severity(
              Severity.HIGH,
              "Legacy protocols and risky sign-ins bypass MFA and leave sign-ins that cannot be"
                  + " trusted as the user's own.")
          .rationale(
              "Protects the question 'which sign-ins were the attacker's?': conditional access"
                  + " decides which sign-ins can succeed at all, and records its decisions in the"
                  + " sign-in log, so investigators can tell blocked attempts from accepted ones.")
          .remediation(
              Remediation.of(
                  "Microsoft Entra admin center > Protection > Conditional Access: create and"
                      + " turn 'On' (not 'Report-only') three policies: require MFA for all users"
                      + " (or for admin roles and 'Windows Azure Service Management API'); block"
                      + " client apps 'Exchange ActiveSync clients' and 'Other clients'; require"
                      + " MFA for sign-in risk 'High' and 'Medium'.",
                  "az rest --method GET --url"
                      + " https://graph.microsoft.com/v1.0/identity/conditionalAccess/policies"
                      + " --query \"value[].{name:displayName,state:state}\""))
          .learnMore(
              "https://learn.microsoft.com/entra/identity/conditional-access/plan-conditional-access")
          .controls("MCSB IM-7", "MCSB IM-6")
          .peerChecks(
              "Prowler entra_conditional_access_policy_require_mfa_for_management_api",
              "Prowler entra_conditional_access_policy_require_mfa_for_admin_portals")
          .checklistItems(ChecklistRow.CONDITIONAL_ACCESS.text())
          .reads(GRAPH_CONDITIONAL_ACCESS_POLICIES)
          .build();

  /** The rule with the break-glass accounts of {@code options}. */
  public ConditionalAccessEnforced(ChecklistOptions options) {
    super(METADATA, options);
  }

  @Override
  public void evaluate(RuleContext context) {
    List<Resource> enforced =
        context.resources(GRAPH_CONDITIONAL_ACCESS_POLICIES).stream()
            .filter(ConditionalAccess::enforced)
            .toList();
    Verdict verdict = new Verdict();
    Predicate<Resource> mfaForAll =
        p ->
            ConditionalAccess.alwaysRequiresMfa(p)
                && ConditionalAccess.coversAllUsers(p, options().breakGlassAccounts())
                && ConditionalAccess.coversAllApps(p);
    Optional<Resource> all = enforced.stream().filter(mfaForAll).findFirst();
    if (all.isPresent()) {
      verdict.pass(
          "policy " + ConditionalAccess.name(all.get()) + " requires MFA for all users",
          stateOf(all.get()));
    } else {
      Optional<Resource> admins =
          first(
              enforced,
              p ->
                  ConditionalAccess.alwaysRequiresMfa(p)
                      && ConditionalAccess.includesRole(p, ConditionalAccess.GLOBAL_ADMINISTRATOR));
      Optional<Resource> management =
          first(
              enforced,
              p ->
                  ConditionalAccess.alwaysRequiresMfa(p)
                      && ConditionalAccess.coversAllUsers(p, options().breakGlassAccounts())
                      && ConditionalAccess.coversAzureManagement(p));
      if (admins.isPresent() && management.isPresent()) {
        verdict.pass(
            "policies "
                + ConditionalAccess.name(admins.get())
                + " and "
                + ConditionalAccess.name(management.get())
                + " require MFA for administrators and for Azure management",
            stateOf(admins.get()),
            stateOf(management.get()));
      } else {
        verdict.fail(
            "no enabled policy requires MFA for all users, or for both administrators and Azure"
                + " management",
            missing("an enabled policy requiring MFA for all users"));
      }
    }
    check(
        verdict,
        enforced,
        ConditionalAccess::blocksLegacyAuthentication,
        "blocks legacy authentication",
        "no enabled policy blocks legacy authentication (Exchange ActiveSync and other clients)");
    check(
        verdict,
        enforced,
        ConditionalAccess::actsOnSignInRisk,
        "acts on sign-in risk",
        "no enabled policy acts on sign-in risk");
    verdict.report(context.report(Target.tenant()), "Conditional access");
  }

  private static void check(
      Verdict verdict,
      List<Resource> enforced,
      Predicate<Resource> test,
      String passClause,
      String failClause) {
    Optional<Resource> found = first(enforced, test);
    if (found.isPresent()) {
      verdict.pass(
          "policy " + ConditionalAccess.name(found.get()) + " " + passClause, stateOf(found.get()));
    } else {
      verdict.fail(failClause, missing("an enabled policy that " + passClause));
    }
  }

  private static Optional<Resource> first(List<Resource> policies, Predicate<Resource> test) {
    return policies.stream().filter(test).findFirst();
  }

  private static Evidence stateOf(Resource policy) {
    return Evidence.of(ConditionalAccess.state(policy), "\"enabled\"");
  }

  private static Evidence missing(String expected) {
    return Evidence.absent(
        ResourceId.TENANT, "no enabled (not report-only) conditional access policy", expected);
  }
}
