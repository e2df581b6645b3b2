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

  /** The Logic App that Defender for Cloud's workflow automation runs on each alert. */
  public static final FixParameter LOGIC_APP_ID =
      new FixParameter(
          "logicAppId",
          "The resource id of the Logic App (a playbook) that responds to Defender for Cloud"
              + " alerts.",
          "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-security"
              + "/providers/Microsoft.Logic/workflows/respond-to-alerts");

  /**
   * The callback URL of the Logic App's trigger. It carries a signature, so it is asked for, never
   * stored: {@code az rest --method post --url <logicAppId>/triggers/<trigger>/listCallbackUrl}.
   */
  public static final FixParameter LOGIC_APP_TRIGGER_URI =
      new FixParameter(
          "logicAppTriggerUri",
          "The callback URL of the Logic App's trigger (POST .../triggers/{trigger}/listCallbackUrl"
              + " returns it).",
          "https://logic-app-trigger.example/workflows/respond-to-alerts/triggers/manual");

  /** The resource group, in each subscription, that holds new workflow automations. */
  public static final FixParameter AUTOMATION_RESOURCE_GROUP =
      new FixParameter(
          "automationResourceGroup",
          "The resource group, in each subscription, that holds the new Defender for Cloud"
              + " workflow automations; it must exist.",
          "rg-security");

  /** Where new workflow automations are created. */
  public static final FixParameter AUTOMATION_LOCATION =
      new FixParameter(
          "automationLocation",
          "The Azure region of the new Defender for Cloud workflow automations.",
          "westeurope");

  /** The resource group, in the VM's subscription, of the vault that backs VMs up. */
  public static final FixParameter BACKUP_VAULT_RESOURCE_GROUP =
      new FixParameter(
          "backupVaultResourceGroup",
          "The resource group, in each VM's subscription, of the Recovery Services vault that"
              + " backs the VM up; the vault must be in the VM's region.",
          "rg-backup");

  /** The Recovery Services vault that backs VMs up. */
  public static final FixParameter BACKUP_VAULT_NAME =
      new FixParameter(
          "backupVaultName",
          "The name of the Recovery Services vault that backs the VMs up.",
          "rsv-evidence");

  /** The backup policy, of that vault, that VMs are backed up with. */
  public static final FixParameter BACKUP_POLICY_ID =
      new FixParameter(
          "backupPolicyId",
          "The resource id of the vault's VM backup policy (a daily schedule at least).",
          "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-backup"
              + "/providers/Microsoft.RecoveryServices/vaults/rsv-evidence"
              + "/backupPolicies/DefaultPolicy");

  /** Who may still reach management ports once the Internet may not. */
  public static final FixParameter MANAGEMENT_SOURCE_PREFIX =
      new FixParameter(
          "managementSourcePrefix",
          "The source (an address prefix or a service tag) that NSG rules opening management"
              + " ports admit instead of the Internet; VirtualNetwork admits the virtual network,"
              + " where Bastion and VPN clients arrive.",
          "VirtualNetwork");

  /**
   * What names the NSG created for a VM's network interface that has none: the interface's name
   * followed by this suffix, so that each interface's NSG is told apart by its name.
   */
  public static final FixParameter NIC_NSG_SUFFIX =
      new FixParameter(
          "nicNsgSuffix",
          "Appended to a VM network interface's name to name the NSG created for it (vm1-nic"
              + " gets vm1-nic-nsg); the NSG must be new, since its rules are replaced.",
          "-nsg");

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
