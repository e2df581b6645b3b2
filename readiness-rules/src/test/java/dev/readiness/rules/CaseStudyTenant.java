package dev.readiness.rules;

import dev.readiness.api.ResourceType;
import dev.readiness.api.Rule;
import dev.readiness.rules.types.AzureTypes;
import dev.readiness.testkit.fixtures.DataCollectionRule;
import dev.readiness.testkit.fixtures.KeyVault;
import dev.readiness.testkit.fixtures.LogAnalyticsWorkspace;
import dev.readiness.testkit.fixtures.NetworkSecurityGroup;
import dev.readiness.testkit.fixtures.RecoveryServicesVault;
import dev.readiness.testkit.fixtures.ResourceGroup;
import dev.readiness.testkit.fixtures.StorageAccount;
import dev.readiness.testkit.fixtures.Subscription;
import dev.readiness.testkit.fixtures.Tenant;
import dev.readiness.testkit.fixtures.VirtualMachine;
import dev.readiness.testkit.fixtures.VirtualNetwork;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The case study as fixture code, from which the bundled {@code case-study.json} is written: a SOC
 * sees odd outbound traffic from THA-VM and cannot investigate. Each gap of the story sits beside a
 * well-configured counterpart, so the demo shows FAIL and PASS with evidence.
 */
final class CaseStudyTenant {
  static final String THA_VM = "THA-VM";
  static final String GOOD_VM = "APP-VM";
  static final String THA_NSG = "THA-VM-nsg";
  static final String GOOD_NSG = "APP-VM-nsg";
  static final String STAGING_ACCOUNT = "sttoolsstaging";
  static final String GOOD_ACCOUNT = "stappdata";
  static final String GOOD_VAULT = "kv-app";
  static final String SHORT_WORKSPACE = "law-ops";
  static final String CENTRAL_WORKSPACE = "law-central";

  private CaseStudyTenant() {}

