package dev.readiness.azure;

import dev.readiness.api.Resource;
import dev.readiness.api.ResourceId;
import dev.readiness.api.ResourceType;
import dev.readiness.api.Snapshot;
import dev.readiness.api.SnapshotMetadata;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A small two-subscription tenant that exercises every way the collector reads: Resource Graph
 * tables, per-parent children, diagnostic settings on resources, services and the Activity Log,
 * tenant settings and Microsoft Graph.
 */
final class TestTenant {
  static final String TENANT = "00000000-0000-0000-0000-0000000000aa";
  static final String SUB1 = "00000000-0000-0000-0000-000000000001";
  static final String SUB2 = "00000000-0000-0000-0000-000000000002";
  static final ResourceType VMS = ResourceType.of("Microsoft.Compute/virtualMachines");
  static final ResourceType VAULTS = ResourceType.of("Microsoft.KeyVault/vaults");
  static final ResourceType KEYS = ResourceType.of("Microsoft.KeyVault/vaults/keys");
  static final ResourceType STORAGE = ResourceType.of("Microsoft.Storage/storageAccounts");
  static final ResourceType BLOB_SERVICES =
      ResourceType.of("Microsoft.Storage/storageAccounts/blobServices");
  static final ResourceType WORKSPACES =
      ResourceType.of("Microsoft.OperationalInsights/workspaces");
  static final ResourceType TABLES =
      ResourceType.of("Microsoft.OperationalInsights/workspaces/tables");
  static final ResourceType DIAGNOSTICS = ResourceType.of("Microsoft.Insights/diagnosticSettings");
  static final ResourceType AADIAM = ResourceType.of("microsoft.aadiam/diagnosticSettings");
  static final ResourceType ROLE_ASSIGNMENTS =
      ResourceType.of("Microsoft.Authorization/roleAssignments");
  static final ResourceType PRICINGS = ResourceType.of("Microsoft.Security/pricings");
  static final ResourceType DCRA =
      ResourceType.of("Microsoft.Insights/dataCollectionRuleAssociations");
  static final ResourceType PIM =
      ResourceType.of("Microsoft.Authorization/roleEligibilityScheduleInstances");
  static final ResourceType USERS = ResourceType.of("microsoft.graph/users");
  static final ResourceType CA_POLICIES =
      ResourceType.of("microsoft.graph/conditionalAccessPolicies");

  static final List<ResourceType> SUBSCRIPTION_TYPES =
      List.of(
          VMS,
          VAULTS,
          KEYS,
          STORAGE,
          BLOB_SERVICES,
          WORKSPACES,
          TABLES,
          DIAGNOSTICS,
          ROLE_ASSIGNMENTS,
          PRICINGS,
          DCRA,
          PIM);
  static final List<ResourceType> TENANT_TYPES = List.of(AADIAM, USERS, CA_POLICIES);

  private final List<Resource> resources = new ArrayList<>();

  private TestTenant() {}

  static String rg(String subscription) {
    return "/subscriptions/" + subscription + "/resourceGroups/rg-app";
  }

  /** The tenant, with the given extra resources (for planted secrets). */
  static Snapshot snapshot(Resource... extra) {
    TestTenant t = new TestTenant();
    t.build();
    t.resources.addAll(List.of(extra));
    Snapshot.Builder builder =
        Snapshot.builder(SnapshotMetadata.of(TENANT, List.of(SUB1, SUB2), Instant.EPOCH));
    t.resources.forEach(builder::add);
    for (String sub : List.of(SUB1, SUB2)) {
      builder.collected(ResourceId.subscription(sub), SUBSCRIPTION_TYPES);
    }
    builder.collected(ResourceId.TENANT, TENANT_TYPES);
    return builder.build();
  }

  /** Every type the tenant holds. */
  static Set<ResourceType> types() {
    Set<ResourceType> all = new TreeSet<>(SUBSCRIPTION_TYPES);
    all.addAll(TENANT_TYPES);
    return all;
  }

