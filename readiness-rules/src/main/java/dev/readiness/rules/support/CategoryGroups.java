package dev.readiness.rules.support;

import static dev.readiness.rules.types.AzureTypes.AKS_CLUSTERS;
import static dev.readiness.rules.types.AzureTypes.AUTOMATION_ACCOUNTS;
import static dev.readiness.rules.types.AzureTypes.BLOB_SERVICES;
import static dev.readiness.rules.types.AzureTypes.FILE_SERVICES;
import static dev.readiness.rules.types.AzureTypes.KEY_VAULTS;
import static dev.readiness.rules.types.AzureTypes.QUEUE_SERVICES;
import static dev.readiness.rules.types.AzureTypes.SQL_DATABASES;
import static dev.readiness.rules.types.AzureTypes.TABLE_SERVICES;
import static dev.readiness.rules.types.AzureTypes.WEB_SITES;

import dev.readiness.api.ResourceType;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the diagnostic-setting category groups {@code allLogs} and {@code audit} contain.
 *
 * <p>{@code allLogs} holds every log category of a resource type. {@code audit} holds the
 * categories the service marks as audit-relevant; the table below lists them per resource type as
 * Microsoft Learn's "Supported logs" pages and the {@code diagnosticSettingsCategories} API show
 * them (property {@code categoryGroups}). A type or category missing from the table is treated as
 * <em>not</em> in the audit group: at worst a setting that relies on {@code audit} for it is
 * reported as a gap that a human can confirm, never as coverage that might not exist.
 */
public final class CategoryGroups {
  /** The group that holds every log category. */
  public static final String ALL_LOGS = "allLogs";

  /** The group that holds the audit-relevant log categories. */
  public static final String AUDIT = "audit";

  /** The data-plane log categories of the storage services: who read, wrote or deleted what. */
  public static final List<String> STORAGE_DATA_PLANE =
      List.of("StorageRead", "StorageWrite", "StorageDelete");

  private static final Set<String> STORAGE_AUDIT = Set.copyOf(STORAGE_DATA_PLANE);

  private static final Map<ResourceType, Set<String>> AUDIT_CATEGORIES =
      Map.of(
          KEY_VAULTS,
          Set.of("AuditEvent"),
          BLOB_SERVICES,
          STORAGE_AUDIT,
          FILE_SERVICES,
          STORAGE_AUDIT,
          QUEUE_SERVICES,
          STORAGE_AUDIT,
          TABLE_SERVICES,
          STORAGE_AUDIT,
          SQL_DATABASES,
          Set.of("SQLSecurityAuditEvents", "DevOpsOperationsAudit"),
          WEB_SITES,
          Set.of("AppServiceAuditLogs", "AppServiceIPSecAuditLogs"),
          AKS_CLUSTERS,
          Set.of("kube-audit", "kube-audit-admin", "guard"),
          ResourceType.of("Microsoft.Network/bastionHosts"),
          Set.of("BastionAuditLogs"),
          AUTOMATION_ACCOUNTS,
          Set.of("AuditEvent"));

  private CategoryGroups() {}

  /**
   * True when the category group {@code group} of a resource of {@code type} contains {@code
   * category}. Names compare case-insensitively.
   */
  public static boolean contains(String group, ResourceType type, String category) {
    if (group.equalsIgnoreCase(ALL_LOGS)) {
      return true;
    }
    if (group.equalsIgnoreCase(AUDIT)) {
      return AUDIT_CATEGORIES.getOrDefault(type, Set.of()).stream()
          .anyMatch(member -> member.equalsIgnoreCase(category));
    }
    return false;
  }
}
