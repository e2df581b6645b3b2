package dev.readiness.rules.response;

import static dev.readiness.rules.types.AzureTypes.ACTIVITY_LOG_ALERTS;
import static dev.readiness.rules.types.AzureTypes.SECURITY_CONTACTS;

import dev.readiness.api.ArmChange;
import dev.readiness.api.Category;
import dev.readiness.api.Change;
import dev.readiness.api.Evidence;
import dev.readiness.api.Fix;
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
import dev.readiness.rules.support.Scopes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * FR-IR-01: each subscription alerts, through an action group, on role assignment, policy
 * assignment, NSG and security solution changes, and Defender sends alert e-mails to a contact.
 */
public final class SuspiciousActivityAlerts extends ChecklistRule {
  /** Each watched change, with the operations that count as watching it. */
  private static final Map<String, List<String>> WATCHED =
      new java.util.TreeMap<>(
          Map.of(
              "role assignment changes",
              List.of("Microsoft.Authorization/roleAssignments/write"),
              "policy assignment changes",
              List.of("Microsoft.Authorization/policyAssignments/write"),
              "NSG changes",
              List.of(
                  "Microsoft.Network/networkSecurityGroups/write",
                  "Microsoft.Network/networkSecurityGroups/securityRules/write"),
              "security solution changes",
              List.of("Microsoft.Security/securitySolutions/write")));

  private static final RuleMetadata METADATA =
      RuleMetadata.builder("FR-IR-01")
          .title("Alerts fire on suspicious control-plane changes and reach the security contact")
          .category(Category.INCIDENT_RESPONSE)
          .severity(
              Severity.HIGH,
              "Unalerted privilege, policy and firewall changes are how intrusions persist for"
                  + " months before anyone looks at the logs.")
          .rationale(
              "Protects the question 'when did it start?': an alert on role, policy, NSG and"
                  + " security-solution changes timestamps the attacker's first control-plane"
                  + " moves and starts the response while short-lived evidence still exists.")
          .remediation(
              Remediation.of(
                      "Azure portal > Monitor > Alerts > Create > Alert rule: scope the"
                          + " subscription, signal 'Create role assignment', 'Create policy"
                          + " assignment', 'Create or Update Network Security Group' and 'Create"
                          + " or Update Security Solution', with an action group. Then Defender"
                          + " for Cloud > Environment settings > Email notifications: add the"
                          + " security contact and turn alert notifications on.",
                      "az monitor activity-log alert create --name policy-assignment-changes"
                          + " --resource-group <rg> --scope /subscriptions/<subscription-id>"
                          + " --condition category=Administrative"
                          + " and operationName=Microsoft.Authorization/policyAssignments/write"
                          + " --action-group <action-group-id> && az security contact create"
                          + " --name default --emails soc@contoso.example --alert-notifications"
                          + " on")
                  .withBicep(
                      ActivityLogAlerts.bicep(
                          "suspicious-changes",
                          "Microsoft.Authorization/roleAssignments/write",
                          "Microsoft.Authorization/policyAssignments/write",
                          "Microsoft.Network/networkSecurityGroups/write",
                          "Microsoft.Security/securitySolutions/write")))
          .learnMore(
              "https://learn.microsoft.com/azure/azure-monitor/alerts/alerts-create-activity-log-alert-rule")
          .controls(
              "MCSB LT-1",
              "MCSB IR-2",
              "CIS Azure 2.0 5.2.1",
              "CIS Azure 2.0 5.2.3",
              "CIS Azure 2.0 5.2.5",
              "CIS Azure 2.0 2.1.19",
              "CIS Azure 2.0 2.1.20")
          .peerChecks(
              "Prowler monitor_alert_create_policy_assignment",
              "Prowler monitor_alert_create_update_nsg",
              "Prowler monitor_alert_create_update_security_solution",
              "Prowler defender_additional_email_configured_with_a_security_contact",
              "Prowler defender_ensure_notify_alerts_severity_is_high")
          .checklistItems(ChecklistRow.ALERTS.text())
          .reads(ACTIVITY_LOG_ALERTS, SECURITY_CONTACTS)
          .build();

  /** The rule; it has no thresholds. */
  public SuspiciousActivityAlerts(ChecklistOptions options) {
    super(METADATA, options);
  }

