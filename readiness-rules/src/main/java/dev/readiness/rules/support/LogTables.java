package dev.readiness.rules.support;

import static dev.readiness.rules.types.AzureTypes.BLOB_SERVICES;
import static dev.readiness.rules.types.AzureTypes.ENTRA_DIAGNOSTIC_SETTINGS;
import static dev.readiness.rules.types.AzureTypes.FILE_SERVICES;
import static dev.readiness.rules.types.AzureTypes.KEY_VAULTS;
import static dev.readiness.rules.types.AzureTypes.QUEUE_SERVICES;
import static dev.readiness.rules.types.AzureTypes.TABLE_SERVICES;
import static dev.readiness.rules.types.AzureTypes.WEB_SITES;
import static dev.readiness.rules.types.AzureTypes.WEB_SITE_SLOTS;

import dev.readiness.api.ResourceType;
import dev.readiness.rules.types.AzureTypes;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a log category lands: the Log Analytics table, and the storage container that diagnostic
 * settings write to ({@code insights-logs-<category>}, or {@code insights-activity-logs}).
 */
final class LogTables {
  private static final Map<String, String> ENTRA_TABLES =
      Map.of(
          "auditlogs", "AuditLogs",
          "signinlogs", "SigninLogs",
          "noninteractiveusersigninlogs", "AADNonInteractiveUserSignInLogs",
          "serviceprincipalsigninlogs", "AADServicePrincipalSignInLogs",
          "managedidentitysigninlogs", "AADManagedIdentitySignInLogs",
          "provisioninglogs", "AADProvisioningLogs");

  private static final Map<ResourceType, String> STORAGE_TABLES =
      Map.of(
          BLOB_SERVICES, "StorageBlobLogs",
          FILE_SERVICES, "StorageFileLogs",
          QUEUE_SERVICES, "StorageQueueLogs",
          TABLE_SERVICES, "StorageTableLogs");

  /**
   * The App Service categories, each written to the resource-specific table of the same name
   * whatever the setting's destination type: App Service has no AzureDiagnostics mode (tables
   * reference, for example
   * https://learn.microsoft.com/azure/azure-monitor/reference/tables/appservicehttplogs and
   * https://learn.microsoft.com/azure/azure-monitor/reference/tables/functionapplogs). Deployment
   * slots emit the same categories as their site
   * (https://learn.microsoft.com/azure/azure-monitor/reference/supported-logs/microsoft-web-sites-slots-logs).
   */
  private static final Set<String> APP_SERVICE_TABLES =
      Set.of(
          "appservicehttplogs",
          "appserviceauditlogs",
          "appserviceipsecauditlogs",
          "appserviceapplogs",
          "appserviceconsolelogs",
          "appserviceplatformlogs",
          "appservicefileauditlogs",
          "appserviceantivirusscanauditlogs",
          "appserviceauthenticationlogs",
          "functionapplogs");

  private LogTables() {}

  /**
   * The table a category of a resource of {@code sourceType} lands in; {@code dedicated} when the
   * setting asks for resource-specific tables. Without it a resource's logs land in
   * AzureDiagnostics, except for the types that always write resource-specific tables (storage
   * services, App Service). Empty when the table is not known: a resource-specific table this class
   * does not name.
   */
  static Optional<String> table(ResourceType sourceType, String category, boolean dedicated) {
    String lower = category.toLowerCase(Locale.ROOT);
    if (sourceType.equals(ENTRA_DIAGNOSTIC_SETTINGS) || sourceType.equals(AzureTypes.TENANT)) {
      return Optional.ofNullable(ENTRA_TABLES.get(lower));
    }
    if (sourceType.equals(AzureTypes.SUBSCRIPTIONS)) {
      return Optional.of("AzureActivity");
    }
    if (STORAGE_TABLES.containsKey(sourceType)) {
      return Optional.of(STORAGE_TABLES.get(sourceType));
    }
    boolean appService = sourceType.equals(WEB_SITES) || sourceType.equals(WEB_SITE_SLOTS);
    if (appService && APP_SERVICE_TABLES.contains(lower)) {
      return Optional.of(category);
    }
    if (!dedicated) {
      return Optional.of("AzureDiagnostics");
    }
    if (sourceType.equals(KEY_VAULTS) && lower.equals("auditevent")) {
      return Optional.of("AZKVAuditLogs");
    }
    return Optional.empty();
  }

  /** The storage container diagnostic settings write {@code category} of {@code sourceType} to. */
  static String container(ResourceType sourceType, String category) {
    if (sourceType.equals(AzureTypes.SUBSCRIPTIONS)) {
      return "insights-activity-logs";
    }
    return "insights-logs-" + category.toLowerCase(Locale.ROOT);
  }
}
