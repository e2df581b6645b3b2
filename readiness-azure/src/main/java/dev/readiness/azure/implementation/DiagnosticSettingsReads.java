package dev.readiness.azure.implementation;

import dev.readiness.api.Coverage;
import dev.readiness.api.CoverageRecord;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceId;
import dev.readiness.api.ResourceType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The diagnostic settings phase: Resource Graph holds none, so each resource's settings are read on
 * their own, and the log categories of each type once per subscription.
 */
final class DiagnosticSettingsReads {
  private final RunSettings settings;
  private final Pager pager;
  private final RunResults results;
  private final CallPool pool;
  private final String arm;

  DiagnosticSettingsReads(RunSettings settings, Pager pager, RunResults results, CallPool pool) {
    this.settings = settings;
    this.pager = pager;
    this.results = results;
    this.pool = pool;
    this.arm = settings.resourceManager().toString();
  }

  /** The diagnostic settings of every collected resource of the diagnostic parent types. */
  void readResourceSettings() {
    ResourceType type = FetchCatalog.DIAGNOSTIC_SETTINGS;
    String permission = FetchCatalog.specFor(type).permission();
    Map<ResourceId, Boolean> succeeded = new ConcurrentHashMap<>();
    List<CallPool.Call> tasks = new ArrayList<>();
    for (ResourceType parentType : settings.diagnosticParents()) {
      for (Resource parent : results.collectedOf(parentType)) {
        tasks.add(
            new CallPool.Call(
                parent,
                () -> {
                  Listing listing =
                      pager.list(
                          arm
                              + parent.id()
                              + "/providers/Microsoft.Insights/diagnosticSettings?api-version="
                              + FetchCatalog.ARM_API_DIAGNOSTICS,
                          "value",
                          "nextLink");
                  RestResponse failure =
                      results.keepAll(listing, Placement.under(parent.id(), type));
                  if (failure != null) {
                    results.gap(parent.id(), type, failure, permission);
                  } else {
                    succeeded.put(parent.id(), true);
                  }
                }));
      }
    }
    pool.runAll(tasks);
    // The Activity Log's settings share the type and the subscription scope; where they were not
    // readable, each resource whose own settings were read still says so.
    Coverage known = results.coverageSoFar();
    for (ResourceId parent : succeeded.keySet()) {
      if (!known.decide(parent, type).isCollected()) {
        results.record(CoverageRecord.collected(parent, type));
      }
    }
  }

  /**
   * The log categories and category groups of each type whose diagnostic settings are read: a
   * property of the type, so one resource per type and subscription (the first by id) is asked, and
   * its answer, or the gap, is recorded under that resource.
   */
  void readCategories() {
    ResourceType type = FetchCatalog.DIAGNOSTIC_SETTINGS_CATEGORIES;
    String permission = FetchCatalog.specFor(type).permission();
    List<CallPool.Call> tasks = new ArrayList<>();
    for (ResourceType parentType : new TreeSet<>(settings.diagnosticParents())) {
      Map<String, Resource> askedPerSubscription = new TreeMap<>();
      for (Resource parent : results.collectedOf(parentType)) {
        String subscription = parent.id().subscriptionId().orElse("").toLowerCase(Locale.ROOT);
        askedPerSubscription.putIfAbsent(subscription, parent);
      }
      for (Resource asked : askedPerSubscription.values()) {
        tasks.add(
            new CallPool.Call(
                asked,
                () ->
                    results.settle(
                        asked.id(),
                        type,
                        pager.list(
                            arm
                                + asked.id()
                                + "/providers/Microsoft.Insights/diagnosticSettingsCategories"
                                + "?api-version="
                                + FetchCatalog.ARM_API_DIAGNOSTICS,
                            "value",
                            "nextLink"),
                        permission,
                        Placement.under(asked.id(), type))));
      }
    }
    pool.runAll(tasks);
  }
}
