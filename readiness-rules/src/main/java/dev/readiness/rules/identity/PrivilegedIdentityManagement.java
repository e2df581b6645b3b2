package dev.readiness.rules.identity;

import static dev.readiness.rules.types.AzureTypes.GRAPH_DIRECTORY_ROLE_ASSIGNMENTS;
import static dev.readiness.rules.types.AzureTypes.GRAPH_DIRECTORY_ROLE_ELIGIBILITY_SCHEDULES;
import static dev.readiness.rules.types.AzureTypes.GRAPH_USERS;
import static dev.readiness.rules.types.AzureTypes.ROLE_ASSIGNMENT_SCHEDULE_INSTANCES;
import static dev.readiness.rules.types.AzureTypes.ROLE_ELIGIBILITY_SCHEDULE_INSTANCES;
import static dev.readiness.rules.types.AzureTypes.ROLE_MANAGEMENT_POLICIES;
import static dev.readiness.rules.types.AzureTypes.ROLE_MANAGEMENT_POLICY_ASSIGNMENTS;

import dev.readiness.api.Category;
import dev.readiness.api.Change;
import dev.readiness.api.Evidence;
import dev.readiness.api.Fix;
import dev.readiness.api.HumanStep;
import dev.readiness.api.Json;
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
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * FR-IAM-04: privileged Entra and Azure roles are held just in time: no permanent active assignment
 * outside the break-glass accounts, eligible assignments through PIM, and approval before the
 * highest Azure roles activate.
 */
public final class PrivilegedIdentityManagement extends ChecklistRule {
  private static final RuleMetadata METADATA =
      RuleMetadata.builder("FR-IAM-04")
          .title(
              "Privileged roles are held just in time through PIM, with approval for the highest")
          .category(Category.IDENTITY_AND_ACCESS)
          .severity(
              Severity.HIGH,
              "Standing privilege turns any stolen admin session into immediate control of the"
                  + " tenant, with no activation record to investigate.")
          .rationale(
              "Protects the question 'who held privilege at the time of the incident, and why?':"
                  + " PIM activations are dated, justified and approved in the audit log, while a"
                  + " permanent assignment leaves nothing to tie a privileged action to a"
                  + " request.")
          .remediation(
              Remediation.humanAct(
                  "Microsoft Entra admin center > Identity governance > Privileged Identity"
                      + " Management > Microsoft Entra roles (and Azure resources) > Assignments:"
                      + " convert active privileged assignments to 'Eligible', keep at most the"
                      + " break-glass accounts active; then Settings > Owner and User Access"
                      + " Administrator > Edit > 'Require approval to activate'. Who keeps which"
                      + " role, and who approves activations, are decisions for people, so the"
                      + " fix lists them rather than making them."))
          .learnMore(
              "https://learn.microsoft.com/entra/id-governance/privileged-identity-management/pim-configure")
          .controls("MCSB PA-2", "MCSB PA-1")
          .checklistItems(ChecklistRow.PIM.text())
          .reads(
              GRAPH_DIRECTORY_ROLE_ASSIGNMENTS,
              GRAPH_DIRECTORY_ROLE_ELIGIBILITY_SCHEDULES,
              ROLE_ASSIGNMENT_SCHEDULE_INSTANCES,
              ROLE_ELIGIBILITY_SCHEDULE_INSTANCES)
          .optionallyReads(
              GRAPH_USERS, ROLE_MANAGEMENT_POLICIES, ROLE_MANAGEMENT_POLICY_ASSIGNMENTS)
          .build();

  /** The rule with the privileged roles and break-glass accounts of {@code options}. */
  public PrivilegedIdentityManagement(ChecklistOptions options) {
    super(METADATA, options);
  }

  @Override
  public void evaluate(RuleContext context) {
    evaluateDirectory(context);
    for (String subscription : context.snapshot().subscriptions()) {
      evaluateSubscription(context, subscription);
    }
  }

