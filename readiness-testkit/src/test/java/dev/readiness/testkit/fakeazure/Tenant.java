package dev.readiness.testkit.fakeazure;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.api.CoverageRecord;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceId;
import dev.readiness.api.ResourceType;
import dev.readiness.api.Snapshot;
import dev.readiness.api.SnapshotMetadata;
import dev.readiness.api.implementation.JacksonAccess;
import java.time.Instant;
import java.util.List;

/**
 * A small two-subscription tenant for the server's tests: enough of every kind of list (more items
 * than a page) to exercise paging everywhere.
 */
final class Tenant {
  static final ObjectMapper MAPPER = new ObjectMapper();
  static final String TENANT_ID = "00000000-0000-0000-0000-0000000000aa";
  static final String SUB1 = "00000000-0000-0000-0000-000000000001";
  static final String SUB2 = "00000000-0000-0000-0000-000000000002";
  static final String RG1 = "/subscriptions/" + SUB1 + "/resourceGroups/rg-app";
  static final String RG2 = "/subscriptions/" + SUB2 + "/resourceGroups/rg-data";
  static final String VAULT = RG1 + "/providers/Microsoft.KeyVault/vaults/kv-fake01";
  static final String WORKSPACE =
      RG1 + "/providers/Microsoft.OperationalInsights/workspaces/law-fake01";
  static final String STORAGE = RG2 + "/providers/Microsoft.Storage/storageAccounts/stfake01";
  static final String VM_TYPE = "Microsoft.Compute/virtualMachines";
  static final String DIAGNOSTIC_SETTINGS = "Microsoft.Insights/diagnosticSettings";

  private Tenant() {}

  static Snapshot.Builder builder() {
    Snapshot.Builder builder =
        Snapshot.builder(
            SnapshotMetadata.of(
                TENANT_ID, List.of(SUB1, SUB2), Instant.parse("2025-01-01T00:00:00Z")));
    for (int i = 1; i <= 12; i++) {
      String vm = RG1 + "/providers/Microsoft.Compute/virtualMachines/vm-" + two(i);
      builder.add(resource(vm, VM_TYPE, "{\"vmId\":\"v" + i + "\"}"));
      if (i <= 3) {
        builder.add(
            resource(
                vm + "/providers/Microsoft.Insights/diagnosticSettings/to-law",
                DIAGNOSTIC_SETTINGS,
                "{\"workspaceId\":\"" + WORKSPACE + "\"}"));
      }
    }
    for (int i = 1; i <= 4; i++) {
      builder.add(
          resource(
              RG2 + "/providers/Microsoft.Compute/virtualMachines/db-" + two(i), VM_TYPE, "{}"));
    }
    builder.add(
        resource(
            VAULT,
            "Microsoft.KeyVault/vaults",
            "{\"vaultUri\":\"https://kv-fake01.vault.azure.net/\"}"));
    for (int i = 1; i <= 7; i++) {
      builder.add(resource(VAULT + "/keys/key-" + two(i), "Microsoft.KeyVault/vaults/keys", "{}"));
    }
    builder.add(
        resource(
            VAULT + "/keys/key-01/rotationPolicy/default",
            "Microsoft.KeyVault/vaults/keys/rotationPolicy",
            "{\"lifetimeActions\":[{\"trigger\":{\"timeAfterCreate\":\"P90D\"},"
                + "\"action\":{\"type\":\"Rotate\"}}],\"attributes\":{\"expiryTime\":\"P1Y\"}}"));
    for (int i = 1; i <= 6; i++) {
      builder.add(
          resource(
              "/subscriptions/"
                  + SUB1
                  + "/providers/Microsoft.Insights/diagnosticSettings/activity-"
                  + i,
              DIAGNOSTIC_SETTINGS,
              "{}"));
      builder.add(
          resource(
              "/providers/microsoft.aadiam/diagnosticSettings/entra-" + i,
              "microsoft.aadiam/diagnosticSettings",
              "{}"));
      builder.add(
          resource(
              WORKSPACE + "/providers/Microsoft.SecurityInsights/alertRules/rule-" + i,
              "Microsoft.SecurityInsights/alertRules",
              "{}"));
      builder.add(
          resource(
              "/subscriptions/"
                  + SUB1
                  + "/providers/Microsoft.Authorization/roleEligibilityScheduleInstances/pim-"
                  + i,
              "Microsoft.Authorization/RoleEligibilityScheduleInstances",
              "{}"));
    }
    builder.add(
        resource(
            WORKSPACE, "Microsoft.OperationalInsights/workspaces", "{\"retentionInDays\":90}"));
    for (int i = 1; i <= 11; i++) {
      builder.add(
          resource(
              WORKSPACE + "/tables/Table" + two(i),
              "Microsoft.OperationalInsights/workspaces/tables",
              "{\"totalRetentionInDays\":365}"));
    }
    builder.add(resource(STORAGE, "Microsoft.Storage/storageAccounts", "{}"));
    builder.add(
        resource(
            STORAGE + "/blobServices/default",
            "Microsoft.Storage/storageAccounts/blobServices",
            "{}"));
    for (String sub : List.of(SUB1, SUB2)) {
      builder.add(
          resource(
              "/subscriptions/" + sub + "/providers/Microsoft.Security/pricings/VirtualMachines",
              "Microsoft.Security/pricings",
              "{\"pricingTier\":\"Standard\"}"));
    }
    for (int i = 1; i <= 13; i++) {
      builder.add(
          resource(
              "/providers/microsoft.graph/users/00000000-0000-0000-0000-0000000a00" + two(i),
              "microsoft.graph/users",
              "{\"id\":\"00000000-0000-0000-0000-0000000a00"
                  + two(i)
                  + "\",\"userPrincipalName\":\"user"
                  + i
                  + "@contoso.example\",\"accountEnabled\":true,\"userType\":\"Member\"}"));
    }
    for (String collection :
        List.of(
            "userRegistrationDetails",
            "conditionalAccessPolicies",
            "directoryRoleAssignments",
            "directoryRoleEligibilitySchedules",
            "accessReviewDefinitions")) {
      for (int i = 1; i <= 5; i++) {
        String objectId = "00000000-0000-0000-0000-0000000b00" + two(i);
        builder.add(
            resource(
                "/providers/microsoft.graph/" + collection + "/" + objectId,
                "microsoft.graph/" + collection,
                "{\"id\":\"" + objectId + "\",\"displayName\":\"" + collection + " " + i + "\"}"));
      }
    }
    builder.add(
        resource(
            "/providers/microsoft.graph/identitySecurityDefaultsEnforcementPolicy/00000000-0000-0000-0000-000000000005",
            "microsoft.graph/identitySecurityDefaultsEnforcementPolicy",
            "{\"id\":\"00000000-0000-0000-0000-000000000005\",\"isEnabled\":false}"));
    return builder;
  }

  static Snapshot snapshot() {
    return builder().build();
  }

  static Resource resource(String id, String type, String properties) {
    try {
      ObjectNode json = MAPPER.createObjectNode();
      json.put("id", id);
      json.put("name", ResourceId.parse(id).name());
      json.put("type", type);
      json.set("properties", MAPPER.readTree(properties));
      return JacksonAccess.forms().resource(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  static CoverageRecord denied(String scope, String type, String permission) {
    return CoverageRecord.denied(
        ResourceId.parse(scope), ResourceType.of(type), 403, permission, null);
  }

  private static String two(int i) {
    return i < 10 ? "0" + i : String.valueOf(i);
  }
}
