package dev.readiness.examples.cli;

import dev.readiness.api.Snapshot;
import dev.readiness.api.format.SnapshotWriter;
import dev.readiness.testkit.synthetic.SyntheticTenant;
import java.nio.file.Path;

/**
 * Generated tenants for the benchmark. Kept apart from {@link BenchCommand} so that the testkit is
 * loaded only when a benchmark runs, never by {@code scan}.
 */
final class SyntheticSnapshots {
  /** Subscriptions are filled to this size before another one is started, as in large tenants. */
  static final int RESOURCES_PER_SUBSCRIPTION = 5000;

  private SyntheticSnapshots() {}

  /** A seeded tenant of about {@code resources} resources. */
  static Snapshot tenant(int resources, long seed) {
    int subscriptions =
        Math.max(1, (resources + RESOURCES_PER_SUBSCRIPTION - 1) / RESOURCES_PER_SUBSCRIPTION);
    return tenant(subscriptions, resources / subscriptions, seed);
  }

  /** A seeded tenant of {@code subscriptions} subscriptions of about {@code perSubscription}. */
  static Snapshot tenant(int subscriptions, int perSubscription, long seed) {
    return SyntheticTenant.builder()
        .seed(seed)
        .subscriptions(subscriptions)
        .resourcesPerSubscription(perSubscription)
        .build()
        .snapshot();
  }

  /** Writes a seeded tenant of about {@code resources} resources to {@code file} in format v1. */
  static void write(int resources, long seed, Path file) {
    SnapshotWriter.write(tenant(resources, seed), file);
  }
}
