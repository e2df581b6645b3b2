package dev.readiness.rules.identity;

import static dev.readiness.rules.types.AzureTypes.GRAPH_USERS;
import static dev.readiness.rules.types.AzureTypes.ROLE_ASSIGNMENTS;
import static dev.readiness.rules.types.AzureTypes.ROLE_DEFINITIONS;

import dev.readiness.api.Category;
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
import dev.readiness.rules.support.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * FR-IAM-03: per subscription, few Owner / User Access Administrator and Contributor assignments
 * over the whole subscription, no custom role allowing every action, no privileged role held by a
 * guest.
 */
public final class RbacLeastPrivilege extends ChecklistRule {
  private static final Set<String> PRIVILEGED =
      Set.of(
          AzureRoles.OWNER,
          AzureRoles.USER_ACCESS_ADMINISTRATOR,
          AzureRoles.CONTRIBUTOR,
          AzureRoles.RBAC_ADMINISTRATOR);

  private static final RuleMetadata METADATA =
      RuleMetadata.builder("FR-IAM-03")
          .title("Azure RBAC follows least privilege")
          .category(Category.IDENTITY_AND_ACCESS)
          .severity(
              Severity.HIGH,
              "Every broad assignment is an account whose compromise can delete the logs and"
                  + " backups an investigation needs.")
          .rationale(
              "Protects the question 'who could have done this?': the fewer identities hold"
                  + " subscription-wide write or access-management rights, the shorter the list of"
                  + " suspects, and the less likely an intruder could switch off logging or delete"
                  + " evidence.")
          .remediation(
              Remediation.of(
                  "Azure portal > Subscriptions > (subscription) > Access control (IAM) > Role"
                      + " assignments: remove surplus Owner, User Access Administrator and"
                      + " Contributor assignments, assign narrower roles at resource-group scope,"
                      + " remove privileged roles from guest users, and replace custom roles whose"
                      + " actions include '*'.",
                  "az role assignment list --scope /subscriptions/<subscription-id>"
                      + " --role Owner --output table && az role assignment delete --assignee"
                      + " <principal-id> --role Owner --scope /subscriptions/<subscription-id>"))
          .learnMore("https://learn.microsoft.com/azure/role-based-access-control/best-practices")
          .controls("MCSB PA-1", "MCSB PA-7", "CIS Azure 2.0 1.23")
          .peerChecks(
              "PSRule for Azure Azure.RBAC.LimitOwner",
              "Prowler iam_subscription_roles_owner_custom_not_created",
              "Prowler iam_role_user_access_admin_restricted",
              "Azure Policy 'A maximum of 3 owners should be designated for your subscription'",
              "Azure Policy 'Guest accounts with owner permissions on Azure resources should be removed'")
          .checklistItems(ChecklistRow.RBAC_LEAST_PRIVILEGE.text())
          .reads(ROLE_ASSIGNMENTS, ROLE_DEFINITIONS)
          .optionallyReads(GRAPH_USERS)
          .build();

  /** The rule with the assignment limits of {@code options}. */
  public RbacLeastPrivilege(ChecklistOptions options) {
    super(METADATA, options);
  }

  /**
   * Who may hold a role is a judgement about people and their work, so the fix is a decision for
   * the subscription's owner, never a removal made unseen.
   */
  private static final String WHO_DECIDES = "the subscription owner, with the holders' managers";

  @Override
  public void evaluate(RuleContext context) {
    for (String subscription : context.snapshot().subscriptions()) {
      List<Resource> assignments =
          context.resources(ROLE_ASSIGNMENTS).stream()
              .filter(a -> AzureRoles.appliesTo(AzureRoles.scope(a), subscription))
              .toList();
      Verdict verdict =
          context.verdict(Target.subscription(subscription), "Subscription " + subscription);
      List<HumanStep> steps = new ArrayList<>();
      limit(
          verdict,
          steps,
          assignments,
          subscription,
          Set.of(AzureRoles.OWNER, AzureRoles.USER_ACCESS_ADMINISTRATOR),
          "Owner or User Access Administrator",
          options().maxSubscriptionOwners());
      limit(
          verdict,
          steps,
          assignments,
          subscription,
          Set.of(AzureRoles.CONTRIBUTOR),
          "Contributor",
          options().maxSubscriptionContributors());
      customRolesWithEveryAction(context, verdict, steps, subscription);
      guestsWithPrivilege(context, verdict, steps, assignments, subscription);
      if (verdict.hasFailures()) {
        verdict.fix(Fix.of(steps));
      }
      verdict.report();
    }
  }

  private void limit(
      Verdict verdict,
      List<HumanStep> steps,
      List<Resource> assignments,
      String subscription,
      Set<String> roles,
      String label,
      int max) {
    List<Resource> broad =
        assignments.stream()
            .filter(a -> roles.contains(AzureRoles.roleId(a)))
            .filter(a -> AzureRoles.grantsWholeSubscription(AzureRoles.scope(a), subscription))
            .toList();
    Evidence proof =
        broad.isEmpty()
            ? Evidence.absent(
                ResourceId.subscription(subscription),
                "no " + label + " assignment over the whole subscription",
                "at most " + max)
            : new Evidence(
                ResourceId.subscription(subscription),
                "",
                broad.size() + " assignments: " + principals(broad),
                "at most " + max + " " + label + " assignments");
    verdict.check(
        broad.size() <= max,
        Texts.count(broad.size(), label + " assignment", label + " assignments")
            + " over the whole subscription (limit "
            + max
            + ")",
        Texts.count(broad.size(), label + " assignment", label + " assignments")
            + " over the whole subscription exceed the limit of "
            + max,
        proof);
    if (broad.size() > max) {
      steps.add(
          new HumanStep(
              "Decide which of the "
                  + broad.size()
                  + " "
                  + label
                  + " assignments over subscription "
                  + subscription
                  + " ("
                  + principals(broad)
                  + ") to remove or narrow to the resource groups their holders manage, keeping"
                  + " at most "
                  + max
                  + ".",
              WHO_DECIDES));
    }
  }

