package dev.readiness.azure;

import com.azure.core.credential.TokenCredential;
import dev.readiness.api.ResourceType;
import dev.readiness.azure.implementation.TimeSource;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * Builds a {@link Collector}, in the manner of an Azure SDK client builder: setters fail fast on
 * bad values and {@link #build()} fails when a required setting is missing.
 *
 * <pre>{@code
 * Collector collector = Collector.builder()
 *     .credential(new DefaultAzureCredentialBuilder().build())
 *     .types(engine.typesToCollect())
 *     .build();
 * Snapshot snapshot = collector.collect();
 * }</pre>
 */
public final class CollectorBuilder {
  TokenCredential credential;
  AzureCloud cloud = AzureCloud.PUBLIC;
  CollectionScope scope = CollectionScope.tenant();
  String tenantId;
  Set<ResourceType> types;
  Set<ResourceType> diagnosticSettingsFor;
  int concurrency = 8;
  Duration requestTimeout = Duration.ofSeconds(60);
  int maxRetries = 5;
  Duration retryDelay = Duration.ofSeconds(1);
  Duration maxRetryDelay = Duration.ofSeconds(60);
  int readBurst = 250;
  double readsPerSecond = 25;
  int maxPages = 1000;
  CollectionListener listener = new CollectionListener() {};
  TimeSource timeSource = TimeSource.system();
  long jitterSeed = System.nanoTime();
  Clock clock = Clock.systemUTC();

  CollectorBuilder() {}

  /**
   * The credential to read with. Without one, {@code DefaultAzureCredential} is built when the
   * collector first collects.
   */
  public CollectorBuilder credential(TokenCredential credential) {
    this.credential = Objects.requireNonNull(credential, "'credential' cannot be null.");
    return this;
  }

  /** The cloud; {@link AzureCloud#PUBLIC} by default. */
  public CollectorBuilder cloud(AzureCloud cloud) {
    this.cloud = Objects.requireNonNull(cloud, "'cloud' cannot be null.");
    return this;
  }

  /** Which subscriptions; every subscription the principal can read by default. */
  public CollectorBuilder scope(CollectionScope scope) {
    this.scope = Objects.requireNonNull(scope, "'scope' cannot be null.");
    return this;
  }

  /**
   * The tenant; subscriptions of other tenants the principal can see are left out. By default the
   * tenant of the subscriptions.
   */
  public CollectorBuilder tenantId(String tenantId) {
    Objects.requireNonNull(tenantId, "'tenantId' cannot be null.");
    if (tenantId.isBlank()) {
      throw new IllegalArgumentException("'tenantId' cannot be blank.");
    }
    this.tenantId = tenantId.strip();
    return this;
  }

  /**
   * The resource types to collect, typically {@code engine.typesToCollect()}. Types that are not
   * named cost no call. Parents that a child type is read through are collected too.
   */
  public CollectorBuilder types(Collection<ResourceType> types) {
    Objects.requireNonNull(types, "'types' cannot be null.");
    this.types = Set.copyOf(types);
    return this;
  }

  /**
   * The resource types whose resources get their diagnostic settings read, when {@code
   * Microsoft.Insights/diagnosticSettings} is among the types. By default every requested type that
   * has resource logs.
   */
  public CollectorBuilder diagnosticSettingsFor(Collection<ResourceType> types) {
    Objects.requireNonNull(types, "'types' cannot be null.");
    this.diagnosticSettingsFor = Set.copyOf(types);
    return this;
  }

  /** How many calls may run at once (1 to 64; 8 by default). */
  public CollectorBuilder concurrency(int concurrency) {
    if (concurrency < 1 || concurrency > 64) {
      throw new IllegalArgumentException(
          "'concurrency' must be between 1 and 64, not " + concurrency + ".");
    }
    this.concurrency = concurrency;
    return this;
  }

  /** How long one request may take (60 seconds by default). */
  public CollectorBuilder requestTimeout(Duration timeout) {
    this.requestTimeout = positive(timeout, "timeout");
    return this;
  }

  /** Retries of a throttled, failed or timed-out request (0 to 20; 5 by default). */
  public CollectorBuilder maxRetries(int maxRetries) {
    if (maxRetries < 0 || maxRetries > 20) {
      throw new IllegalArgumentException(
          "'maxRetries' must be between 0 and 20, not " + maxRetries + ".");
    }
    this.maxRetries = maxRetries;
    return this;
  }

  /**
   * The first backoff delay, doubled on each retry, and the longest delay or {@code Retry-After}
   * the collector waits for (1 s and 60 s by default).
   */
  public CollectorBuilder retryDelays(Duration first, Duration longest) {
    positive(first, "first");
    positive(longest, "longest");
    if (longest.compareTo(first) < 0) {
      throw new IllegalArgumentException("'longest' cannot be shorter than 'first'.");
    }
    this.retryDelay = first;
    this.maxRetryDelay = longest;
    return this;
  }

  /**
   * ARM's read budget per subscription: a burst of {@code burst} reads that refills at {@code
   * perSecond} (250 and 25 by default, as ARM grants).
   */
  public CollectorBuilder subscriptionReadBudget(int burst, double perSecond) {
    if (burst < 1 || !(perSecond > 0)) {
      throw new IllegalArgumentException(
          "'burst' and 'perSecond' must be positive, not " + burst + " and " + perSecond + ".");
    }
    this.readBurst = burst;
    this.readsPerSecond = perSecond;
    return this;
  }

  /** The most pages one list may have before it is treated as a paging loop (1000 by default). */
  public CollectorBuilder maxPages(int maxPages) {
    if (maxPages < 1) {
      throw new IllegalArgumentException("'maxPages' must be positive, not " + maxPages + ".");
    }
    this.maxPages = maxPages;
    return this;
  }

  /** Hears progress, throttling and gaps. */
  public CollectorBuilder listener(CollectionListener listener) {
    this.listener = Objects.requireNonNull(listener, "'listener' cannot be null.");
    return this;
  }

  /** The clock and sleep throttling waits use; tests observe waits instead of spending them. */
  CollectorBuilder timeSource(TimeSource timeSource) {
    this.timeSource = Objects.requireNonNull(timeSource, "'timeSource' cannot be null.");
    return this;
  }

  /** The seed of the backoff jitter, for repeatable runs. */
  CollectorBuilder jitterSeed(long seed) {
    this.jitterSeed = seed;
    return this;
  }

  /** The clock {@code capturedAt} is read from. */
  CollectorBuilder clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "'clock' cannot be null.");
    return this;
  }

  /**
   * The collector.
   *
   * @throws IllegalStateException when no types were set
   * @throws IllegalArgumentException when a type is not one the collector can read
   */
  public Collector build() {
    if (types == null) {
      throw new IllegalStateException(
          "'types' must be set, typically to engine.typesToCollect(): the collector reads only what"
              + " is asked for.");
    }
    return new Collector(this);
  }

  private static Duration positive(Duration duration, String name) {
    Objects.requireNonNull(duration, "'" + name + "' cannot be null.");
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException("'" + name + "' must be positive, not " + duration + ".");
    }
    return duration;
  }
}
