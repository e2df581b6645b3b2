package dev.readiness.rules.support;

import static dev.readiness.rules.types.AzureTypes.AUTOMATION_ACCOUNTS;
import static dev.readiness.rules.types.AzureTypes.DIAGNOSTIC_SETTINGS_CATEGORIES;
import static dev.readiness.rules.types.AzureTypes.KEY_VAULTS;
import static dev.readiness.rules.types.AzureTypes.SQL_DATABASES;

import dev.readiness.api.CoverageRecord;
import dev.readiness.api.Json;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceId;
import dev.readiness.api.ResourceType;
import dev.readiness.api.Snapshot;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the diagnostic-setting category groups {@code allLogs} and {@code audit} contain.
 *
 * <p>{@code allLogs} holds every log category of a resource type. {@code audit} holds the
 * categories the service marks as audit-relevant, and only some types have it at all. Azure says
 * which, per resource, in {@code GET {resourceUri}/providers/Microsoft.Insights/
 * diagnosticSettingsCategories} ({@code properties.categoryGroups} of each category;
 * azure-rest-api- specs
 * specification/monitor/resource-manager/Microsoft.Insights/preview/2021-05-01-preview/
 * examples/listDiagnosticSettingsCategories.json). The collector records that answer for one
 * resource of each type as {@code Microsoft.Insights/diagnosticSettingsCategories} resources under
 * it, and it decides here for every resource of the type. Where nothing was recorded (an imported
 * snapshot, an older recording), the table below decides; a type or category missing from it is
 * treated as <em>not</em> in the audit group: at worst a setting that relies on {@code audit} for
 * it is reported as a gap that a human can confirm, never as coverage that might not exist. Where
 * reading the answer was denied or failed, whether {@code audit} holds a category is unknown.
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
   * The audit group's categories of the types known to have one, for snapshots without a recorded
   * answer. Which types support the audit group: the built-in policy "Resource logs should be
   * enabled for Audit on supported resources" (Azure/azure-policy built-in-policies/
   * policyDefinitions/Monitoring/DiagnosticSettingsExistsAudit_Audit.json, parameter
   * resourceTypeList), which lists Key Vault, SQL databases, Automation accounts and Bastion hosts
   * among others, and lists neither the storage services (blob, file, queue, table), nor App
   * Service sites, nor AKS clusters, nor NSGs: for those only {@code allLogs} or the categories
   * themselves are credited. The categories are each type's audit categories on its "Supported
   * logs" page
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

  /**
   * Whether a group holds a category: yes or no, or unknown when the answer Azure gives could not
   * be read.
   *
   * @param contains true when the group holds the category; false as well when unknown
   * @param unknownReason why it is unknown, as a clause; empty when it is known
   */
  public record Membership(boolean contains, Optional<String> unknownReason) {
    static final Membership YES = new Membership(true, Optional.empty());
    static final Membership NO = new Membership(false, Optional.empty());

    static Membership of(boolean contains) {
      return contains ? YES : NO;
    }
  }

  private CategoryGroups() {}

  /**
   * Whether the category group {@code group} of {@code resource}, a resource of {@code type}, holds
   * {@code category}: from the categories recorded for a resource of that type when there are any,
   * else from the table. Names compare case-insensitively. {@code allLogs} holds every category, so
   * only {@code audit} ever needs the recorded answer.
   */
  public static Membership membership(
      Snapshot snapshot, ResourceId resource, ResourceType type, String group, String category) {
    if (group.equalsIgnoreCase(ALL_LOGS)) {
      return Membership.YES;
    }
    if (!group.equalsIgnoreCase(AUDIT)) {
      return Membership.NO;
    }
    if (resource.isScope()) {
      return Membership.of(inTable(type, category));
    }
    List<Resource> recorded = recorded(snapshot, resource, type);
    for (Resource item : recorded) {
      if (item.name().equalsIgnoreCase(category)) {
        return Membership.of(
            item.properties().get("categoryGroups").items().stream()
                .anyMatch(member -> member.textEqualsIgnoreCase(AUDIT)));
      }
    }
    if (recorded.isEmpty()) {
      Optional<String> unread = whyUnread(snapshot, resource, type);
      if (unread.isPresent()) {
        return new Membership(
            false,
            Optional.of(
                "whether the 'audit' category group of "
                    + type
                    + " holds "
                    + category
                    + " could not be read: "
                    + unread.get()));
      }
    }
    // A category the recorded resource does not list (a kind of the type with other logs) is
    // answered like an unrecorded type.
    return Membership.of(inTable(type, category));
  }

  /**
   * The group to recommend for exporting {@code categories} of {@code resource}, a resource of
   * {@code type}: {@code audit} when its audit group holds them all, otherwise {@code allLogs}.
   */
  public static String groupCovering(
      Snapshot snapshot, ResourceId resource, ResourceType type, Collection<String> categories) {
    boolean allAudit =
        !categories.isEmpty()
            && categories.stream()
                .allMatch(c -> membership(snapshot, resource, type, AUDIT, c).contains());
    return allAudit ? AUDIT : ALL_LOGS;
  }

  private static boolean inTable(ResourceType type, String category) {
    return AUDIT_CATEGORIES.getOrDefault(type, Set.of()).stream()
        .anyMatch(member -> member.equalsIgnoreCase(category));
  }

  /**
   * The log categories recorded for a resource of {@code type}: the resource's own when it is the
   * one that was asked, else those of another resource of the type (which has the same), looked for
   * in its subscription first, where the collector asks one, then anywhere.
   */
  private static List<Resource> recorded(
      Snapshot snapshot, ResourceId resource, ResourceType type) {
    List<Resource> own = logCategories(snapshot.children(resource, DIAGNOSTIC_SETTINGS_CATEGORIES));
    if (!own.isEmpty()) {
      return own;
    }
    Optional<String> subscription = resource.subscriptionId();
    if (subscription.isPresent()) {
      List<Resource> nearby =
          ofType(
              snapshot.resources(
                  DIAGNOSTIC_SETTINGS_CATEGORIES, ResourceId.subscription(subscription.get())),
              type);
      if (!nearby.isEmpty()) {
        return nearby;
      }
    }
    return ofType(snapshot.resources(DIAGNOSTIC_SETTINGS_CATEGORIES), type);
  }

  private static List<Resource> ofType(List<Resource> recorded, ResourceType type) {
    return logCategories(
        recorded.stream().filter(item -> item.id().parent().type().equals(type)).toList());
  }

  private static List<Resource> logCategories(List<Resource> recorded) {
    return recorded.stream().filter(CategoryGroups::isLogCategory).toList();
  }

  private static boolean isLogCategory(Resource item) {
    Json categoryType = item.properties().get("categoryType");
    return categoryType.textEqualsIgnoreCase("Logs");
  }

  /**
   * Why the categories of {@code type} were asked for and not received: a gap recorded at a
   * resource of the type, or at a scope holding {@code resource}.
   */
  private static Optional<String> whyUnread(
      Snapshot snapshot, ResourceId resource, ResourceType type) {
    for (CoverageRecord gap : snapshot.coverage().gaps()) {
      ResourceId scope = gap.scope();
      boolean aboutType = scope.isScope() ? resource.isWithin(scope) : scope.type().equals(type);
      if (gap.type().equals(DIAGNOSTIC_SETTINGS_CATEGORIES) && aboutType) {
        // Asked of the coverage, so that the finding being worked out names the gap it quotes.
        return snapshot.coverage().missing(scope, gap.type()).map(CoverageRecord::reason);
      }
    }
    return Optional.empty();
  }
}