  private void build() {
    for (int i = 1; i <= 7; i++) {
      add(
          """
          {"id": "%s/providers/Microsoft.Compute/virtualMachines/vm-%d", "name": "vm-%d",
           "type": "Microsoft.Compute/virtualMachines", "location": "westeurope",
           "tags": {"env": "test"},
           "properties": {"vmId": "00000000-0000-0000-0000-00000000010%d",
             "storageProfile": {"osDisk": {"osType": "Linux"}}}}"""
              .formatted(rg(SUB1), i, i, i));
    }
    String vm1 = rg(SUB1) + "/providers/Microsoft.Compute/virtualMachines/vm-1";
    add(
        """
        {"id": "%s/providers/Microsoft.Insights/dataCollectionRuleAssociations/dcra-1",
         "name": "dcra-1", "type": "Microsoft.Insights/dataCollectionRuleAssociations",
         "properties": {"dataCollectionRuleId": "%s/providers/Microsoft.Insights/dataCollectionRules/dcr-1"}}"""
            .formatted(vm1, rg(SUB1)));
    for (String sub : List.of(SUB1, SUB2)) {
      String vault = rg(sub) + "/providers/Microsoft.KeyVault/vaults/kv-" + sub.substring(35);
      add(
          """
          {"id": "%s", "name": "kv-%s", "type": "Microsoft.KeyVault/vaults", "location": "westeurope",
           "properties": {"enableSoftDelete": true, "enablePurgeProtection": true}}"""
              .formatted(vault, sub.substring(35)));
      for (int k = 1; k <= 3; k++) {
        add(
            """
            {"id": "%s/keys/key-%d", "name": "key-%d", "type": "Microsoft.KeyVault/vaults/keys",
             "properties": {"attributes": {"enabled": true, "exp": 1900000000}}}"""
                .formatted(vault, k, k));
      }
      add(
          """
          {"id": "%s/providers/Microsoft.Insights/diagnosticSettings/to-law", "name": "to-law",
           "type": "Microsoft.Insights/diagnosticSettings",
           "properties": {"workspaceId": "%s/providers/Microsoft.OperationalInsights/workspaces/law-1",
             "logs": [{"categoryGroup": "audit", "enabled": true}]}}"""
              .formatted(vault, rg(SUB1)));
      add(
          """
          {"id": "/subscriptions/%s/providers/Microsoft.Insights/diagnosticSettings/activity",
           "name": "activity", "type": "Microsoft.Insights/diagnosticSettings",
           "properties": {"logs": [{"category": "Administrative", "enabled": true}]}}"""
              .formatted(sub));
      add(
          """
          {"id": "/subscriptions/%s/providers/Microsoft.Security/pricings/VirtualMachines",
           "name": "VirtualMachines", "type": "Microsoft.Security/pricings",
           "properties": {"pricingTier": "Standard", "subPlan": "P2"}}"""
              .formatted(sub));
      add(
          """
          {"id": "/subscriptions/%s/providers/Microsoft.Authorization/roleAssignments/00000000-0000-0000-0000-00000000ra0%s",
           "name": "00000000-0000-0000-0000-00000000ra0%s",
           "type": "Microsoft.Authorization/roleAssignments",
           "properties": {"principalId": "00000000-0000-0000-0000-0000000a0001",
             "scope": "/subscriptions/%s"}}"""
              .formatted(sub, sub.substring(35), sub.substring(35), sub));
      add(
          """
          {"id": "/subscriptions/%s/providers/Microsoft.Authorization/roleEligibilityScheduleInstances/pim-1",
           "name": "pim-1", "type": "Microsoft.Authorization/roleEligibilityScheduleInstances",
           "properties": {"principalId": "00000000-0000-0000-0000-0000000a0002"}}"""
              .formatted(sub));
    }
    String storage = rg(SUB1) + "/providers/Microsoft.Storage/storageAccounts/stfake01";
    add(
        """
        {"id": "%s", "name": "stfake01", "type": "Microsoft.Storage/storageAccounts",
         "kind": "StorageV2", "sku": {"name": "Standard_GRS"}, "location": "westeurope",
         "properties": {"supportsHttpsTrafficOnly": true, "minimumTlsVersion": "TLS1_2"}}"""
            .formatted(storage));
    add(
        """
        {"id": "%s/blobServices/default", "name": "default",
         "type": "Microsoft.Storage/storageAccounts/blobServices",
         "properties": {"deleteRetentionPolicy": {"enabled": true, "days": 30}}}"""
            .formatted(storage));
    add(
        """
        {"id": "%s/blobServices/default/providers/Microsoft.Insights/diagnosticSettings/blob-logs",
         "name": "blob-logs", "type": "Microsoft.Insights/diagnosticSettings",
         "properties": {"logs": [{"category": "StorageRead", "enabled": true}]}}"""
            .formatted(storage));
    String workspace = rg(SUB1) + "/providers/Microsoft.OperationalInsights/workspaces/law-1";
    add(
        """
        {"id": "%s", "name": "law-1", "type": "Microsoft.OperationalInsights/workspaces",
         "location": "westeurope", "properties": {"retentionInDays": 90}}"""
            .formatted(workspace));
    for (String table : List.of("SigninLogs", "AuditLogs", "SecurityEvent")) {
      add(
          """
          {"id": "%s/tables/%s", "name": "%s",
           "type": "Microsoft.OperationalInsights/workspaces/tables",
           "properties": {"retentionInDays": 90, "totalRetentionInDays": 365}}"""
              .formatted(workspace, table, table));
    }
    add(
        """
        {"id": "/providers/microsoft.aadiam/diagnosticSettings/entra", "name": "entra",
         "type": "microsoft.aadiam/diagnosticSettings",
         "properties": {"workspaceId": "%s", "logs": [{"category": "SignInLogs", "enabled": true}]}}"""
            .formatted(workspace));
    for (int u = 1; u <= 3; u++) {
      String id = "00000000-0000-0000-0000-0000000a000" + u;
      add(
          """
          {"id": "/providers/microsoft.graph/users/%s", "name": "%s", "type": "microsoft.graph/users",
           "properties": {"id": "%s", "userPrincipalName": "user%d@contoso.example",
             "userType": "Member", "accountEnabled": true}}"""
              .formatted(id, id, id, u));
    }
    for (int p = 1; p <= 3; p++) {
      String policy = "00000000-0000-0000-0000-0000000ca00" + p;
      add(
          """
          {"id": "/providers/microsoft.graph/conditionalAccessPolicies/%s", "name": "%s",
           "type": "microsoft.graph/conditionalAccessPolicies",
           "properties": {"id": "%s", "displayName": "Require MFA %d", "state": "enabled",
             "grantControls": {"operator": "OR", "builtInControls": ["mfa"]}}}"""
              .formatted(policy, policy, policy, p));
    }
  }

  private void add(String json) {
    resources.add(Resource.parse(json));
  }
}