  private void evaluateDirectory(RuleContext context) {
    Verdict verdict =
        context
            .verdict(Target.tenant(), "Microsoft Entra roles")
            .dependsOn(
                GRAPH_DIRECTORY_ROLE_ASSIGNMENTS, GRAPH_DIRECTORY_ROLE_ELIGIBILITY_SCHEDULES);
    List<Resource> eligibilities =
        context.resources(GRAPH_DIRECTORY_ROLE_ELIGIBILITY_SCHEDULES).stream()
            .filter(a -> privileged(a.properties().get("roleDefinitionId").textOr("")))
            .toList();
    Set<String> eligiblePairs =
        eligibilities.stream()
            .map(PrivilegedIdentityManagement::principalAndRole)
            .collect(Collectors.toSet());
    // Graph lists PIM activations among the active assignments; an active assignment of a
    // principal that is eligible for the same role is taken as such an activation.
    List<Resource> standing =
        context.resources(GRAPH_DIRECTORY_ROLE_ASSIGNMENTS).stream()
            .filter(a -> privileged(a.properties().get("roleDefinitionId").textOr("")))
            .filter(a -> !eligiblePairs.contains(principalAndRole(a)))
            .filter(a -> !breakGlass(context, AzureRoles.principal(a)))
            .toList();
    standing(verdict, standing, ResourceId.TENANT, "privileged directory role");
    eligible(verdict, eligibilities.size(), ResourceId.TENANT, "privileged directory role");
    verdict.fix(decisions(standing, "Microsoft Entra", false)).report();
  }

  private void evaluateSubscription(RuleContext context, String subscription) {
    ResourceId scope = ResourceId.subscription(subscription);
    Verdict verdict =
        context
            .verdict(Target.subscription(subscription), "Subscription " + subscription)
            .dependsOn(ROLE_ASSIGNMENT_SCHEDULE_INSTANCES, ROLE_ELIGIBILITY_SCHEDULE_INSTANCES);
    List<Resource> standing =
        context.resources(ROLE_ASSIGNMENT_SCHEDULE_INSTANCES).stream()
            .filter(a -> AzureRoles.appliesTo(AzureRoles.scope(a), subscription))
            .filter(a -> privileged(AzureRoles.roleId(a)))
            .filter(a -> a.properties().get("assignmentType").textEqualsIgnoreCase("Assigned"))
            .filter(a -> a.properties().get("endDateTime").isMissingOrNull())
            .filter(a -> !breakGlass(context, AzureRoles.principal(a)))
            .toList();
    standing(verdict, standing, scope, "privileged Azure role");
    long eligible =
        context.resources(ROLE_ELIGIBILITY_SCHEDULE_INSTANCES).stream()
            .filter(a -> AzureRoles.appliesTo(AzureRoles.scope(a), subscription))
            .filter(a -> privileged(AzureRoles.roleId(a)))
            .count();
    eligible(verdict, eligible, scope, "privileged Azure role");
    boolean approvalMissing = approval(context, verdict, subscription);
    verdict.fix(decisions(standing, "subscription " + subscription, approvalMissing)).report();
  }

  private void standing(Verdict verdict, List<Resource> standing, ResourceId scope, String what) {
    if (standing.isEmpty()) {
      verdict.pass(
          "no permanent active assignment of a " + what + " outside the break-glass accounts",
          Evidence.absent(scope, "no standing " + what + " assignment", "none"));
      return;
    }
    List<String> names = new ArrayList<>();
    List<Evidence> proof = new ArrayList<>();
    for (Resource assignment : standing) {
      names.add(
          AzureRoles.principal(assignment) + " (" + AzureRoles.roleName(roleOf(assignment)) + ")");
      if (proof.size() < options().listedItemsLimit()) {
        proof.add(
            Evidence.of(
                assignment.properties().get("roleDefinitionId"), "an eligible assignment instead"));
      }
    }
    verdict.fail(
        Texts.count(standing.size(), "permanent active assignment", "permanent active assignments")
            + " of a "
            + what
            + ": "
            + Texts.listed(names, options().listedItemsLimit()),
        proof.toArray(Evidence[]::new));
  }

  private static void eligible(Verdict verdict, long eligible, ResourceId scope, String what) {
    Evidence proof =
        new Evidence(
            scope, "", eligible + " eligible assignments", "at least one eligible assignment");
    verdict.check(
        eligible > 0,
        Texts.count((int) eligible, "eligible assignment", "eligible assignments")
            + " of a "
            + what
            + " through PIM",
        "no " + what + " is assigned as eligible through PIM",
        proof);
  }

