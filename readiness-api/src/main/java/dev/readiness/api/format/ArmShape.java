package dev.readiness.api.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Locale;

/**
 * Turns one imported item into the ARM shape a {@link dev.readiness.api.Resource} keeps, whatever
 * shape it came in: raw ARM JSON ({@code id}, camelCase) is kept as it is; PSRule for Azure's
 * PowerShell objects ({@code ResourceId}, PascalCase) are mapped field by field, matching names
 * ignoring case; a subscription object (whose {@code Id} is a bare GUID) becomes the subscription.
 *
 * @param arm the item in ARM shape; its {@code id} may still be missing or malformed
 * @param subscriptionId the subscription the item says it was listed in, or {@code null}
 * @param resourceGroup the resource group the item says it was listed in, or {@code null}
 * @param notArm why the item cannot be read as ARM JSON at all, or {@code null}
 */
record ArmShape(ObjectNode arm, String subscriptionId, String resourceGroup, String notArm) {
  /** PSRule for Azure's export names the subscription object's type so, not as ARM does. */
  private static final String SUBSCRIPTION_OBJECT = "Microsoft.Subscription";

  /**
   * The ARM type of a subscription, as {@code GET /subscriptions/{id}} returns it with {@code id,
   * subscriptionId, tenantId, displayName, state} (azure-rest-api-specs:
   * specification/resources/resource-manager/Microsoft.Resources/stable/2022-12-01/examples/GetSubscription.json).
   */
  private static final String SUBSCRIPTION_TYPE = "Microsoft.Resources/subscriptions";

  private static final String CLASSIC_ADMINISTRATORS =
      "Microsoft.Authorization/classicAdministrators";
  private static final String ROLE_DEFINITIONS =
      "/providers/Microsoft.Authorization/roleDefinitions/";

  static ArmShape of(ObjectNode item) {
    String subscription = text(item, "subscriptionId");
    String group = firstText(item, "resourceGroup", "resourceGroupName");
    String type = ownType(item);
    if (SUBSCRIPTION_OBJECT.equalsIgnoreCase(type)) {
      return subscriptionObject(item, subscription);
    }
    if (item.has("id")) {
      return new ArmShape(item, subscription, group, null);
    }
    ObjectNode arm = JsonNodeFactory.instance.objectNode();
    copy(item, arm, "id", "ResourceId", "Id");
    if (type != null) {
      arm.put("type", type);
    }
    copy(item, arm, "name", "ResourceName", "Name");
    for (String field : new String[] {"location", "kind", "sku", "identity", "tags", "zones"}) {
      copy(item, arm, field, field);
    }
    copy(item, arm, "properties", "properties");
    if (!arm.has("id") && field(item, "RoleAssignmentId") != null) {
      return roleAssignment(item, arm, subscription, group);
    }
    return new ArmShape(arm, subscription, group, null);
  }

  /**
   * The item's own type. Get-AzResource names an extension resource's own type in {@code
   * ExtensionResourceType} and the type of the resource it extends in {@code ResourceType}; where
   * {@code ResourceType} and {@code Type} disagree and one extends the other, the longer is the
   * item's own type and the shorter its parent's too.
   */
  private static String ownType(ObjectNode item) {
    String extension = text(item, "ExtensionResourceType");
    if (extension != null) {
      return extension;
    }
    String listed = firstText(item, "ResourceType", "type");
    String typed = text(item, "type");
    if (listed != null
        && typed != null
        && typed.toLowerCase(Locale.ROOT).startsWith(listed.toLowerCase(Locale.ROOT) + "/")) {
      return typed;
    }
    return listed;
  }

  /** PSRule's subscription object: {@code Id} and {@code SubscriptionId} hold the bare GUID. */
  private static ArmShape subscriptionObject(ObjectNode item, String subscription) {
    String guid = subscription != null ? subscription : text(item, "id");
    ObjectNode arm = JsonNodeFactory.instance.objectNode();
    if (guid != null) {
      String bare = guid.replaceFirst("(?i)^/?subscriptions/", "");
      arm.put("id", "/subscriptions/" + bare);
      arm.put("subscriptionId", bare);
    }
    arm.put("type", SUBSCRIPTION_TYPE);
    copy(item, arm, "displayName", "displayName", "Name");
    copy(item, arm, "tenantId", "tenantId");
    copy(item, arm, "state", "state");
    copy(item, arm, "tags", "tags");
    return new ArmShape(arm, arm.path("subscriptionId").textValue(), null, null);
  }

  /**
   * Get-AzRoleAssignment's flat object ({@code RoleAssignmentId, Scope, RoleDefinitionId} as a bare
   * GUID, {@code ObjectId, ObjectType};
   * learn.microsoft.com/powershell/module/az.resources/get-azroleassignment) in the ARM shape of a
   * role assignment ({@code properties.roleDefinitionId, principalId, principalType, scope};
   * azure-rest-api-specs:
   * specification/authorization/resource-manager/Microsoft.Authorization/stable/2022-04-01/examples/RoleAssignments_Get.json).
   * With {@code -IncludeClassicAdministrators} it also lists classic administrators, which have no
   * role assignment id: they are no role assignment.
   */
  private static ArmShape roleAssignment(
      ObjectNode item, ObjectNode arm, String subscription, String group) {
    String id = text(item, "RoleAssignmentId");
    if (id == null) {
      arm.put("type", CLASSIC_ADMINISTRATORS);
      return new ArmShape(
          arm, subscription, group, "a classic administrator, not an RBAC role assignment");
    }
    arm.put("id", id);
    arm.put("name", id.substring(id.lastIndexOf('/') + 1));
    ObjectNode properties = arm.putObject("properties");
    String role = text(item, "RoleDefinitionId");
    if (role != null) {
      properties.put("roleDefinitionId", role.startsWith("/") ? role : ROLE_DEFINITIONS + role);
    }
    copy(item, properties, "principalId", "ObjectId");
    copy(item, properties, "principalType", "ObjectType");
    copy(item, properties, "scope", "Scope");
    return new ArmShape(arm, subscription, group, null);
  }

  /** The child and extension resources the export nested under {@code resources}, or null. */
  static JsonNode nested(ObjectNode item) {
    JsonNode children = field(item, "resources");
    return children != null && children.isArray() ? children : null;
  }

  /** The tenant the item names, or null. */
  static String tenant(ObjectNode item) {
    return text(item, "tenantId");
  }

  private static void copy(ObjectNode from, ObjectNode to, String armName, String... names) {
    for (String name : names) {
      JsonNode value = field(from, name);
      if (value != null && !value.isNull()) {
        to.set(armName, value);
        return;
      }
    }
  }

  private static String firstText(ObjectNode node, String... names) {
    for (String name : names) {
      String value = text(node, name);
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  private static String text(ObjectNode node, String name) {
    JsonNode value = field(node, name);
    return value != null && value.isTextual() && !value.textValue().isBlank()
        ? value.textValue()
        : null;
  }

  /** Exports spell keys in either case between versions and tools; match them ignoring case. */
  static JsonNode field(ObjectNode node, String name) {
    JsonNode exact = node.get(name);
    if (exact != null) {
      return exact;
    }
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String candidate = names.next();
      if (candidate.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
        return node.get(candidate);
      }
    }
    return null;
  }
}
