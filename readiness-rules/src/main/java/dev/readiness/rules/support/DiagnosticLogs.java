package dev.readiness.rules.support;

import dev.readiness.api.ArmChange;
import dev.readiness.api.Change;
import dev.readiness.api.Fix;
import dev.readiness.api.Json;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceId;
import dev.readiness.api.ResourceType;
import dev.readiness.api.Snapshot;
import dev.readiness.rules.types.AzureTypes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one place that decides whether a diagnostic setting covers a log category. Every rule that
 * asks "are these logs exported?" goes through here, so {@code categoryGroup} entries, disabled
 * entries and settings without a destination are judged the same way everywhere.
 *
 * <p>A category is covered by an <em>enabled</em> {@code logs[]} entry that names it in {@code
 * category}, or by an enabled entry whose {@code categoryGroup} is {@code allLogs} (every category)
 * or {@code audit} (the audit categories of the resource type, see {@link CategoryGroups}). It is
 * exported when the covering setting names a destination: {@code workspaceId}, {@code
 * storageAccountId}, {@code eventHubAuthorizationRuleId} or {@code marketplacePartnerId}.
 */
public final class DiagnosticLogs {
  private static final String INGESTION_COST = "Log Analytics bills the ingested logs per GB.";

  /**
   * The log categories and their groups, as Azure lists them for a resource: what a rule that
   * routes resources' logs reads, optionally, besides their diagnostic settings. Optional because
   * the built-in table answers without them (an imported snapshot has none); where reading them
   * failed, {@link #route} says UNKNOWN for the categories that hung on a category group.
   */
  public static final ResourceType CATEGORY_GROUP_MEMBERS =
      AzureTypes.DIAGNOSTIC_SETTINGS_CATEGORIES;

  private DiagnosticLogs() {}

  /**
   * The diagnostic settings attached to {@code target}: for the tenant root the Entra ID ({@code
   * microsoft.aadiam}) settings, for a subscription its Activity Log settings, otherwise the
   * resource's own settings.
   */
  public static List<Resource> settings(Snapshot snapshot, ResourceId target) {
    if (target.equals(ResourceId.TENANT)) {
      return snapshot.resources(AzureTypes.ENTRA_DIAGNOSTIC_SETTINGS);
    }
    return snapshot.children(target, AzureTypes.DIAGNOSTIC_SETTINGS);
  }

  /** The type of diagnostic setting that hangs on {@code target}. */
  public static ResourceType settingsType(ResourceId target) {
    return target.equals(ResourceId.TENANT)
        ? AzureTypes.ENTRA_DIAGNOSTIC_SETTINGS
        : AzureTypes.DIAGNOSTIC_SETTINGS;
  }

  /**
   * The enabled entry of {@code setting}, on {@code target} (a resource of {@code sourceType}),
   * that covers {@code category}: an explicit category first, then a category group. When whether a
   * group entry covers it is unknown, the reason is added to {@code unsure}.
   */
  private static Optional<Json> coveringEntry(
      Snapshot snapshot,
      Resource setting,
      ResourceId target,
      ResourceType sourceType,
      String category,
      List<String> unsure) {
    List<Json> enabled =
        setting.properties().get("logs").items().stream()
            .filter(entry -> entry.get("enabled").isTrue())
            .toList();
    for (Json entry : enabled) {
      if (entry.get("category").textEqualsIgnoreCase(category)) {
        return Optional.of(entry);
      }
    }
    for (Json entry : enabled) {
      Optional<String> group = entry.get("categoryGroup").text();
      if (group.isPresent()) {
        CategoryGroups.Membership membership =
            CategoryGroups.membership(snapshot, target, sourceType, group.get(), category);
        if (membership.contains()) {
          return Optional.of(entry);
        }
        membership.unknownReason().ifPresent(unsure::add);
      }
    }
    return Optional.empty();
  }

  /**
   * Where the {@code categories} of {@code target} (a resource of {@code sourceType}; the tenant
   * root for Entra ID logs; a subscription for the Activity Log) are exported. Unknown when the
   * settings were not collected, or when a category no entry surely covers might be covered by a
   * category group whose members could not be read.
   */
  public static LogRouting route(
      Snapshot snapshot,
      ResourceId target,
      ResourceType sourceType,
      Collection<String> categories) {
    ResourceType settingsType = settingsType(target);
    List<Resource> settings = settings(snapshot, target);
    List<LogRouting.Route> routes = new ArrayList<>();
    Set<String> unknownGroups = new LinkedHashSet<>();
    for (String category : categories) {
      List<String> unsure = new ArrayList<>();
      boolean covered = false;
      for (Resource setting : settings) {
        Optional<Json> entry =
            coveringEntry(snapshot, setting, target, sourceType, category, unsure);
        if (entry.isPresent()) {
          covered = true;
          routes.add(new LogRouting.Route(category, setting, entry.get(), Destination.of(setting)));
        }
      }
      if (!covered) {
        unknownGroups.addAll(unsure);
      }
    }
    Optional<String> notCollected = snapshot.coverage().whyMissing(target, settingsType);
    if (notCollected.isEmpty() && !unknownGroups.isEmpty()) {
      notCollected = Optional.of(String.join("; ", unknownGroups));
    }
    return new LogRouting(
        snapshot,
        target,
        sourceType,
        List.copyOf(categories),
        notCollected,
        settings,
        routes,
        List.of(),
        List.of());
  }

  /**
   * Where the {@code categories} of {@code resource}, a resource of {@code type}, are exported:
   * {@link #route} for most types; for SQL databases the audit category counts only along an audit
   * that sends to Azure Monitor, and the server's audit counts for each of its databases (see
   * {@link SqlAuditing}).
   */
  public static LogRouting routeResource(
      Snapshot snapshot, Resource resource, ResourceType type, List<String> categories) {
    if (type.equals(AzureTypes.SQL_DATABASES)) {
      return SqlAuditing.route(snapshot, resource.id(), categories);
    }
    return route(snapshot, resource.id(), type, categories);
  }

