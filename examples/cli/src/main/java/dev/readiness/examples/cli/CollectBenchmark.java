package dev.readiness.examples.cli;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import dev.readiness.api.CoverageRecord;
import dev.readiness.api.CoverageStatus;
import dev.readiness.api.Engine;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceType;
import dev.readiness.api.Snapshot;
import dev.readiness.azure.AzureCloud;
import dev.readiness.azure.CollectionPlan;
import dev.readiness.azure.Collector;
import dev.readiness.azure.CollectorBuilder;
import dev.readiness.azure.FetchMethod;
import dev.readiness.azure.PlannedFetch;
import dev.readiness.rules.BuiltInRules;
import dev.readiness.testkit.fakeazure.AzureService;
import dev.readiness.testkit.fakeazure.FakeAzure;
import dev.readiness.testkit.fakeazure.RecordedRequest;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import reactor.core.publisher.Mono;

/**
 * Collects a generated tenant from an in-process {@link FakeAzure} that throttles like ARM, and
 * compares the time taken with the least time any client could take ({@link CollectionLowerBound}).
 */
final class CollectBenchmark {
  /** Resource Graph's per-user quota as Azure grants it and FakeAzure enforces it by default. */
  static final int RESOURCE_GRAPH_QUERIES = 15;

  static final Duration RESOURCE_GRAPH_WINDOW = Duration.ofSeconds(5);

  /** ARM lists these child collections whole in practice; one page each keeps calls countable. */
  static final int PAGE_SIZE = 100;

  private static final TokenCredential FAKE_CREDENTIAL =
      request -> Mono.just(new AccessToken("fake-token", OffsetDateTime.now().plusHours(1)));

  /** {@code PER_RESOURCE} fetches name their parent type in braces, {@code GET {type}/...}. */
  private static final Pattern PARENT = Pattern.compile("\\{([A-Za-z0-9.]+/[^}]+)}");

  /** The benchmark's settings. */
  record Settings(
      int subscriptions,
      int resourcesPerSubscription,
      long latencyMillis,
      int bucket,
      double refillPerSecond,
      int concurrency,
      long seed,
      boolean sharedBucket) {}

  private CollectBenchmark() {}

