package dev.readiness.rules.checklist;

import static dev.readiness.rules.checklist.OptionTable.ACTIVITY_LOG_CATEGORIES_REQUIRED;
import static dev.readiness.rules.checklist.OptionTable.CRITICAL_RESOURCE_CATEGORIES;
import static dev.readiness.rules.checklist.OptionTable.ENTRA_LOG_CATEGORIES;
import static dev.readiness.rules.checklist.OptionTable.FUNCTION_APP_CATEGORIES;
import static dev.readiness.rules.checklist.OptionTable.LISTED_ITEMS_LIMIT;
import static dev.readiness.rules.checklist.OptionTable.LOGGED_STORAGE_SERVICES;
import static dev.readiness.rules.checklist.OptionTable.MAX_WORKSPACES;
import static dev.readiness.rules.checklist.OptionTable.REQUIRED_DEFENDER_PLANS;
import static dev.readiness.rules.checklist.OptionTable.RETENTION_DAYS;
import static dev.readiness.rules.checklist.OptionTable.SYSLOG_FACILITIES_REQUIRED;
import static dev.readiness.rules.checklist.OptionTable.WINDOWS_EVENT_LOGS;
import static dev.readiness.rules.types.AzureTypes.WEB_SITES;
import static dev.readiness.rules.types.AzureTypes.WEB_SITE_SLOTS;

import dev.readiness.api.Resource;
import dev.readiness.api.ResourceType;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the logging and monitoring rules read: which logs must exist, where, and for how long. Each
 * component is the {@link OptionTable} row of the same name, checked by it.
 *
 * @param retentionDays {@link OptionTable#RETENTION_DAYS}
 * @param maxWorkspaces {@link OptionTable#MAX_WORKSPACES}
 * @param requiredDefenderPlans {@link OptionTable#REQUIRED_DEFENDER_PLANS}
 * @param criticalResourceCategories {@link OptionTable#CRITICAL_RESOURCE_CATEGORIES}, sorted by
 *     type
 * @param functionAppCategories {@link OptionTable#FUNCTION_APP_CATEGORIES}
 * @param activityLogCategories {@link OptionTable#ACTIVITY_LOG_CATEGORIES_REQUIRED}
 * @param entraLogCategories {@link OptionTable#ENTRA_LOG_CATEGORIES}
 * @param windowsEventLogs {@link OptionTable#WINDOWS_EVENT_LOGS}
 * @param syslogFacilities {@link OptionTable#SYSLOG_FACILITIES_REQUIRED}
 * @param loggedStorageServices {@link OptionTable#LOGGED_STORAGE_SERVICES}
 * @param listedItemsLimit {@link OptionTable#LISTED_ITEMS_LIMIT}
 */
public record LoggingOptions(
    int retentionDays,
    int maxWorkspaces,
    List<String> requiredDefenderPlans,
    Map<ResourceType, List<String>> criticalResourceCategories,
    List<String> functionAppCategories,
    List<String> activityLogCategories,
    List<String> entraLogCategories,
    List<String> windowsEventLogs,
    List<String> syslogFacilities,
    List<ResourceType> loggedStorageServices,
    int listedItemsLimit) {

  /**
   * Checks every component against its row.
   *
   * @throws InvalidOptionException naming the first option whose value is refused
   */
  public LoggingOptions {
    retentionDays = RETENTION_DAYS.accept(retentionDays);
    maxWorkspaces = MAX_WORKSPACES.accept(maxWorkspaces);
    requiredDefenderPlans = REQUIRED_DEFENDER_PLANS.accept(requiredDefenderPlans);
    criticalResourceCategories = CRITICAL_RESOURCE_CATEGORIES.accept(criticalResourceCategories);
    functionAppCategories = FUNCTION_APP_CATEGORIES.accept(functionAppCategories);
    activityLogCategories = ACTIVITY_LOG_CATEGORIES_REQUIRED.accept(activityLogCategories);
    entraLogCategories = ENTRA_LOG_CATEGORIES.accept(entraLogCategories);
    windowsEventLogs = WINDOWS_EVENT_LOGS.accept(windowsEventLogs);
    syslogFacilities = SYSLOG_FACILITIES_REQUIRED.accept(syslogFacilities);
    loggedStorageServices = LOGGED_STORAGE_SERVICES.accept(loggedStorageServices);
    listedItemsLimit = LISTED_ITEMS_LIMIT.accept(listedItemsLimit);
  }

  /** The logging options of {@code options}. */
  static LoggingOptions of(ChecklistOptions options) {
    return new LoggingOptions(
        options.get(RETENTION_DAYS),
        options.get(MAX_WORKSPACES),
        options.get(REQUIRED_DEFENDER_PLANS),
        options.get(CRITICAL_RESOURCE_CATEGORIES),
        options.get(FUNCTION_APP_CATEGORIES),
        options.get(ACTIVITY_LOG_CATEGORIES_REQUIRED),
        options.get(ENTRA_LOG_CATEGORIES),
        options.get(WINDOWS_EVENT_LOGS),
        options.get(SYSLOG_FACILITIES_REQUIRED),
        options.get(LOGGED_STORAGE_SERVICES),
        options.get(LISTED_ITEMS_LIMIT));
  }

  /**
   * The categories {@code resource}, of the critical type {@code type}, must export: those of
   * {@link #criticalResourceCategories()} for its type, or {@link #functionAppCategories()} for a
   * function app or a function app's deployment slot (a slot's {@code kind} names {@code
   * functionapp} like its site's); empty when the type is not critical.
   */
  public List<String> criticalCategoriesOf(Resource resource, ResourceType type) {
    if ((type.equals(WEB_SITES) || type.equals(WEB_SITE_SLOTS)) && isFunctionApp(resource)) {
      return functionAppCategories;
    }
    return criticalResourceCategories.getOrDefault(type, List.of());
  }

  /**
   * True when the site's {@code kind} (a comma-separated list such as {@code functionapp,linux} or
   * {@code app,linux,container}) names {@code functionapp}.
   */
  private static boolean isFunctionApp(Resource resource) {
    for (String token : resource.kind().orElse("").split(",")) {
      if (token.trim().toLowerCase(Locale.ROOT).equals("functionapp")) {
        return true;
      }
    }
    return false;
  }
}
