package dev.readiness.azure.reliability;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import dev.readiness.api.Engine;
import dev.readiness.api.Snapshot;
import dev.readiness.azure.AzureCloud;
import dev.readiness.azure.Collector;
import dev.readiness.azure.CollectorBuilder;
import dev.readiness.azure.ReliabilityAccess;
import dev.readiness.rules.BuiltInRules;
import dev.readiness.testkit.fakeazure.FakeAzure;
import dev.readiness.testkit.synthetic.SyntheticTenant;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.function.UnaryOperator;
import reactor.core.publisher.Mono;

/**
 * A live scan as a user runs it, against FakeAzure on loopback: the real collector through the real
 * azure-core pipeline, then the engine with every built-in rule.
 */
final class LiveScan {
  static final TokenCredential FAKE_CREDENTIAL =
      request -> Mono.just(new AccessToken("fake-token", OffsetDateTime.now().plusHours(1)));

  /** When the tenant was generated and when every scan of it says it was captured. */
  static final Instant CAPTURED_AT = Instant.parse("2025-01-01T00:00:00Z");

  /** Every built-in rule; the collector is asked for exactly what they read. */
  static final Engine ENGINE = Engine.builder().addRules(BuiltInRules.all()).build();

  private LiveScan() {}

  /**
   * A small generated tenant of three subscriptions: every workload, some misconfigured, so the
   * clean scan holds PASS, FAIL and UNKNOWN findings alike.
   */
  static Snapshot tenant() {
    return SyntheticTenant.builder()
        .seed(8)
        .subscriptions(3)
        .resourcesPerSubscription(24)
        .users(3)
        .misconfiguredFraction(0.3)
        .capturedAt(CAPTURED_AT)
        .build()
        .snapshot();
  }

  /** FakeAzure serving {@code served} with small pages, so every list and query pages. */
  static FakeAzure.Builder fake(Snapshot served) {
    return FakeAzure.builder().snapshot(served).pageSize(4).resourceGraphPageSize(10);
  }

  /**
   * The collector pointed at {@code azure}, on simulated time (throttling waits cost nothing), with
   * short retry delays and few retries so persistent faults give up quickly.
   */
  static CollectorBuilder collector(FakeAzure azure) {
    CollectorBuilder builder =
        Collector.builder()
            .credential(FAKE_CREDENTIAL)
            .cloud(
                AzureCloud.custom(
                    "AzureCloud", azure.armEndpoint(), azure.graphEndpoint(), azure.armEndpoint()))
            .types(ENGINE.typesToCollect())
            .concurrency(4)
            .maxRetries(3)
            .maxPages(25)
            .retryDelays(Duration.ofMillis(100), Duration.ofSeconds(30));
    return ReliabilityAccess.withTime(builder, ReliabilityAccess.simulatedTime(), CAPTURED_AT);
  }

  /** Collects from {@code azure} with the default collector, adjusted by {@code settings}. */
  static Snapshot collect(FakeAzure azure, UnaryOperator<CollectorBuilder> settings) {
    return settings.apply(collector(azure)).build().collect();
  }
}
