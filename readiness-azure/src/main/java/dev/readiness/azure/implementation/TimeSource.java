package dev.readiness.azure.implementation;

import java.time.Duration;

/**
 * The clock and the sleep the collector waits with. Tests replace it so that throttling waits are
 * observed rather than spent.
 */
public interface TimeSource {
  /** A monotonic reading in nanoseconds. */
  long nanoTime();

  /** Waits for {@code duration}. */
  void sleep(Duration duration) throws InterruptedException;

  /** The system's monotonic clock and {@link Thread#sleep}. */
  static TimeSource system() {
    return new TimeSource() {
      @Override
      public long nanoTime() {
        return System.nanoTime();
      }

      @Override
      public void sleep(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
      }
    };
  }
}
