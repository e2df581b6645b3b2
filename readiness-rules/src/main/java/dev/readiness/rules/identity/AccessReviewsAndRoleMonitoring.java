package dev.readiness.rules.identity;

import static dev.readiness.rules.types.AzureTypes.ACTIVITY_LOG_ALERTS;
import static dev.readiness.rules.types.AzureTypes.GRAPH_ACCESS_REVIEW_DEFINITIONS;

import dev.readiness.api.Category;
import dev.readiness.api.Evidence;
import dev.readiness.api.Fix;
import dev.readiness.api.GraphRequest;
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
import dev.readiness.rules.support.ActivityLogAlerts;
import dev.readiness.rules.support.ChecklistRule;
import dev.readiness.rules.support.FixParameters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * FR-IAM-02: access reviews cover privileged roles (tenant), and an activity log alert watches role
 * assignments being written and deleted (each subscription).
 */
public final class AccessReviewsAndRoleMonitoring extends ChecklistRule {
  static final String ROLE_ASSIGNMENT_WRITE = "Microsoft.Authorization/roleAssignments/write";
  static final String ROLE_ASSIGNMENT_DELETE = "Microsoft.Authorization/roleAssignments/delete";

  private static final RuleMetadata METADATA =
      RuleMetadata.builder("FR-IAM-02")
          .title("Access reviews cover privileged roles and role assignments raise alerts")
          .category(Category.IDENTITY_AND_ACCESS)
          .severity(
              Severity.MEDIUM,
              "Unreviewed and unwatched role grants let an attacker keep persistent privileged"
                  + " access unnoticed.")
          .rationale(
              "Protects the question 'when did the attacker gain privilege, and who granted it?':"
                  + " an alert on role assignment writes and deletes marks the moment of"
                  + " escalation, and periodic access reviews leave a dated record of who was"
                  + " entitled to each privileged role.")
          .remediation(
              Remediation.of(
                      "Microsoft Entra admin center > Identity governance > Access reviews > New"
                          + " access review: review 'Microsoft Entra roles' or 'Azure resource"
                          + " roles' for Global Administrator and Owner, recurring quarterly. Then"
                          + " Azure portal > Monitor > Alerts > Create > Alert rule on the"
                          + " subscription, signal 'Create role assignment' and 'Delete role"
                          + " assignment', with an action group.",
                      "az rest --method put --url \"https://management.azure.com/subscriptions/"
                          + "${SUBSCRIPTION_ID}/resourceGroups/${RESOURCE_GROUP}/providers/"
                          + "Microsoft.Insights/activityLogAlerts/role-assignment-changes"
                          + "?api-version=2020-10-01\" --body '{\"location\":\"Global\","
                          + "\"properties\":{\"enabled\":true,\"scopes\":[\"/subscriptions/'"
                          + "\"${SUBSCRIPTION_ID}\"'\"],\"condition\":{\"allOf\":[{\"field\":"
                          + "\"category\",\"equals\":\"Administrative\"},{\"anyOf\":[{\"field\":"
                          + "\"operationName\",\"equals\":\""
                          + ROLE_ASSIGNMENT_WRITE
                          + "\"},{\"field\":\"operationName\",\"equals\":\""
                          + ROLE_ASSIGNMENT_DELETE
                          + "\"}]}]},\"actions\":{\"actionGroups\":[{\"actionGroupId\":\"'"
                          + "\"${ACTION_GROUP_ID}\"'\"}]}}}'")
                  .withBicep(
                      ActivityLogAlerts.bicep(
                          "role-assignment-changes",
                          ROLE_ASSIGNMENT_WRITE,
                          ROLE_ASSIGNMENT_DELETE)))
          .learnMore(
              "https://learn.microsoft.com/entra/id-governance/privileged-identity-management/pim-create-roles-and-resource-roles-review")
          .controls("MCSB PA-4", "MCSB LT-1")
          .checklistItems(ChecklistRow.ACCESS_REVIEWS.text())
          .reads(GRAPH_ACCESS_REVIEW_DEFINITIONS, ACTIVITY_LOG_ALERTS)
          .build();

  /** The rule with the privileged roles of {@code options}. */
  public AccessReviewsAndRoleMonitoring(ChecklistOptions options) {
    super(METADATA, options);
  }

