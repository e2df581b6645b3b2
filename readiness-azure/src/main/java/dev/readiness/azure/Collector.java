package dev.readiness.azure;

import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpClient;
import com.azure.core.http.HttpPipeline;
import com.azure.core.http.HttpPipelineBuilder;
import com.azure.core.util.HttpClientOptions;
import com.azure.identity.DefaultAzureCredentialBuilder;
import dev.readiness.api.ResourceType;
import dev.readiness.api.Snapshot;
import dev.readiness.api.format.SecretSanitizer;
import dev.readiness.azure.implementation.BearerTokenPolicy;
import dev.readiness.azure.implementation.CollectionRun;
import dev.readiness.azure.implementation.FetchCatalog;
import dev.readiness.azure.implementation.FetchSpec;
import dev.readiness.azure.implementation.ReadOnlyPolicy;
import dev.readiness.azure.implementation.RestTransport;
import dev.readiness.azure.implementation.RunSettings;
import dev.readiness.azure.implementation.TimeSource;
import dev.readiness.azure.implementation.TransportOptions;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a live tenant, read-only, into a {@link Snapshot} whose coverage records say for every
 * scope and type whether it was collected, denied (naming the missing permission) or failed.
 * Throttling is planned for and survived; a failing call becomes a coverage gap and the collection
 * goes on. Secrets are removed before the snapshot is returned.
 *
 * <p>Immutable and thread-safe; each {@link #collect()} is an independent run.
 */
public final class Collector {
  private final TokenCredential credential;
  private final AzureCloud cloud;
  private final CollectionScope scope;
  private final String tenantId;
  private final Set<ResourceType> types;
  private final Set<ResourceType> diagnosticParents;
  private final int concurrency;
  private final Duration requestTimeout;
  private final int maxPages;
  private final TransportOptions transportOptions;
  private final CollectionListener listener;
  private final TimeSource timeSource;
  private final Clock clock;

  Collector(CollectorBuilder builder) {
    this.credential = builder.credential;
    this.cloud = builder.cloud;
    this.scope = builder.scope;
    this.tenantId = builder.tenantId;
    this.types = withParents(builder.types);
    this.diagnosticParents =
        builder.diagnosticSettingsFor != null
            ? Set.copyOf(builder.diagnosticSettingsFor)
            : defaultDiagnosticParents(types);
    this.concurrency = builder.concurrency;
    this.requestTimeout = builder.requestTimeout;
    this.maxPages = builder.maxPages;
    this.transportOptions =
        new TransportOptions(
            builder.maxRetries,
            builder.retryDelay,
            builder.maxRetryDelay,
            builder.readBurst,
            builder.readsPerSecond,
            builder.jitterSeed);
    this.listener = builder.listener;
    this.timeSource = builder.timeSource;
    this.clock = builder.clock;
  }

  /** A builder; {@code types} must be set. */
  public static CollectorBuilder builder() {
    return new CollectorBuilder();
  }

  /** The calls this collector will make, per type, decided without calling anything. */
  public CollectionPlan plan() {
    List<PlannedFetch> fetches = new ArrayList<>();
    for (ResourceType type : types) {
      FetchSpec spec = FetchCatalog.specFor(type);
      fetches.add(new PlannedFetch(type, spec.method(), spec.source(), spec.permission()));
    }
    return new CollectionPlan(fetches, diagnosticParents);
  }

  /** The types that will be collected: the requested ones and the parents they are read through. */
  public Set<ResourceType> types() {
    return types;
  }

  /**
   * Collects the tenant. Denied and failed calls become coverage gaps in the snapshot; they are not
   * thrown. An unreachable Resource Manager endpoint or a credential that cannot sign in is found
   * on the first call and ends the collection at once.
   *
   * @throws CollectionException when Resource Manager cannot be reached or the credential cannot
   *     sign in, so nothing can be collected
   * @throws IllegalStateException when the collection is interrupted
   */
  public Snapshot collect() {
    TokenCredential tokens =
        credential != null
            ? credential
            : new DefaultAzureCredentialBuilder()
                .authorityHost(cloud.loginEndpoint().toString())
                .build();
    HttpClient httpClient =
        HttpClient.createDefault(
            new HttpClientOptions()
                .setResponseTimeout(requestTimeout)
                .setReadTimeout(requestTimeout)
                .setConnectTimeout(requestTimeout));
    HttpPipeline armPipeline =
        pipeline(httpClient, tokens, cloud.resourceManagerEndpoint() + "/.default");
    HttpPipeline graphPipeline = pipeline(httpClient, tokens, cloud.graphEndpoint() + "/.default");
    String graphPrefix = cloud.graphEndpoint() + "/v1.0/";
    RunSettings settings =
        new RunSettings(
            cloud.name(),
            cloud.resourceManagerEndpoint(),
            cloud.graphEndpoint(),
            scope,
            tenantId,
            types,
            diagnosticParents,
            concurrency,
            listener,
            clock);
    CollectionRun run =
        new CollectionRun(
            settings,
            events ->
                new RestTransport(
                    url -> url.startsWith(graphPrefix) ? graphPipeline : armPipeline,
                    transportOptions,
                    timeSource,
                    events),
            maxPages);
    return SecretSanitizer.standard().sanitize(run.run());
  }

  private static HttpPipeline pipeline(HttpClient client, TokenCredential tokens, String scope) {
    return new HttpPipelineBuilder()
        .httpClient(client)
        .policies(new ReadOnlyPolicy(), new BearerTokenPolicy(tokens, scope))
        .build();
  }

  private static Set<ResourceType> withParents(Set<ResourceType> requested) {
    Set<ResourceType> all = new HashSet<>(requested);
    for (ResourceType type : requested) {
      if (FetchCatalog.specFor(type) instanceof FetchSpec.PerParent perParent) {
        all.add(perParent.parent());
      }
    }
    return Set.copyOf(all);
  }

  private static Set<ResourceType> defaultDiagnosticParents(Set<ResourceType> types) {
    Set<ResourceType> parents = new HashSet<>(types);
    parents.retainAll(FetchCatalog.TYPES_WITH_RESOURCE_LOGS);
    return Set.copyOf(parents);
  }
}
