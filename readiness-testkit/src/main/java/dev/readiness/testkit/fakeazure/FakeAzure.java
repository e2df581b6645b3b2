package dev.readiness.testkit.fakeazure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import dev.readiness.api.ResourceId;
import dev.readiness.api.Snapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * A local, in-process Azure that serves a {@link Snapshot} over real HTTP the way Azure Resource
 * Manager, Resource Graph, Microsoft Graph and the Key Vault data plane serve a tenant — with their
 * paging, throttling and error bodies, and with faults injected on demand. It binds to the loopback
 * address on random ports and records every request it receives.
 *
 * <pre>{@code
 * try (FakeAzure azure = FakeAzure.builder().snapshot(snapshot).pageSize(5).start()) {
 *   URI arm = azure.armEndpoint();     // http://127.0.0.1:{port}/
 *   URI graph = azure.graphEndpoint(); // http://127.0.0.1:{port}/
 *   ... run the code under test against these endpoints ...
 *   assertThat(azure.count("POST")).isEqualTo(2);
 * }
 * }</pre>
 *
 * <p>What it serves:
 *
 * <ul>
 *   <li>ARM ({@link #armEndpoint()}): {@code GET {resourceId}} for any resource of the snapshot;
 *       {@code GET {parentId}/{childType}} and {@code GET {parentId}/providers/{Namespace}/{type}}
 *       list the children or extension resources of a parent (or, under a subscription or resource
 *       group, every resource of the type in that scope), with {@code value} and {@code nextLink}
 *       paging; {@code GET /subscriptions} lists the snapshot's subscriptions. Every request needs
 *       {@code api-version}. ARM's per-subscription token bucket throttles reads and reports what
 *       is left in {@code x-ms-ratelimit-remaining-subscription-reads}.
 *   <li>Resource Graph on the same endpoint: {@code POST
 *       /providers/Microsoft.ResourceGraph/resources?api-version=2022-10-01} with body {@code
 *       {subscriptions, query, options: {$top, $skip, $skipToken, resultFormat: "objectArray"}}},
 *       answering {@code {totalRecords, count, data, facets, resultTruncated, $skipToken?}} with
 *       {@code $skipToken} paging, at most 300 subscriptions per query and the per-user quota
 *       headers {@code x-ms-user-quota-remaining} and {@code x-ms-user-quota-resets-after}. It
 *       understands this subset of KQL and refuses anything else with 400 {@code InvalidQuery}
 *       naming the first token it did not understand:
 *       <pre>
 * query     := table { "|" operator }
 * table     := resources | resourcecontainers | securityresources | authorizationresources
 *            | policyresources | recoveryservicesresources | insightsresources
 *            | appserviceresources
 * operator  := "where" condition { "and" condition }
 *            | "project" column { "," column }
 *            | ("order" | "sort") "by" column [ "asc" | "desc" ]
 * condition := column ("in~" | "in") "(" string { "," string } ")"
 *            | column ("=~" | "==") string
 * column    := id | name | type | location | tags | kind | sku | identity | properties
 *            | subscriptionId | resourceGroup | tenantId | managedBy | plan | zones
 *            | extendedLocation
 * string    := 'text' | "text"
 * </pre>
 *       for example {@code resources | where type in~ ('microsoft.compute/virtualmachines') | where
 *       subscriptionId in~ ('...') | project id, name, type, location, tags, kind, sku, identity,
 *       properties, subscriptionId, resourceGroup | order by id asc}. Rows come sorted by {@code
 *       id} unless ordered otherwise; {@code type} and {@code resourceGroup} are lower case and
 *       absent columns {@code null}, as in Resource Graph. Each type lives in the table Microsoft
 *       Learn's table reference names; types no table holds (diagnostic settings, storage services,
 *       workspace tables, Sentinel, Key Vault keys, PIM, Graph objects) are returned by no query.
 *   <li>Microsoft Graph v1.0 ({@link #graphEndpoint()}): users, user registration details,
 *       conditional access policies, the security defaults policy, directory role assignments and
 *       eligibility schedules, access review definitions, from the snapshot's {@code
 *       microsoft.graph/...} resources, with {@code @odata.nextLink} paging.
 *   <li>Key Vault key rotation policies ({@link #keyVaultEndpoint()}): {@code GET
 *       /{vaultName}/keys/{keyName}/rotationpolicy?api-version=7.4}.
 * </ul>
 *
 * <p>The snapshot's coverage decides what a caller may see: a read whose type and scope coverage
 * says was DENIED answers 403 naming the missing permission, one that FAILED answers the recorded
 * status (500 when none was recorded). Requests without a bearer token answer 401 unless {@link
 * Builder#requireBearerToken(boolean)} says otherwise.
 *
 * <p>Thread-safe. Close it to free its ports and threads.
 */
// Over 400 lines as one job, the server's public face: its lifecycle, endpoints, request log and
// the Builder of its settings, with the Javadoc of every endpoint it serves; the serving itself is
// in the per-service classes of this package.
public final class FakeAzure implements AutoCloseable {
  static {
    // The JDK server sends headers and body as two TCP segments; with Nagle's algorithm on, the
    // client's delayed ACK holds the body back some 40 ms, which halves a benchmark's throughput.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final List<HttpServer> servers;
  private final ExecutorService workers;
  private final ScheduledExecutorService scheduler;
  private final RequestLog log;
  private final URI arm;
  private final URI graph;
  private final URI keyVault;

  private FakeAzure(
      Snapshot snapshot, Map<ResourceId, ObjectNode> servedAs, Settings settings, int port)
      throws IOException {
    this.log = new RequestLog();
    this.workers = Executors.newFixedThreadPool(settings.threads(), daemonThreads("worker"));
    this.scheduler = Executors.newScheduledThreadPool(2, daemonThreads("latency"));
    ServedSnapshot served = new ServedSnapshot(snapshot, servedAs);
    List<ActiveFault> faults = new ArrayList<>();
    for (int i = 0; i < settings.faults().size(); i++) {
      faults.add(new ActiveFault(settings.faults().get(i), settings.seed() + i));
    }
    TokenBuckets buckets =
        settings.throttled()
            ? new TokenBuckets(settings.bucketSize(), settings.refillPerSecond(), settings.ticker())
            : null;
    UserQuota quota =
        settings.throttled()
            ? new UserQuota(settings.quotaQueries(), settings.quotaWindow(), settings.ticker())
            : null;
    this.servers = new ArrayList<>();
    try {
      ResourceGraphApi resourceGraph =
          new ResourceGraphApi(served, settings.resourceGraphPageSize());
      this.arm =
          serve(
              new ArmApi(served, settings.pageSize(), resourceGraph),
              settings,
              served,
              faults,
              buckets,
              quota,
              port);
      this.graph =
          serve(
              new GraphApi(served, settings.pageSize()),
              settings,
              served,
              faults,
              null,
              null,
              port == 0 ? 0 : port + 1);
      this.keyVault =
          serve(
              new KeyVaultApi(served),
              settings,
              served,
              faults,
              null,
              null,
              port == 0 ? 0 : port + 2);
    } catch (IOException | RuntimeException failed) {
      close();
      throw failed;
    }
  }

  private URI serve(
      ServiceApi api,
      Settings settings,
      ServedSnapshot served,
      List<ActiveFault> faults,
      TokenBuckets buckets,
      UserQuota quota,
      int port)
      throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
    servers.add(server);
    InetSocketAddress address = server.getAddress();
    URI base =
        URI.create(
            "http://" + address.getAddress().getHostAddress() + ":" + address.getPort() + "/");
    server.createContext(
        "/", new Dispatcher(api, settings, served, faults, buckets, quota, log, scheduler, base));
    server.setExecutor(workers);
    server.start();
    return base;
  }

  private static ThreadFactory daemonThreads(String role) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, "fake-azure-" + role + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /** A builder; {@link Builder#snapshot(Snapshot)} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The base URI of Azure Resource Manager and Resource Graph, for example {@code
   * http://127.0.0.1:50123/}; it stands for {@code https://management.azure.com/}.
   */
  public URI armEndpoint() {
    return arm;
  }

  /**
   * The base URI of Microsoft Graph, for example {@code http://127.0.0.1:50124/}; it stands for
   * {@code https://graph.microsoft.com/}, so users are at {@code v1.0/users} below it.
   */
  public URI graphEndpoint() {
    return graph;
  }

  /**
   * The base URI of the Key Vault data plane for every vault: the rotation policy of key {@code k}
   * in vault {@code v} (normally {@code https://v.vault.azure.net/keys/k/rotationpolicy}) is at
   * {@code v/keys/k/rotationpolicy} below it.
   */
  public URI keyVaultEndpoint() {
    return keyVault;
  }

  /** Every request received so far, in the order they were answered; an immutable copy. */
  public List<RecordedRequest> requests() {
    return log.snapshot();
  }

  /** The requests received so far with HTTP method {@code method} (for example {@code "POST"}). */
  public long count(String method) {
    return requests().stream().filter(r -> r.method().equalsIgnoreCase(method)).count();
  }

  /** The requests received so far that were addressed to {@code service}. */
  public long count(AzureService service) {
    return requests().stream().filter(r -> r.service() == service).count();
  }

  /** Forgets the requests received so far, as between the phases of a benchmark. */
  public void clearRequests() {
    log.clear();
  }

  /** Stops serving, closes open connections and frees the threads. */
  @Override
  public void close() {
    servers.forEach(server -> server.stop(0));
    workers.shutdownNow();
    scheduler.shutdownNow();
  }

  @Override
  public String toString() {
    return "FakeAzure(arm=" + arm + ", graph=" + graph + ", keyVault=" + keyVault + ")";
  }

  /**
   * Configures a {@link FakeAzure}. Defaults: pages of 10 for ARM and Graph lists (small, so
   * clients meet paging), Resource Graph pages of up to 1000 rows, ARM throttling of 250 reads per
   * subscription refilled at 25 a second, a Resource Graph quota of 15 queries per 5 seconds per
   * user, no latency, 32 worker threads, seed 0, bearer tokens required, no faults.
   */
  public static final class Builder {
    private Snapshot snapshot;
    private int pageSize = 10;
    private int resourceGraphPageSize = ResourceGraphApi.MAX_TOP;
    private boolean throttled = true;
    private int bucketSize = 250;
    private double refillPerSecond = 25;
    private int quotaQueries = 15;
    private Duration quotaWindow = Duration.ofSeconds(5);
    private Duration latency = Duration.ZERO;
    private int threads = 32;
    private long seed;
    private boolean requireBearerToken = true;
    private boolean nullNextLinks;
    private final List<Fault> faults = new ArrayList<>();
    private LongSupplier ticker = System::nanoTime;
    private final Map<ResourceId, ObjectNode> servedAs = new LinkedHashMap<>();
    private int port;

    private Builder() {}

    /**
     * Serves Resource Manager on loopback port {@code port}, Microsoft Graph on {@code port + 1}
     * and Key Vault on {@code port + 2}, so a person can point a command at a known address; {@code
     * 0} (the default) picks free ports.
     *
     * @throws IllegalArgumentException when the three ports do not fit between 1024 and 65535
     */
    public Builder port(int port) {
      if (port != 0 && (port < 1024 || port > 65533)) {
        throw new IllegalArgumentException(
            "'port' must be 0 or between 1024 and 65533 (three ports from it), not " + port + ".");
      }
      this.port = port;
      return this;
    }

    /** The snapshot to serve (required). */
    public Builder snapshot(Snapshot snapshot) {
      this.snapshot = Objects.requireNonNull(snapshot, "'snapshot' cannot be null.");
      return this;
    }

    /**
     * Answers for the snapshot's resource {@code id} with {@code json} as it stands, wherever a
     * read, a list or a Resource Graph row returns that resource: the shape a real API spells it in
     * (an id without its leading {@code /} or naming another provider, {@code "type": null}, ...),
     * which a snapshot resource cannot hold. Routing, coverage and faults still go by {@code id}.
     *
     * @throws IllegalArgumentException when {@code id} is not a resource id or {@code json} is not
     *     an object
     */
    public Builder servedAs(String id, JsonNode json) {
      ResourceId parsed = ResourceId.parse(Objects.requireNonNull(id, "'id' cannot be null."));
      if (!(Objects.requireNonNull(json, "'json' cannot be null.") instanceof ObjectNode object)) {
        throw new IllegalArgumentException("'json' must be a JSON object.");
      }
      servedAs.put(parsed, object.deepCopy());
      return this;
    }

    /** The number of items per page of ARM and Graph lists (default 10). */
    public Builder pageSize(int pageSize) {
      this.pageSize = atLeast(1, pageSize, "pageSize");
      return this;
    }

    /**
     * The most rows a Resource Graph page holds, whatever {@code $top} asks (default and maximum
     * 1000). Lower it to make clients page with {@code $skipToken}.
     */
    public Builder resourceGraphPageSize(int rows) {
      atLeast(1, rows, "rows");
      if (rows > ResourceGraphApi.MAX_TOP) {
        throw new IllegalArgumentException(
            "'rows' must be at most " + ResourceGraphApi.MAX_TOP + ", not " + rows + ".");
      }
      this.resourceGraphPageSize = rows;
      return this;
    }

    /**
     * ARM's read throttling: each subscription (and the tenant level) has a bucket of {@code
     * bucketSize} reads that refills {@code refillPerSecond} reads a second (defaults 250 and 25).
     */
    public Builder armThrottling(int bucketSize, double refillPerSecond) {
      this.bucketSize = atLeast(1, bucketSize, "bucketSize");
      if (!(refillPerSecond >= 0) || Double.isInfinite(refillPerSecond)) {
        throw new IllegalArgumentException(
            "'refillPerSecond' must be a finite number of at least 0, not "
                + refillPerSecond
                + ".");
      }
      this.refillPerSecond = refillPerSecond;
      return this;
    }

    /** Resource Graph's per-user quota: {@code queries} per {@code window} (default 15 per 5 s). */
    public Builder resourceGraphQuota(int queries, Duration window) {
      this.quotaQueries = atLeast(1, queries, "queries");
      Objects.requireNonNull(window, "'window' cannot be null.");
      if (window.isNegative() || window.isZero()) {
        throw new IllegalArgumentException("'window' must be positive, not " + window + ".");
      }
      this.quotaWindow = window;
      return this;
    }

    /** Turns ARM throttling and the Resource Graph quota off, as for a functional test. */
    public Builder unthrottled() {
      this.throttled = false;
      return this;
    }

    /** A delay added to every answer, as for a benchmark against a distant region (default 0). */
    public Builder latency(Duration latency) {
      Objects.requireNonNull(latency, "'latency' cannot be null.");
      if (latency.isNegative()) {
        throw new IllegalArgumentException("'latency' cannot be negative: " + latency + ".");
      }
      this.latency = latency;
      return this;
    }

    /** The number of threads that answer requests (default 32). */
    public Builder threads(int threads) {
      this.threads = atLeast(1, threads, "threads");
      return this;
    }

    /** The seed of the generators behind {@link Fault#fraction(double)} (default 0). */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** Whether requests without {@code Authorization: Bearer ...} answer 401 (default true). */
    public Builder requireBearerToken(boolean required) {
      this.requireBearerToken = required;
      return this;
    }

    /**
     * Ends the last page of every list with its continuation field set to {@code null} ({@code
     * "nextLink": null}, Graph's {@code "@odata.nextLink"}, Resource Graph's {@code "$skipToken"})
     * instead of leaving it out, as many Azure APIs do (default false).
     */
    public Builder nullNextLinks(boolean present) {
      this.nullNextLinks = present;
      return this;
    }

    /** Adds a fault; faults are tried in the order they were added. */
    public Builder fault(Fault fault) {
      faults.add(Objects.requireNonNull(fault, "'fault' cannot be null."));
      return this;
    }

    /**
     * The clock behind throttling, in nanoseconds; tests replace it to control time, for example
     * with the same clock a client under test sleeps on, so that waiting refills the buckets
     * without real time passing.
     */
    public Builder ticker(LongSupplier ticker) {
      this.ticker = Objects.requireNonNull(ticker, "'ticker' cannot be null.");
      return this;
    }

    /**
     * Starts serving on the loopback address.
     *
     * @throws IllegalStateException when no snapshot was given
     * @throws UncheckedIOException when no port could be bound
     */
    public FakeAzure start() {
      if (snapshot == null) {
        throw new IllegalStateException("'snapshot' must be set before start().");
      }
      Settings settings =
          new Settings(
              pageSize,
              resourceGraphPageSize,
              throttled,
              bucketSize,
              refillPerSecond,
              quotaQueries,
              quotaWindow,
              latency,
              threads,
              seed,
              requireBearerToken,
              nullNextLinks,
              List.copyOf(faults),
              ticker);
      try {
        return new FakeAzure(snapshot, Map.copyOf(servedAs), settings, port);
      } catch (IOException bindFailed) {
        throw new UncheckedIOException(
            "FakeAzure could not bind to the loopback address.", bindFailed);
      }
    }

    private static int atLeast(int minimum, int value, String name) {
      if (value < minimum) {
        throw new IllegalArgumentException(
            "'" + name + "' must be at least " + minimum + ", not " + value + ".");
      }
      return value;
    }
  }
}
