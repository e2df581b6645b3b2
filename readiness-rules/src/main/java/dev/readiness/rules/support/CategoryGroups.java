package dev.readiness.rules.support;

import static dev.readiness.rules.types.AzureTypes.AUTOMATION_ACCOUNTS;
import static dev.readiness.rules.types.AzureTypes.KEY_VAULTS;
import static dev.readiness.rules.types.AzureTypes.SQL_DATABASES;

import dev.readiness.api.ResourceType;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the diagnostic-setting category groups {@code allLogs} and {@code audit} contain.
 *
 * <p>{@code allLogs} holds every log category of a resource type. {@code audit} holds the
 * categories the service marks as audit-relevant, and only some types have it at all. A type or
 * category missing from the table below is treated as <em>not</em> in the audit group: at worst a
 * setting that relies on {@code audit} for it is reported as a gap that a human can confirm, never
 * as coverage that might not exist.
 */
public final class CategoryGroups {
  /** The group that holds every log category. */
  public static final String ALL_LOGS = "allLogs";

  /** The group that holds the audit-relevant log categories. */
  public static final String AUDIT = "audit";

  /** The data-plane log categories of the storage services: who read, wrote or deleted what. */
  public static final List<String> STORAGE_DATA_PLANE =
      List.of("StorageRead", "StorageWrite", "StorageDelete");

  /**
   * The audit group's categories of the types known to have one. Which types support the audit
   * group: the built-in policy "Resource logs should be enabled for Audit on supported resources"
   * (Azure/azure-policy built-in-policies/policyDefinitions/Monitoring/
   * DiagnosticSettingsExistsAudit_Audit.json, parameter resourceTypeList), which lists Key Vault,
   * SQL databases, Automation accounts and Bastion hosts among others, and lists neither the
   * storage services (blob, file, queue, table), nor App Service sites, nor AKS clusters, nor NSGs:
   * for those only {@code allLogs} or the categories themselves are credited. The categories are
   * each type's audit categories on its "Supported logs" page
   * (https://learn.microsoft.com/azure/azure-monitor/reference/supported-logs/logs-index).
   */
  private static final Map<ResourceType, Set<String>> AUDIT_CATEGORIES =
      Map.of(
          KEY_VAULTS,
          Set.of("AuditEvent"),
          SQL_DATABASES,
          Set.of("SQLSecurityAuditEvents", "DevOpsOperationsAudit"),
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

  /**
   * The group to recommend for exporting {@code categories} of a resource of {@code type}: {@code
   * audit} when the type's audit group holds them all, otherwise {@code allLogs}.
   */
  public static String groupCovering(ResourceType type, Collection<String> categories) {
    boolean allAudit =
        !categories.isEmpty() && categories.stream().allMatch(c -> contains(AUDIT, type, c));
    return allAudit ? AUDIT : ALL_LOGS;
  }
}
