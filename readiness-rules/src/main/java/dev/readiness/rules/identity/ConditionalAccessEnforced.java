package dev.readiness.rules.identity;

import static dev.readiness.rules.types.AzureTypes.GRAPH_CONDITIONAL_ACCESS_POLICIES;
import static dev.readiness.rules.types.AzureTypes.GRAPH_SECURITY_DEFAULTS;

import dev.readiness.api.Category;
import dev.readiness.api.Change;
import dev.readiness.api.Evidence;
import dev.readiness.api.Fix;
import dev.readiness.api.Remediation;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceId;
import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleMetadata;
import dev.readiness.api.Severity;
import dev.readiness.api.Target;
import dev.readiness.api.Verdict;
import dev.readiness.rules.checklist.ChecklistOptions;
import dev.readiness.rules.checklist.ChecklistRow;
import dev.readiness.rules.support.ChecklistRule;
import dev.readiness.rules.support.Scopes;
import dev.readiness.rules.support.Texts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * FR-IAM-06: enforced conditional access (or security defaults, for the parts they cover) requires
 * MFA (for all users, or for administrators and Azure management), blocks legacy authentication and
 * acts on sign-in risk, each for every user and resource.
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
                      + " MFA for sign-in risk 'High' and 'Medium'. Conditional access needs"
                      + " Microsoft Entra ID P1 and the sign-in risk policy P2; without P1, turn on"
                      + " security defaults (Identity > Overview > Properties), which require MFA"
                      + " for administrators and Azure management and block legacy"
                      + " authentication.",
                  "az rest --method post --url"
                      + " https://graph.microsoft.com/v1.0/identity/conditionalAccess/policies"
                      + " --headers Content-Type=application/json --body '{\"displayName\":"
                      + "\"Block legacy authentication\",\"state\":\"enabled\",\"conditions\":"
                      + "{\"users\":{\"includeUsers\":[\"All\"]},\"applications\":"
                      + "{\"includeApplications\":[\"All\"]},\"clientAppTypes\":"
                      + "[\"exchangeActiveSync\",\"other\"]},\"grantControls\":{\"operator\":"
                      + "\"OR\",\"builtInControls\":[\"block\"]}}'"))
          .learnMore(
              "https://learn.microsoft.com/entra/identity/conditional-access/plan-conditional-access")
          .controls("MCSB IM-7", "MCSB IM-6")
          .peerChecks(
              "Prowler entra_conditional_access_policy_require_mfa_for_management_api",
              "Prowler entra_conditional_access_policy_require_mfa_for_admin_portals")
          .checklistItems(ChecklistRow.CONDITIONAL_ACCESS.text())
          .reads(GRAPH_CONDITIONAL_ACCESS_POLICIES, GRAPH_SECURITY_DEFAULTS)
          .build();

  private static final ConditionalAccessFixes CONDITIONAL_ACCESS_POLICIES =
      new ConditionalAccessFixes();

  /** The rule with the break-glass accounts of {@code options}. */
  public ConditionalAccessEnforced(ChecklistOptions options) {
    super(METADATA, options);
  }

  @Override
  public void evaluate(RuleContext context) {
    Verdict verdict = context.verdict(Target.tenant(), "Conditional access");
    List<Change> fixes = new ArrayList<>();
    List<String> defaultsGap =
        Scopes.notCollected(context, ResourceId.TENANT, GRAPH_SECURITY_DEFAULTS);
    Optional<Resource> defaults =
        context.resources(GRAPH_SECURITY_DEFAULTS).stream()
            .filter(d -> d.properties().get("isEnabled").isTrue())
            .findFirst();
    if (defaultsGap.isEmpty() && defaults.isPresent()) {
      securityDefaults(verdict, defaults.get());
      // Risk-based policies replace security defaults, so all three controls become policies.
      fixes.add(CONDITIONAL_ACCESS_POLICIES.turnOffSecurityDefaults());
      fixes.addAll(CONDITIONAL_ACCESS_POLICIES.all(options().breakGlassAccounts()));
    } else {
      policies(context, verdict, defaultsGap, fixes);
    }
    if (verdict.hasFailures()) {
      verdict.fix(Fix.of(fixes));
    }
    verdict.report();
  }

  /**
   * Security defaults block legacy authentication and require MFA for administrators and for Azure
   * management, and exclude conditional access policies while they are on
   * (https://learn.microsoft.com/entra/fundamentals/security-defaults). They never look at sign-in
   * risk: risk-based conditional access needs Microsoft Entra ID P2
   * (https://learn.microsoft.com/entra/id-protection/how-to-deploy-identity-protection).
   */
  private static void securityDefaults(Verdict verdict, Resource defaults) {
    Evidence on = Evidence.of(defaults.properties().get("isEnabled"), "true");
    verdict
        .dependsOn(GRAPH_SECURITY_DEFAULTS)
        .pass("security defaults require MFA for administrators and for Azure management", on)
        .pass("security defaults block legacy authentication")
        .fail(
            "security defaults do not act on sign-in risk; that needs a risk-based conditional"
                + " access policy, which requires Microsoft Entra ID P2 and replaces security"
                + " defaults");
  }

  private void policies(
      RuleContext context, Verdict verdict, List<String> defaultsGap, List<Change> fixes) {
    verdict.dependsOn(GRAPH_CONDITIONAL_ACCESS_POLICIES);
    List<Resource> enforced =
        context.resources(GRAPH_CONDITIONAL_ACCESS_POLICIES).stream()
            .filter(ConditionalAccess::enforced)
            .toList();
    Collection<String> breakGlass = options().breakGlassAccounts();
    // Security defaults could still block legacy authentication and require MFA when they were
    // not read; only sign-in risk is beyond them.
    Shortfall unlessDefaults =
        defaultsGap.isEmpty()
            ? verdict::fail
            : (clause, proof) ->
                verdict.unknown(
                    clause
                        + ", and security defaults are not known ("
                        + Texts.joinClauses(defaultsGap)
                        + ")",
                    proof);
    Optional<Resource> all =
        first(enforced, p -> ConditionalAccess.requiresMfaEverywhere(p, breakGlass));
    if (all.isPresent()) {
      verdict.pass(
          "policy " + ConditionalAccess.name(all.get()) + " requires MFA for all users",
          stateOf(all.get()));
    } else {
      Predicate<Resource> unconditionalMfa =
          p ->
              ConditionalAccess.alwaysRequiresMfa(p)
                  && ConditionalAccess.conditionGaps(p).isEmpty()
                  && ConditionalAccess.coversModernClients(p);
      Optional<Resource> admins =
          first(
              enforced,
              unconditionalMfa.and(
                  p -> ConditionalAccess.includesRole(p, ConditionalAccess.GLOBAL_ADMINISTRATOR)));
      Optional<Resource> management =
          first(
              enforced,
              unconditionalMfa
                  .and(p -> ConditionalAccess.coversAllUsers(p, breakGlass))
                  .and(ConditionalAccess::coversAzureManagement));
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
        fixes.add(CONDITIONAL_ACCESS_POLICIES.requireMfa(breakGlass));
        unlessDefaults.add(
            "no enabled policy requires MFA for all users, or for both administrators and Azure"
                + " management",
            missing("an enabled policy requiring MFA for all users"));
      }
    }
    tenantWide(
        enforced,
        breakGlass,
        ConditionalAccess::blocksLegacyAuthentication,
        "blocks legacy authentication",
        "no enabled policy blocks legacy authentication (Exchange ActiveSync and other clients)",
        verdict::pass,
        unlessDefaults,
        () -> fixes.add(CONDITIONAL_ACCESS_POLICIES.blockLegacyAuthentication(breakGlass)));
    tenantWide(
        enforced,
        breakGlass,
        ConditionalAccess::actsOnSignInRisk,
        "acts on sign-in risk",
        "no enabled policy acts on sign-in risk",
        verdict::pass,
        verdict::fail,
        () -> fixes.add(CONDITIONAL_ACCESS_POLICIES.requireMfaOnRisk(breakGlass)));
  }

  /** Records a part that is missing, as a failure or as undecided. */
  @FunctionalInterface
  private interface Shortfall {
    void add(String clause, Evidence... proof);
  }

  /**
   * One control that counts only when a policy applies it to every user and resource; a policy that
   * applies it to some sign-ins only is named, with what it leaves out.
   */
  private static void tenantWide(
      List<Resource> enforced,
      Collection<String> breakGlass,
      Predicate<Resource> control,
      String passClause,
      String failClause,
      Shortfall pass,
      Shortfall shortfall,
      Runnable planFix) {
    List<Resource> applying = enforced.stream().filter(control).toList();
    Optional<Resource> everywhere =
        first(applying, p -> ConditionalAccess.partialCoverage(p, breakGlass).isEmpty());
    if (everywhere.isPresent()) {
      pass.add(
          "policy " + ConditionalAccess.name(everywhere.get()) + " " + passClause,
          stateOf(everywhere.get()));
    } else if (!applying.isEmpty()) {
      planFix.run();
      Resource partial = applying.get(0);
      shortfall.add(
          failClause
              + " for every user and resource: policy "
              + ConditionalAccess.name(partial)
              + " "
              + passClause
              + " only partially, as "
              + Texts.joinClauses(ConditionalAccess.partialCoverage(partial, breakGlass)),
          stateOf(partial));
    } else {
      planFix.run();
      shortfall.add(failClause, missing("an enabled policy that " + passClause));
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
