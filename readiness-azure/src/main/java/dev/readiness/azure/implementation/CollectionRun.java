package dev.readiness.azure.implementation;

import dev.readiness.api.ResourceType;
import dev.readiness.api.Snapshot;
import dev.readiness.api.SnapshotMetadata;
import dev.readiness.api.Version;
import dev.readiness.azure.CollectionPhase;
import dev.readiness.azure.CollectionProgress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * One collection: lists the subscriptions in scope, reads the inventory from Resource Graph, then
 * makes only the ARM and Microsoft Graph calls Resource Graph cannot answer, and records for every
 * scope and type whether it was collected, denied or failed. A failing call never stops the run; an
 * endpoint that cannot be reached at all or a credential that cannot sign in stops it at once.
 *
 * <p>Each phase is a class of its own ({@link SubscriptionDiscovery}, {@link ResourceGraphReads},
 * {@link ScopeReads}, {@link DiagnosticSettingsReads}); this class plans which types each phase
 * reads and assembles the snapshot.
 */
public final class CollectionRun {
  private final RunSettings settings;
  private final RunProgress progress;
  private final RunResults results;
  private final Pager pager;

  /**
   * A run with {@code settings}; {@code transportFactory} builds the transport that reports to this
   * run.
   */
  public CollectionRun(
      RunSettings settings,
      Function<TransportListener, RestTransport> transportFactory,
      int maxPages) {
    this.settings = settings;
    this.progress = new RunProgress(settings.listener());
    this.results = new RunResults(progress);
    this.pager =
        new Pager(
            transportFactory.apply(progress),
            progress,
            settings.resourceManager().toString(),
            settings.graph().toString(),
            maxPages);
  }

  /**
   * Collects; the snapshot is not yet sanitized.
   *
   * @throws dev.readiness.azure.CollectionException when Resource Manager cannot be reached or
   *     signed in to
   */
  public Snapshot run() {
    Plan plan = plan();
    progress.enter(CollectionPhase.SUBSCRIPTIONS);
    SubscriptionDiscovery.Discovery discovery =
        new SubscriptionDiscovery(settings, pager, results, progress)
            .discover(plan.subscriptionTypes());
    List<String> subscriptions = discovery.subscriptions();
    try (CallPool pool = new CallPool(settings.concurrency(), progress)) {
      progress.enter(CollectionPhase.RESOURCE_GRAPH);
      ResourceGraphReads inventory =
          new ResourceGraphReads(settings, pager, results, progress, pool);
      inventory.query(plan.byTable(), subscriptions);
      inventory.expandRows();

      ScopeReads scopes = new ScopeReads(settings, pager, results, pool);
      progress.enter(CollectionPhase.SUBSCRIPTION_AND_TENANT);
      scopes.readSubscriptionsAndTenant(
          subscriptions, plan.perSubscription(), plan.diagnostics(), plan.tenant());
      progress.enter(CollectionPhase.CHILD_RESOURCES);
      scopes.readChildren(plan.perParent(), subscriptions);

      progress.enter(CollectionPhase.DIAGNOSTIC_SETTINGS);
      DiagnosticSettingsReads diagnostics =
          new DiagnosticSettingsReads(settings, pager, results, pool);
      if (plan.diagnostics()) {
        diagnostics.readResourceSettings();
      }
      if (plan.categories()) {
        diagnostics.readCategories();
      }
    }
    CollectionProgress done = progress.done();

    Snapshot.Builder builder =
        Snapshot.builder(
            new SnapshotMetadata(
                Optional.of(discovery.tenantId()).filter(id -> !id.isBlank()),
                subscriptions,
                settings.cloudName(),
                settings.clock().instant(),
                "readiness",
                Version.current()));
    results.resources().forEach(builder::add);
    results.coverage().forEach(builder::coverage);
    Snapshot snapshot = builder.build();
    RunProgress.LOG.info(
        "Collected {} resources in {} subscriptions: {} calls, {} HTTP requests {}, {} throttled"
            + " waits, {} coverage gaps.",
        snapshot.size(),
        subscriptions.size(),
        done.callsDone(),
        done.requestsSent(),
        progress.requestsByService(),
        done.throttledWaits(),
        snapshot.coverage().gaps().size());
    progress.reportDone(done);
    return snapshot;
  }

  /**
   * Which phase reads each requested type.
   *
   * @param byTable the Resource Graph types by table
   * @param perSubscription types listed per subscription
   * @param perParent types listed per collected parent
   * @param tenant types listed once for the tenant (ARM or Microsoft Graph)
   * @param diagnostics whether diagnostic settings are read
   * @param categories whether diagnostic settings categories are read
   */
  private record Plan(
      Map<String, List<ResourceType>> byTable,
      List<ResourceType> perSubscription,
      List<ResourceType> perParent,
      List<ResourceType> tenant,
      boolean diagnostics,
      boolean categories) {

    /** Every type recorded per subscription, for the gaps of a failed discovery. */
    List<ResourceType> subscriptionTypes() {
      List<ResourceType> types = new ArrayList<>();
      byTable.values().forEach(types::addAll);
      types.addAll(perSubscription);
      types.addAll(perParent);
      if (diagnostics) {
        types.add(FetchCatalog.DIAGNOSTIC_SETTINGS);
      }
      if (categories) {
        types.add(FetchCatalog.DIAGNOSTIC_SETTINGS_CATEGORIES);
      }
      return types;
    }
  }

  private Plan plan() {
    Map<String, List<ResourceType>> byTable = new TreeMap<>();
    List<ResourceType> perSubscription = new ArrayList<>();
    List<ResourceType> perParent = new ArrayList<>();
    List<ResourceType> tenant = new ArrayList<>();
    boolean diagnostics = false;
    boolean categories = false;
    for (ResourceType type : new TreeSet<>(settings.types())) {
      FetchSpec spec = FetchCatalog.specFor(type);
      if (spec instanceof FetchSpec.ResourceGraph rg) {
        byTable.computeIfAbsent(rg.table(), t -> new ArrayList<>()).add(type);
      } else if (spec instanceof FetchSpec.PerSubscription) {
        perSubscription.add(type);
      } else if (spec instanceof FetchSpec.PerParent) {
        perParent.add(type);
      } else if (spec instanceof FetchSpec.DiagnosticSettings) {
        diagnostics = true;
      } else if (spec instanceof FetchSpec.DiagnosticSettingsCategories) {
        categories = true;
      } else if (spec instanceof FetchSpec.NotRead) {
        RunProgress.LOG.info("Not reading {}: {}.", type, spec.source());
      } else {
        tenant.add(type);
      }
    }
    return new Plan(byTable, perSubscription, perParent, tenant, diagnostics, categories);
  }
}