  static Tenant build() {
    Tenant tenant = Tenant.create();
    Subscription prod = tenant.subscription("prod");

    ResourceGroup log = prod.resourceGroup("rg-log");
    // The workspace the operations team created, kept at the default 30 days.
    LogAnalyticsWorkspace ops = log.logAnalyticsWorkspace(SHORT_WORKSPACE).retentionDays(30);
    // The central workspace, kept 90 days interactively and two years in total for security tables.
    LogAnalyticsWorkspace central = log.logAnalyticsWorkspace(CENTRAL_WORKSPACE).retentionDays(400);
    central.table("SecurityEvent", 90, 730);
    central.withSentinel();
    central
        .extensionResource("Microsoft.SecurityInsights/alertRules", "BuiltInFusion")
        .kind("Fusion")
        .property("/properties/displayName", "Advanced Multistage Attack Detection")
        .property("/properties/enabled", true)
        .property("/properties/alertRuleTemplateName", "00000000-0000-0000-0000-00000000f001");
    StorageAccount flowArchive = log.storageAccount("stflowarchive");

    prod.activityLogDiagnosticSetting("activity-to-central").allLogs().toWorkspace(central);
    tenant
        .entraDiagnosticSetting("entra-to-ops")
        .category("AuditLogs", "SignInLogs")
        .toWorkspace(ops);

    prod.defenderPlan("VirtualMachines").standard("P2").extension("FileIntegrityMonitoring", false);
    prod.defenderPlan("StorageAccounts").free();
    prod.defenderPlan("KeyVaults").standard("PerKeyVault");
    prod.defenderPlan("Arm").standard("PerSubscription");

    ResourceGroup app = prod.resourceGroup("rg-app");
    VirtualNetwork vnet = app.virtualNetwork("vnet-app");
    vnet.subnet("snet-app");

    // THA-VM: no Azure Monitor Agent, no data collection rule, an NSG without flow log, no backup.
    NetworkSecurityGroup thaNsg = app.networkSecurityGroup(THA_NSG);
    VirtualMachine tha = app.virtualMachine(THA_VM);
    tha.networkInterface().networkSecurityGroup(thaNsg).subnet(vnet, "snet-app");

    // APP-VM: agent and rule sending Security and System events centrally, a flow log with
    // Traffic Analytics, and Azure Backup.
    DataCollectionRule windows =
        log.dataCollectionRule("dcr-windows-security")
            .collectsWindowsSecurityEvents()
            .collectsWindowsEvents("System!*")
            .sendsTo(central);
    NetworkSecurityGroup goodNsg = app.networkSecurityGroup(GOOD_NSG);
    goodNsg.diagnosticSetting("nsg-to-central").allLogs().toWorkspace(central);
    goodNsg
        .flowLog("fl-app-vm-nsg")
        .storedIn(flowArchive)
        .retentionDays(0)
        .trafficAnalytics(central);
    RecoveryServicesVault vault =
        prod.resourceGroup("rg-bcdr")
            .recoveryServicesVault("rsv-prod")
            .immutability("Locked")
            .softDelete("AlwaysON", 14);
    VirtualMachine good =
        app.virtualMachine(GOOD_VM)
            .withAzureMonitorAgent()
            .associatedWith(windows)
            .backedUpIn(vault);
    good.networkInterface().networkSecurityGroup(goodNsg).subnet(vnet, "snet-app");

    ResourceGroup data = prod.resourceGroup("rg-data");
    // Where the attacker staged tools: no data-plane logs at all.
    data.storageAccount(STAGING_ACCOUNT);
    // The counterpart: blob reads, writes and deletes go to the central workspace.
    data.storageAccount(GOOD_ACCOUNT)
        .blobService()
        .diagnosticSetting("blob-to-central")
        .allLogs()
        .toWorkspace(central);

    ResourceGroup sec = prod.resourceGroup("rg-sec");
    KeyVault keyVault = sec.keyVault(GOOD_VAULT).purgeProtection();
    keyVault.diagnosticSetting("audit-to-central").audit().toWorkspace(central);

    String group = "/subscriptions/" + prod.subscriptionId() + "/resourceGroups/rg-log";
    log.resource("Microsoft.Insights/actionGroups", "ag-soc")
        .location("Global")
        .property("/properties/groupShortName", "soc")
        .property("/properties/enabled", true)
        .property(
            "/properties/emailReceivers",
            List.of(
                Map.of(
                    "name", "soc-mail",
                    "emailAddress", "soc@contoso.example",
                    "useCommonAlertSchema", true,
                    "status", "Enabled")));
    log.resource("Microsoft.Insights/activityLogAlerts", "ala-role-assignments")
        .location("Global")
        .property("/properties/enabled", true)
        .property("/properties/scopes", List.of("/subscriptions/" + prod.subscriptionId()))
        .property(
            "/properties/condition/allOf",
            List.of(
                Map.of("field", "category", "equals", "Administrative"),
                Map.of(
                    "field",
                    "operationName",
                    "equals",
                    "Microsoft.Authorization/roleAssignments/write")))
        .property(
            "/properties/actions/actionGroups",
            List.of(
                Map.of(
                    "actionGroupId",
                    group + "/providers/microsoft.insights/actionGroups/ag-soc",
                    "webhookProperties",
                    Map.of())));

    tenant
        .graphObject("users", "00000000-0000-0000-0000-0000000a0001")
        .property("/properties/userPrincipalName", "alice.admin@contoso.example")
        .property("/properties/userType", "Member")
        .property("/properties/accountEnabled", true);
    tenant
        .graphObject(
            "identitySecurityDefaultsEnforcementPolicy", "00000000-0000-0000-0000-000000000005")
        .property("/properties/displayName", "Security Defaults")
        .property("/properties/isEnabled", false);
    tenant
        .graphObject("conditionalAccessPolicies", "00000000-0000-0000-0000-0000000ca001")
        .property("/properties/displayName", "Require MFA for administrators")
        .property("/properties/state", "enabled")
        .property("/properties/conditions/clientAppTypes", List.of("all"))
        .property("/properties/conditions/applications/includeApplications", List.of("All"))
        .property(
            "/properties/conditions/users/includeRoles",
            List.of("62e90394-69f5-4237-9190-012177145e10"))
        .property("/properties/grantControls/operator", "OR")
        .property("/properties/grantControls/builtInControls", List.of("mfa"));

    // Everything the checklist reads was collected, except the MFA registration report: the
    // collector lacked AuditLog.Read.All. FR-IAM-01 still fails, since neither security defaults
    // nor a policy for all users enforces MFA, and names the permission for the missing detail.
    TreeSet<ResourceType> read = new TreeSet<>();
    for (Rule rule : BuiltInRules.all()) {
      read.addAll(rule.metadata().reads());
      read.addAll(rule.metadata().optionalReads());
    }
    tenant.collected(read.stream().map(ResourceType::toString).toArray(String[]::new));
    tenant.denied(AzureTypes.GRAPH_USER_REGISTRATION_DETAILS, "AuditLog.Read.All");
    return tenant;
  }
}