  /**
   * The decisions the failure waits for: which holders of a standing privileged assignment keep the
   * role as eligible (and which lose it), and who approves activations. No request can make them.
   */
  private Fix decisions(List<Resource> standing, String where, boolean approvalMissing) {
    List<Change> steps = new ArrayList<>();
    List<String> holders = new ArrayList<>();
    standing.forEach(
        a -> holders.add(AzureRoles.principal(a) + " (" + AzureRoles.roleName(roleOf(a)) + ")"));
    String people = Texts.listed(holders, options().listedItemsLimit());
    if (!standing.isEmpty()) {
      steps.add(
          new HumanStep(
              "In Privileged Identity Management for "
                  + where
                  + ", decide for each of "
                  + people
                  + " whether the role is still needed; convert those that are to an eligible"
                  + " assignment and remove the others.",
              "the privileged role administrator"));
    } else {
      steps.add(
          new HumanStep(
              "In Privileged Identity Management for "
                  + where
                  + ", make the people who need a privileged role eligible for it rather than"
                  + " active: who needs which role is an access decision only the organisation"
                  + " can take, so no change is planned for it.",
              "the privileged role administrator"));
    }
    if (approvalMissing) {
      steps.add(
          new HumanStep(
              "Name the approvers and turn on 'Require approval to activate' for the roles that"
                  + " need it.",
              "the privileged role administrator"));
    }
    return Fix.of(steps);
  }

  /** Checks the approval settings; true when one is known not to require approval. */
  private boolean approval(RuleContext context, Verdict verdict, String subscription) {
    ResourceId scope = ResourceId.subscription(subscription);
    List<String> gap =
        Scopes.notCollected(
            context, scope, ROLE_MANAGEMENT_POLICIES, ROLE_MANAGEMENT_POLICY_ASSIGNMENTS);
    if (!gap.isEmpty()) {
      verdict.unknown("the PIM approval settings were not read: " + String.join("; ", gap));
      return false;
    }
    boolean missing = false;
    for (String role : options().approvalRequiredRoleIds()) {
      String name = AzureRoles.roleName(role);
      Optional<Json> required = approvalSetting(context, subscription, role);
      if (required.isEmpty()) {
        verdict.unknown("no PIM policy for " + name + " was found for the subscription");
      } else {
        missing |= !required.get().isTrue();
        verdict.check(
            required.get().isTrue(),
            "activating " + name + " requires approval",
            "activating " + name + " does not require approval",
            Evidence.of(required.get(), "true"));
      }
    }
    return missing;
  }

  /**
   * The isApprovalRequired setting of the PIM policy assigned to {@code role} at the subscription.
   */
  private static Optional<Json> approvalSetting(
      RuleContext context, String subscription, String role) {
    ResourceId scope = ResourceId.subscription(subscription);
    return context.resources(ROLE_MANAGEMENT_POLICY_ASSIGNMENTS).stream()
        .filter(a -> AzureRoles.scope(a).equals(scope.key()))
        .filter(a -> AzureRoles.roleId(a).equals(role))
        .map(a -> a.properties().get("policyId").textOr(""))
        .filter(id -> !id.isEmpty())
        .flatMap(id -> context.snapshot().resource(id).stream())
        .flatMap(policy -> policy.properties().get("rules").items().stream())
        .filter(rule -> rule.get("id").textEqualsIgnoreCase("Approval_EndUser_Assignment"))
        .map(rule -> rule.at("/setting/isApprovalRequired"))
        .findFirst();
  }

  private static String principalAndRole(Resource assignment) {
    return AzureRoles.principal(assignment).toLowerCase(java.util.Locale.ROOT)
        + " "
        + Scopes.lastSegment(assignment.properties().get("roleDefinitionId").textOr(""));
  }

  private boolean privileged(String roleDefinitionId) {
    return options().privilegedRoleIds().contains(Scopes.lastSegment(roleDefinitionId));
  }

  private static String roleOf(Resource assignment) {
    return Scopes.lastSegment(assignment.properties().get("roleDefinitionId").textOr(""));
  }

  /** True when the principal is a break-glass account, named by object id or sign-in name. */
  private boolean breakGlass(RuleContext context, String principalId) {
    if (options().breakGlassAccounts().stream().anyMatch(principalId::equalsIgnoreCase)) {
      return true;
    }
    return context
        .snapshot()
        .resource("/providers/microsoft.graph/users/" + principalId)
        .map(u -> u.properties().get("userPrincipalName").textOr(""))
        .filter(upn -> options().breakGlassAccounts().stream().anyMatch(upn::equalsIgnoreCase))
        .isPresent();
  }
}
