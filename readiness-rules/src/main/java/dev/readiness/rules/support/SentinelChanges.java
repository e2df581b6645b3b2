package dev.readiness.rules.support;

import dev.readiness.api.ArmChange;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sentinel settings a fix creates on a workspace (an analytics rule, a data connector): extension
 * resources of the workspace with a {@code kind} and {@code properties}, per the stable
 * Microsoft.SecurityInsights API (azure-rest-api-specs
 * specification/securityinsights/resource-manager/Microsoft.SecurityInsights/stable/2024-09-01).
 */
public final class SentinelChanges {
  private static final String API_VERSION = "2024-09-01";

  private SentinelChanges() {}

  /** A PUT of the {@code type} setting {@code name} of {@code kind} on {@code workspace}. */
  public static ArmChange put(
      Resource workspace,
      ResourceType type,
      String name,
      String kind,
      Map<String, Object> properties,
      String summary) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("kind", kind);
    body.put("properties", properties);
    return ArmChange.put(
        workspace.id() + "/providers/" + type + "/" + name,
        type.toString(),
        API_VERSION,
        body,
        summary);
  }
}
