package dev.readiness.rules.support;

import dev.readiness.api.FixParameter;

/**
 * The values a user chooses for the built-in rules' fixes, declared once so that every fix names
 * them alike and {@code readiness fix --param NAME=VALUE} sets them for all.
 */
public final class FixParameters {
  /** Where new diagnostic settings send their logs. */
  public static final FixParameter WORKSPACE_ID =
      new FixParameter(
          "workspaceId",
          "The resource id of the Log Analytics workspace that receives the logs.",
          "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-security"
              + "/providers/Microsoft.OperationalInsights/workspaces/law-security");

  /** Who is told when an alert fires. */
  public static final FixParameter ACTION_GROUP_ID =
      new FixParameter(
          "actionGroupId",
          "The resource id of the action group that notifies the security team.",
          "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-security"
              + "/providers/Microsoft.Insights/actionGroups/ag-security");

  /** The resource group new alerts are created in, in each subscription. */
  public static final FixParameter ALERT_RESOURCE_GROUP =
      new FixParameter(
          "alertResourceGroup",
          "The resource group, in each subscription, that holds the new activity log alerts; it"
              + " must exist.",
          "rg-security");

  /** Who receives Defender for Cloud's alert e-mails. */
  public static final FixParameter SECURITY_CONTACT_EMAILS =
      new FixParameter(
          "securityContactEmails",
          "The e-mail addresses, separated by semicolons, that receive Defender for Cloud alerts.",
          "security@contoso.example");

  /** Who reviews privileged access. */
  public static final FixParameter REVIEWER_ID =
      new FixParameter(
          "reviewerId",
          "The object id of the user who reviews privileged role holders.",
          "00000000-0000-0000-0000-000000000000");

  /** Where new flow logs write their records. */
  public static final FixParameter FLOW_LOG_STORAGE_ID =
      new FixParameter(
          "flowLogStorageAccountId",
          "The resource id of the storage account that receives flow records; it must be in the"
              + " region of the virtual network it records.",
          "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-security"
              + "/providers/Microsoft.Storage/storageAccounts/stflowlogs");

  /** The data collection rule that sends machines' guest OS logs to the workspace. */
  public static final FixParameter DATA_COLLECTION_RULE_ID =
      new FixParameter(
          "dataCollectionRuleId",
          "The resource id of the data collection rule that collects Windows security events and"
              + " Syslog auth and authpriv into the Log Analytics workspace; it must exist.",
          "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-security"
              + "/providers/Microsoft.Insights/dataCollectionRules/dcr-guest-security");

  private FixParameters() {}
}