  static Map<String, Object> measure(Settings settings) {
    Snapshot served =
        SyntheticSnapshots.tenant(
            settings.subscriptions(), settings.resourcesPerSubscription(), settings.seed());
    Engine engine = Engine.builder().addRules(BuiltInRules.all()).build();
    try (FakeAzure azure =
        FakeAzure.builder()
            .snapshot(served)
            .pageSize(PAGE_SIZE)
            .armThrottling(settings.bucket(), settings.refillPerSecond())
            .resourceGraphQuota(RESOURCE_GRAPH_QUERIES, RESOURCE_GRAPH_WINDOW)
            .latency(Duration.ofMillis(settings.latencyMillis()))
            .threads(Math.max(32, settings.concurrency() * 2))
            .start()) {
      CollectorBuilder builder =
          Collector.builder()
              .credential(FAKE_CREDENTIAL)
              .cloud(
                  AzureCloud.custom(
                      "AzureCloud",
                      azure.armEndpoint(),
                      azure.graphEndpoint(),
                      azure.armEndpoint()))
              .types(engine.typesToCollect())
              .concurrency(settings.concurrency());
      if (settings.sharedBucket()) {
        builder.subscriptionReadBudget(settings.bucket(), settings.refillPerSecond());
      } else {
        // A budget that never runs dry: the client sends as fast as it can and only a 429 with
        // Retry-After slows it down.
        builder.subscriptionReadBudget(Integer.MAX_VALUE, 1e12);
      }
      Collector collector = builder.build();
      long cpuStart = Medians.processCpuNanos();
      long start = System.nanoTime();
      Snapshot collected = collector.collect();
      double wallSeconds = (System.nanoTime() - start) / 1e9;
      double cpuSeconds = (Medians.processCpuNanos() - cpuStart) / 1e9;

      List<RecordedRequest> requests = azure.requests();
      Calls calls = Calls.expected(collector.plan(), served, requests);
      CollectionLowerBound bound =
          new CollectionLowerBound(
              settings.bucket(),
              settings.refillPerSecond(),
              settings.latencyMillis() / 1000.0,
              settings.concurrency());
      double lowerBound =
          Math.max(
              bound.seconds(calls.perSubscription().values(), calls.other()),
              resourceGraphQuotaSeconds(calls.resourceGraphPages()));
      long failed =
          collected.coverage().records().stream()
              .filter(r -> r.status() == CoverageStatus.FAILED)
              .count();

      Map<String, Object> result = new LinkedHashMap<>();
      result.put("client", settings.sharedBucket() ? "shared-bucket" : "retry-on-429-only");
      result.put("subscriptions", settings.subscriptions());
      result.put("resources", served.resources().size());
      result.put("latencyMs", settings.latencyMillis());
      result.put("bucket", settings.bucket());
      result.put("refillPerSecond", settings.refillPerSecond());
      result.put("concurrency", settings.concurrency());
      result.put("requests", requests.size());
      result.put("throttled", requests.stream().filter(r -> r.status() == 429).count());
      result.put("failedRequests", failed);
      result.put("wallSeconds", wallSeconds);
      result.put("lowerBoundSeconds", lowerBound);
      result.put("unavoidableCalls", calls.total());
      result.put("busiestSubscriptionReads", calls.busiest());
      result.put("callBound", calls.issueBound());
      result.put("coverageComplete", complete(collected));
      // Client and FakeAzure share this process: the CPU both spent, which the bound leaves out.
      result.put("cpuSeconds", cpuSeconds);
      result.put(
          "loadAverage", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      return result;
    }
  }

  /** True when no coverage record says data was denied or failed. */
  static boolean complete(Snapshot collected) {
    return collected.coverage().records().stream()
        .map(CoverageRecord::status)
        .noneMatch(s -> s == CoverageStatus.DENIED || s == CoverageStatus.FAILED);
  }

  /**
   * The least time {@code queries} Resource Graph queries take under the per-user quota: each full
   * window lets {@link #RESOURCE_GRAPH_QUERIES} through.
   */
  static double resourceGraphQuotaSeconds(int queries) {
    int windows = (queries + RESOURCE_GRAPH_QUERIES - 1) / RESOURCE_GRAPH_QUERIES;
    return Math.max(0, windows - 1) * RESOURCE_GRAPH_WINDOW.toNanos() / 1e9;
  }

  /**
   * The calls a collection cannot avoid, from the plan and the served tenant: one read per parent
   * for each per-resource fetch (the plan names the parent type in braces), one read per resource
   * of a type Resource Graph lists but cannot return whole, one diagnostic-settings read per
   * resource of a type with logs and per subscription (the Activity Log), one categories read per
   * type with logs and subscription, the per-subscription fetches; plus Resource Graph's pages and
   * the tenant-level reads.
   *
   * @param perSubscription the unavoidable ARM reads of each subscription
   * @param other unavoidable calls no subscription bucket limits
   * @param resourceGraphPages the Resource Graph pages answered
   * @param issueBound the most calls the collector may make: Resource Graph pages + per-resource
   *     calls + a fixed number per subscription and for the tenant
   */
  record Calls(
      Map<String, Integer> perSubscription, int other, int resourceGraphPages, int issueBound) {

    int total() {
      return other + perSubscription.values().stream().mapToInt(Integer::intValue).sum();
    }

    int busiest() {
      return perSubscription.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    private static final ResourceType DIAGNOSTIC_SETTINGS =
        ResourceType.of("Microsoft.Insights/diagnosticSettings");
    private static final ResourceType DIAGNOSTIC_SETTINGS_CATEGORIES =
        ResourceType.of("Microsoft.Insights/diagnosticSettingsCategories");

    static Calls expected(CollectionPlan plan, Snapshot served, List<RecordedRequest> requests) {
      List<ResourceType> perParent = new ArrayList<>();
      int perSubscriptionFetches = 0;
      int tenantCalls = 1; // the subscription list
      for (PlannedFetch fetch : plan.fetches()) {
        if (fetch.method() == FetchMethod.PER_SUBSCRIPTION) {
          perSubscriptionFetches++;
        } else if (fetch.method() == FetchMethod.TENANT
            || fetch.method() == FetchMethod.MICROSOFT_GRAPH) {
          tenantCalls++;
        } else if (fetch.method() == FetchMethod.RESOURCE_GRAPH
            && fetch.source().contains(" per resource")) {
          // Listed by Resource Graph, then read one by one for what the listing leaves out.
          perParent.add(fetch.type());
        } else if (fetch.method() == FetchMethod.PER_RESOURCE) {
          Matcher parent = PARENT.matcher(fetch.source());
          if (parent.find()) {
            perParent.add(ResourceType.of(parent.group(1)));
          } else if (!fetch.type().equals(DIAGNOSTIC_SETTINGS)
              && !fetch.type().equals(DIAGNOSTIC_SETTINGS_CATEGORIES)) {
            throw new IllegalStateException("No parent type in the planned fetch " + fetch);
          }
        }
      }
      Set<ResourceType> withLogs = plan.diagnosticSettingsFor();
      boolean diagnostics =
          plan.fetches().stream().anyMatch(f -> f.type().equals(DIAGNOSTIC_SETTINGS));
      boolean categories =
          plan.fetches().stream().anyMatch(f -> f.type().equals(DIAGNOSTIC_SETTINGS_CATEGORIES));
      // The categories are read for one resource of each type with logs, per subscription.
      Map<String, Set<ResourceType>> typesWithLogsPresent = new TreeMap<>();
      Map<String, Integer> perSubscription = new TreeMap<>();
      for (String subscription : served.metadata().subscriptions()) {
        perSubscription.put(subscription, perSubscriptionFetches + (diagnostics ? 1 : 0));
      }
      for (Resource resource : served.resources()) {
        String subscription = resource.id().subscriptionId().orElse(null);
        if (subscription == null) {
          continue;
        }
        int reads =
            (int) perParent.stream().filter(t -> t.equals(resource.type())).count()
                + (diagnostics && withLogs.contains(resource.type()) ? 1 : 0);
        perSubscription.merge(subscription, reads, Integer::sum);
        if (categories && withLogs.contains(resource.type())) {
          typesWithLogsPresent
              .computeIfAbsent(subscription, s -> new HashSet<>())
              .add(resource.type());
        }
      }
      typesWithLogsPresent.forEach(
          (subscription, types) -> perSubscription.merge(subscription, types.size(), Integer::sum));
      int resourceGraphPages =
          (int)
              requests.stream()
                  .filter(r -> r.service() == AzureService.RESOURCE_GRAPH && r.status() != 429)
                  .count();
      int other = tenantCalls + resourceGraphPages;
      int issueBound =
          resourceGraphPages
              + perSubscription.values().stream().mapToInt(Integer::intValue).sum()
              + tenantCalls;
      return new Calls(Map.copyOf(perSubscription), other, resourceGraphPages, issueBound);
    }
  }
}
