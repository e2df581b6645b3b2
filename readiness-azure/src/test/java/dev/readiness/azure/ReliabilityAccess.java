package dev.readiness.azure;

import dev.readiness.azure.implementation.TimeSource;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Opens the builder's test-only settings to the reliability tests in {@code
 * dev.readiness.azure.reliability}: simulated time, so throttling waits are observed rather than
 * spent; a fixed jitter seed, so retries repeat; a fixed capture time, so scans compare.
 */
public final class ReliabilityAccess {
  private ReliabilityAccess() {}

  /** A clock that moves only when the collector sleeps on it. */
  public static TimeSource simulatedTime() {
    return new SimulatedTime();
  }

  /** {@code builder} waiting on {@code time}, jitter seeded, capturing at {@code capturedAt}. */
  public static CollectorBuilder withTime(
      CollectorBuilder builder, TimeSource time, Instant capturedAt) {
    return builder.timeSource(time).jitterSeed(42).clock(Clock.fixed(capturedAt, ZoneOffset.UTC));
  }
}