  /**
   * The fix for the {@code uncovered} categories of {@code target}, a resource of {@code
   * sourceType}: a diagnostic setting on it that sends to the chosen workspace the category group
   * that type really has for them ({@link CategoryGroups#groupCovering}: {@code audit} only where
   * the type's audit group holds them all). A SQL database also needs its audit to send to Azure
   * Monitor (see {@link SqlAuditing}), which goes first. Diagnostic settings: azure-rest-api-specs
   * specification/monitor/resource-manager/Microsoft.Insights/preview/2021-05-01-preview/diagnosticsSettings_API.json.
   */
  public static Fix exportFix(
      Snapshot snapshot, ResourceId target, ResourceType sourceType, Collection<String> uncovered) {
    List<Change> changes = new ArrayList<>();
    if (sourceType.equals(AzureTypes.SQL_DATABASES)
        && uncovered.stream().anyMatch(SqlAuditing.AUDIT_CATEGORY::equalsIgnoreCase)) {
      changes.add(SqlAuditing.sendToAzureMonitor(target));
    }
    String group = CategoryGroups.groupCovering(snapshot, target, sourceType, uncovered);
    changes.add(
        setting(
            target,
            List.of(Map.of("categoryGroup", group, "enabled", true)),
            "the '" + group + "' category group"));
    return Fix.of(changes);
  }

  /**
   * The fix for the {@code categories} of the Activity Log of {@code subscription}: a subscription
   * diagnostic setting that sends each of them, by name, to the chosen workspace
   * (azure-rest-api-specs
   * specification/monitor/resource-manager/Microsoft.Insights/preview/2021-05-01-preview/subscriptionDiagnosticsSettings_API.json).
   */
  public static Fix activityLogFix(ResourceId subscription, Collection<String> categories) {
    return Fix.of(
        setting(subscription, byName(categories), Texts.joinClauses(List.copyOf(categories))));
  }

  /**
   * The fix for the Entra ID log {@code categories} no setting exports: a tenant diagnostic setting
   * 'readiness-export' that sends each of them, by name, to the chosen workspace
   * (azure-rest-api-specs
   * specification/azureactivedirectory/resource-manager/Microsoft.Aadiam/stable/2017-04-01/azureactivedirectory.json,
   * path /providers/microsoft.aadiam/diagnosticSettings/{name}).
   */
  public static Fix entraFix(Collection<String> categories) {
    return Fix.of(
        ArmChange.put(
                "/providers/microsoft.aadiam/diagnosticSettings/readiness-export",
                AzureTypes.ENTRA_DIAGNOSTIC_SETTINGS.toString(),
                "2017-04-01",
                Map.of("properties", toWorkspace(byName(categories))),
                "Add the Entra ID diagnostic setting 'readiness-export': send "
                    + Texts.joinClauses(List.copyOf(categories))
                    + " to the Log Analytics workspace.")
            .costing(INGESTION_COST));
  }

  private static List<Map<String, Object>> byName(Collection<String> categories) {
    List<Map<String, Object>> logs = new ArrayList<>();
    categories.forEach(c -> logs.add(Map.of("category", c, "enabled", true)));
    return logs;
  }

  private static Map<String, Object> toWorkspace(List<?> logs) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("workspaceId", FixParameters.WORKSPACE_ID);
    properties.put("logs", logs);
    return properties;
  }

  /**
   * A diagnostic setting 'readiness-export' on {@code target} sending {@code logs} to the
   * workspace.
   */
  private static ArmChange setting(ResourceId target, List<?> logs, String what) {
    String place = target.toString();
    int provider = place.indexOf("/providers/");
    return ArmChange.put(
            target + "/providers/Microsoft.Insights/diagnosticSettings/readiness-export",
            AzureTypes.DIAGNOSTIC_SETTINGS.toString(),
            "2021-05-01-preview",
            Map.of("properties", toWorkspace(logs)),
            "Add the diagnostic setting 'readiness-export' to "
                + (provider < 0 ? place : place.substring(provider + "/providers/".length()))
                + ": send "
                + what
                + " to the Log Analytics workspace.")
        .costing(INGESTION_COST);
  }

  /**
   * The types {@link #routeResource} reads besides diagnostic settings for resources of {@code
   * types}: the log categories Azure lists per type (see {@link #CATEGORY_GROUP_MEMBERS}), and the
   * SQL auditing settings when SQL databases are among them. Rules declare them as optional reads;
   * when they are missing the findings that need them are UNKNOWN.
   */
  public static ResourceType[] sourceStateTypes(Collection<ResourceType> types) {
    return types.contains(AzureTypes.SQL_DATABASES)
        ? new ResourceType[] {
          CATEGORY_GROUP_MEMBERS,
          AzureTypes.SQL_SERVER_AUDITING_SETTINGS,
          AzureTypes.SQL_DATABASE_AUDITING_SETTINGS
        }
        : new ResourceType[] {CATEGORY_GROUP_MEMBERS};
  }

  /**
   * Where the data-plane logs (StorageRead, StorageWrite, StorageDelete) of storage service {@code
   * service} (such as {@code blobServices}) of account {@code accountId} are exported: the setting
   * hangs on {@code {account}/blobServices/default}, not on the account.
   */
  public static LogRouting routeStorageService(
      Snapshot snapshot, ResourceId accountId, ResourceType service) {
    return route(
        snapshot,
        accountId.child(service.simpleName(), "default"),
        service,
        CategoryGroups.STORAGE_DATA_PLANE);
  }
}
