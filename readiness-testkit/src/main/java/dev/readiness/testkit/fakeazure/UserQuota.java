package dev.readiness.testkit.fakeazure;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Resource Graph's per-user quota: {@code queries} queries per {@code window}, counted in a window
 * that starts with a user's first query and resets when it ends.
 */
final class UserQuota {
  private final int queries;
  private final long windowNanos;
  private final LongSupplier ticker;
  private final Map<String, long[]> windows = new HashMap<>();

  UserQuota(int queries, Duration window, LongSupplier ticker) {
    this.queries = queries;
    this.windowNanos = window.toNanos();
    this.ticker = ticker;
  }

  /** What one query by a user found. */
  record Decision(boolean allowed, int remaining, Duration resetsAfter) {
    /** The {@code hh:mm:ss} form of {@link #resetsAfter()} that Resource Graph sends. */
    String resetsAfterText() {
      long seconds = (resetsAfter.toNanos() + 999_999_999L) / 1_000_000_000L;
      return String.format(
          java.util.Locale.ROOT,
          "%02d:%02d:%02d",
          seconds / 3600,
          (seconds / 60) % 60,
          seconds % 60);
    }
  }

  synchronized Decision take(String user) {
    long now = ticker.getAsLong();
    long[] window = windows.get(user);
    if (window == null || now - window[0] >= windowNanos) {
      window = new long[] {now, 0};
      windows.put(user, window);
    }
    Duration resetsAfter = Duration.ofNanos(windowNanos - (now - window[0]));
    if (window[1] >= queries) {
      return new Decision(false, 0, resetsAfter);
    }
    window[1]++;
    return new Decision(true, (int) (queries - window[1]), resetsAfter);
  }
}