  @Override
  public void evaluate(RuleContext context) {
    reviewAccess(context);
    for (String subscription : context.snapshot().subscriptions()) {
      Verdict verdict =
          context
              .verdict(Target.subscription(subscription), "Subscription " + subscription)
              .dependsOn(ACTIVITY_LOG_ALERTS);
      List<String> unwatched = new ArrayList<>();
      for (String operation : List.of(ROLE_ASSIGNMENT_WRITE, ROLE_ASSIGNMENT_DELETE)) {
        Optional<Resource> alert = ActivityLogAlerts.watching(context, subscription, operation);
        if (alert.isPresent()) {
          verdict.pass(
              "alert '" + alert.get().name() + "' watches " + operation,
              Evidence.of(alert.get().at("/properties/condition"), operation));
        } else {
          unwatched.add(operation);
          verdict.fail(
              "no enabled activity log alert with an action group watches " + operation,
              Evidence.absent(
                  ResourceId.subscription(subscription),
                  "no activity log alert for " + operation,
                  "an enabled alert on " + operation + " with an action group"));
        }
      }
      if (!unwatched.isEmpty()) {
        // The alert watches exactly the operations no alert watches yet.
        verdict.fix(
            Fix.of(
                List.of(
                    ActivityLogAlerts.alertOn(subscription, "role-assignment-changes", unwatched)),
                FixParameters.ALERT_RESOURCE_GROUP));
      }
      verdict.report();
    }
  }

  private void reviewAccess(RuleContext context) {
    Target tenant = Target.tenant();
    List<Resource> reviews =
        context.resources(GRAPH_ACCESS_REVIEW_DEFINITIONS).stream()
            .filter(r -> !r.properties().get("status").textEqualsIgnoreCase("Completed"))
            .toList();
    for (Resource review : reviews) {
      Optional<Json> scope = privilegedScope(review);
      if (scope.isPresent()) {
        context
            .verdict(tenant)
            .evidence(Evidence.of(scope.get(), "a privileged role definition"))
            .dependsOn(GRAPH_ACCESS_REVIEW_DEFINITIONS)
            .pass(
                "Access review '"
                    + review.properties().get("displayName").textOr(review.name())
                    + "' reviews a privileged role.")
            .report();
        return;
      }
    }
    context
        .verdict(tenant)
        .evidence(
            Evidence.absent(
                ResourceId.TENANT,
                reviews.size() + " active access review definitions, none of a privileged role",
                "an access review of a privileged directory role or of Azure Owner"))
        .dependsOn(GRAPH_ACCESS_REVIEW_DEFINITIONS)
        .fix(
            Fix.of(
                List.of(quarterlyReview(options().privilegedRoleIds().get(0))),
                FixParameters.REVIEWER_ID))
        .fail(
            "No active access review covers a privileged directory role or the Azure Owner role,"
                + " so nobody periodically confirms who holds them.")
        .report();
  }

  /**
   * A quarterly access review of every holder of directory role {@code roleId}: a POST of an
   * accessReviewScheduleDefinition whose scope is a principalResourceMembershipsScope, with the
   * role definition as resource scope
   * (https://learn.microsoft.com/graph/api/accessreviewset-post-definitions,
   * https://learn.microsoft.com/graph/api/resources/principalresourcemembershipsscope). It needs
   * AccessReview.ReadWrite.All, and Microsoft Entra ID Governance or P2 licences.
   */
  private static GraphRequest quarterlyReview(String roleId) {
    Map<String, Object> scope = new LinkedHashMap<>();
    scope.put("@odata.type", "#microsoft.graph.principalResourceMembershipsScope");
    scope.put(
        "principalScopes",
        List.of(
            Map.of(
                "@odata.type", "#microsoft.graph.accessReviewQueryScope",
                "query", "/users",
                "queryType", "MicrosoftGraph")));
    scope.put(
        "resourceScopes",
        List.of(
            Map.of(
                "@odata.type", "#microsoft.graph.accessReviewQueryScope",
                "query", "/roleManagement/directory/roleDefinitions/" + roleId,
                "queryType", "MicrosoftGraph")));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("displayName", "Quarterly review of privileged role holders");
    body.put("scope", scope);
    body.put(
        "reviewers",
        List.of(
            Map.of(
                "query",
                "/users/" + FixParameters.REVIEWER_ID.inId(),
                "queryType",
                "MicrosoftGraph")));
    body.put(
        "settings",
        Map.of(
            "mailNotificationsEnabled",
            true,
            "instanceDurationInDays",
            14,
            "recurrence",
            Map.of(
                "pattern", Map.of("type", "absoluteMonthly", "interval", 3),
                "range", Map.of("type", "noEnd", "startDate", "2026-01-01"))));
    return new GraphRequest(
        "POST",
        "/identityGovernance/accessReviews/definitions",
        body,
        "AccessReview.ReadWrite.All",
        "accessReviewDefinitions",
        "Create a quarterly access review of the holders of the privileged role " + roleId + ".");
  }

  /** The scope query of {@code review} that names one of the privileged roles, if any. */
  private Optional<Json> privilegedScope(Resource review) {
    Json scope = review.properties().get("scope");
    List<Json> queries = new java.util.ArrayList<>();
    queries.add(scope.get("query"));
    scope.get("resourceScopes").items().forEach(s -> queries.add(s.get("query")));
    scope.get("principalScopes").items().forEach(s -> queries.add(s.get("query")));
    return queries.stream()
        .filter(
            query -> {
              String text = query.textOr("").toLowerCase(Locale.ROOT);
              return options().privilegedRoleIds().stream().anyMatch(text::contains);
            })
        .findFirst();
  }
}
