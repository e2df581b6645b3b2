package dev.readiness.azure;

import dev.readiness.azure.implementation.TimeSource;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock that only moves when someone sleeps on it: waits are recorded instead of spent. Shared
 * with FakeAzure's throttling, a simulated wait refills the server's buckets too.
 */
final class SimulatedTime implements TimeSource {
  private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

  @Override
  public long nanoTime() {
    return nanos.get();
  }

  @Override
  public void sleep(Duration duration) {
    sleeps.add(duration);
    nanos.addAndGet(duration.toNanos());
  }

  List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }
}