  private String principals(List<Resource> assignments) {
    return Texts.listed(
        assignments.stream()
            .map(
                a ->
                    a.properties().get("principalType").textOr("principal")
                        + " "
                        + AzureRoles.principal(a))
            .toList(),
        options().listedItemsLimit());
  }

  private void customRolesWithEveryAction(
      RuleContext context, Verdict verdict, List<HumanStep> steps, String subscription) {
    List<String> names = new ArrayList<>();
    List<Evidence> proof = new ArrayList<>();
    for (Resource role : context.resources(ROLE_DEFINITIONS)) {
      if (!role.properties().get("type").textEqualsIgnoreCase("CustomRole")
          || role.properties().get("assignableScopes").items().stream()
              .noneMatch(
                  s ->
                      AzureRoles.appliesTo(
                          s.textOr("").toLowerCase(java.util.Locale.ROOT), subscription))) {
        continue;
      }
      Optional<Json> star =
          role.properties().get("permissions").items().stream()
              .flatMap(p -> p.get("actions").items().stream())
              .filter(action -> action.textEqualsIgnoreCase("*"))
              .findFirst();
      if (star.isPresent()) {
        names.add("'" + role.properties().get("roleName").textOr(role.name()) + "'");
        proof.add(Evidence.of(star.get(), "specific actions, not '*'"));
      }
    }
    if (names.isEmpty()) {
      verdict.pass(
          "no custom role assignable here allows every action ('*')",
          Evidence.absent(
              ResourceId.subscription(subscription),
              "no custom role with actions '*'",
              "no custom role with actions '*'"));
    } else {
      verdict.fail(
          "custom "
              + (names.size() == 1 ? "role " : "roles ")
              + Texts.listed(names, options().listedItemsLimit())
              + (names.size() == 1 ? " allows" : " allow")
              + " every action ('*')",
          proof.toArray(Evidence[]::new));
      steps.add(
          new HumanStep(
              "Replace the actions '*' of custom "
                  + (names.size() == 1 ? "role " : "roles ")
                  + Texts.listed(names, options().listedItemsLimit())
                  + " with the actions their holders need.",
              WHO_DECIDES));
    }
  }

  private void guestsWithPrivilege(
      RuleContext context,
      Verdict verdict,
      List<HumanStep> steps,
      List<Resource> assignments,
      String subscription) {
    List<Resource> privilegedUsers =
        assignments.stream()
            .filter(a -> PRIVILEGED.contains(AzureRoles.roleId(a)))
            .filter(a -> a.properties().get("principalType").textEqualsIgnoreCase("User"))
            .toList();
    // With no privileged user assignment no guest can hold one: that needs no user data, and
    // reads the same whether or not Microsoft Graph answered.
    Optional<String> usersMissing =
        privilegedUsers.isEmpty()
            ? Optional.empty()
            : context.coverage().whyMissing(ResourceId.subscription(subscription), GRAPH_USERS);
    if (usersMissing.isPresent()) {
      verdict.unknown("whether privileged users are guests is unknown: " + usersMissing.get());
      return;
    }
    List<String> guests = new ArrayList<>();
    List<Evidence> proof = new ArrayList<>();
    for (Resource assignment : privilegedUsers) {
      String principal = AzureRoles.principal(assignment);
      Optional<Resource> user =
          context.snapshot().resource("/providers/microsoft.graph/users/" + principal);
      if (user.isPresent()
          && user.get().properties().get("userType").textEqualsIgnoreCase("Guest")) {
        guests.add(
            user.get().properties().get("userPrincipalName").textOr(principal)
                + " ("
                + AzureRoles.roleName(AzureRoles.roleId(assignment))
                + ")");
        proof.add(Evidence.of(user.get().properties().get("userType"), "\"Member\""));
      }
    }
    verdict.check(
        guests.isEmpty(),
        "no guest holds a privileged role",
        Texts.count(guests.size(), "guest holds", "guests hold")
            + " a privileged role: "
            + Texts.listed(guests, options().listedItemsLimit()),
        guests.isEmpty()
            ? new Evidence[] {
              Evidence.absent(
                  ResourceId.subscription(subscription),
                  privilegedUsers.size() + " privileged user assignments, no guest among them",
                  "no guest with a privileged role")
            }
            : proof.toArray(Evidence[]::new));
    if (!guests.isEmpty()) {
      steps.add(
          new HumanStep(
              "Remove the privileged roles of "
                  + Texts.listed(guests, options().listedItemsLimit())
                  + " on subscription "
                  + subscription
                  + ", or give the work to a member account of the tenant.",
              WHO_DECIDES));
    }
  }
}
