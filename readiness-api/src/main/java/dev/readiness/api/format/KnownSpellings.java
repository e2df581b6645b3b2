package dev.readiness.api.format;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.api.ResourceType;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Types that Azure's own answers spell otherwise than the list they come from. Each is read as the
 * list's type, so the rules that read that type see the item; the facts come from the example
 * responses in the REST API specifications.
 */
final class KnownSpellings {
  /**
   * A role management policy assignment comes back typed and named in the singular
   * (azure-rest-api-specs specification/authorization/resource-manager/Microsoft.Authorization/
   * stable/2020-10-01/examples/GetRoleManagementPolicyAssignmentByScope.json).
   */
  private static final Map<String, ResourceType> TYPES =
      Map.of(
          "microsoft.authorization/rolemanagementpolicyassignment",
          ResourceType.of("Microsoft.Authorization/roleManagementPolicyAssignments"),
          "azureresourcemanager/diagnosticsettings",
          ResourceType.of("Microsoft.Insights/diagnosticSettings"));

  /**
   * A subscription's (Activity Log) diagnostic setting comes back with an id naming the provider
   * {@code AzureResourceManager} (specification/monitor/resource-manager/Microsoft.Insights/
   * preview/2021-05-01-preview/examples/getSubscriptionDiagnosticSetting.json).
   */
  private static final Pattern ACTIVITY_LOG_SETTING =
      Pattern.compile("(?i)/providers/AzureResourceManager/diagnosticSettings/");

  private KnownSpellings() {}

  /** {@code type} as its list spells it. */
  static ResourceType canonical(ResourceType type) {
    return TYPES.getOrDefault(type.key(), type);
  }

  /**
   * Rewrites {@code item}'s type, and an Activity Log setting's id, to the list's spelling. The id
   * of a singular policy assignment stays as Azure gave it: it is the item's real address.
   */
  static void normalize(ObjectNode item) {
    if (item.path("id").isTextual()) {
      String id = item.get("id").textValue();
      String rewritten =
          ACTIVITY_LOG_SETTING
              .matcher(id)
              .replaceFirst("/providers/Microsoft.Insights/diagnosticSettings/");
      if (!rewritten.equals(id)) {
        item.put("id", rewritten);
      }
    }
    if (item.path("type").isTextual()) {
      String type = item.get("type").textValue();
      ResourceType canonical = TYPES.get(type.toLowerCase(Locale.ROOT));
      if (canonical != null) {
        item.put("type", canonical.toString());
      }
    }
  }
}