  @Override
  public void evaluate(RuleContext context) {
    for (String subscription : context.snapshot().subscriptions()) {
      Verdict verdict =
          context.verdict(Target.subscription(subscription), "Subscription " + subscription);
      List<String> unwatched = new ArrayList<>();
      WATCHED.forEach(
          (change, operations) -> {
            Optional<Resource> alert =
                operations.stream()
                    .flatMap(op -> ActivityLogAlerts.watching(context, subscription, op).stream())
                    .findFirst();
            if (alert.isPresent()) {
              verdict.pass(
                  "alert '" + alert.get().name() + "' watches " + change,
                  Evidence.of(alert.get().at("/properties/condition"), operations.get(0)));
            } else {
              unwatched.addAll(operations);
              verdict.fail(
                  "no enabled activity log alert with an action group watches "
                      + change
                      + misfiled(context, subscription, operations),
                  Evidence.absent(
                      ResourceId.subscription(subscription),
                      "no activity log alert for " + String.join(" or ", operations),
                      "an enabled alert with an action group"));
            }
          });
      List<Change> fixes = new ArrayList<>();
      if (!unwatched.isEmpty()) {
        fixes.add(
            ActivityLogAlerts.alertOn(subscription, "suspicious-control-plane-changes", unwatched));
      }
      if (!securityContact(context, verdict, subscription)) {
        fixes.add(alertEmails(subscription));
      }
      verdict.fix(Fix.of(fixes, FixParameters.ALERT_RESOURCE_GROUP)).report();
    }
  }

  /**
   * Names an alert that watches the operations under a category that Resource Manager does not log
   * them under, so the reader learns why it does not count; empty when there is none.
   */
  private static String misfiled(
      RuleContext context, String subscription, List<String> operations) {
    return operations.stream()
        .flatMap(
            op ->
                ActivityLogAlerts.watchingUnderAnotherCategory(context, subscription, op).stream())
        .findFirst()
        .map(
            alert ->
                " (alert '"
                    + alert.name()
                    + "' filters another category than Administrative, under which Resource"
                    + " Manager logs these operations, so it never fires)")
        .orElse("");
  }

  /**
   * E-mails Defender alerts to the chosen address: a PUT of the subscription's security contact
   * {@code default} with alerts as a notification source (azure-rest-api-specs
   * specification/security/resource-manager/Microsoft.Security/preview/2023-12-01-preview/securityContacts.json,
   * SecurityContactProperties;
   * specification/security/resource-manager/Microsoft.Security/preview/2023-12-01-preview/examples/SecurityContacts/CreateSecurityContact_example.json).
   */
  private static ArmChange alertEmails(String subscription) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("emails", FixParameters.SECURITY_CONTACT_EMAILS);
    // 2023-12-01-preview has no alertNotifications (the 2020-01-01-preview field): alert e-mails
    // are a notification source of type Alert, and the contact itself is switched on.
    properties.put("isEnabled", true);
    properties.put(
        "notificationsSources",
        List.of(Map.of("sourceType", "Alert", "minimalSeverity", "Medium")));
    properties.put("notificationsByRole", Map.of("state", "On", "roles", List.of("Owner")));
    return ArmChange.put(
        ResourceId.subscription(subscription)
            + "/providers/Microsoft.Security/securityContacts/default",
        SECURITY_CONTACTS.toString(),
        "2023-12-01-preview",
        Map.of("properties", properties),
        "E-mail Defender for Cloud alerts of medium severity and above to the security contact.");
  }

  /** Checks the security contact; true when one receives alert notifications. */
  private static boolean securityContact(
      RuleContext context, Verdict verdict, String subscription) {
    Optional<Resource> contact =
        Scopes.inSubscription(context, SECURITY_CONTACTS, subscription).stream()
            .filter(SuspiciousActivityAlerts::notifiesOnAlerts)
            .findFirst();
    if (contact.isPresent()) {
      verdict.pass(
          "Defender alerts are e-mailed to " + contact.get().properties().get("emails").textOr(""),
          Evidence.of(contact.get().properties().get("emails"), "a security contact address"));
      return true;
    } else {
      verdict.fail(
          "no Defender security contact receives alert notifications",
          Evidence.absent(
              ResourceId.subscription(subscription),
              "no security contact with alert notifications on",
              "a security contact e-mail with alert notifications on"));
      return false;
    }
  }

  /** Both API shapes: isEnabled with an Alert source, or the older alertNotifications.state. */
  private static boolean notifiesOnAlerts(Resource contact) {
    Json properties = contact.properties();
    if (properties.get("emails").textOr("").isBlank()) {
      return false;
    }
    boolean current =
        properties.get("isEnabled").isTrue()
            && properties.get("notificationsSources").items().stream()
                .anyMatch(s -> s.get("sourceType").textEqualsIgnoreCase("Alert"));
    boolean legacy = properties.at("/alertNotifications/state").textEqualsIgnoreCase("On");
    return current || legacy;
  }
}
