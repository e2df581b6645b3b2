package dev.readiness.testkit.fakeazure;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * ARM's read throttling: a token bucket per subscription (and one for tenant-level reads) that
 * holds at most {@code size} tokens and refills {@code refillPerSecond} tokens a second. Each read
 * takes a token; a read that finds the bucket empty is refused with the seconds until a token is
 * back.
 */
final class TokenBuckets {
  private final double size;
  private final double refillPerNano;
  private final LongSupplier ticker;
  private final Map<String, Bucket> buckets = new HashMap<>();

  private static final class Bucket {
    double tokens;
    long refilledAt;

    Bucket(double tokens, long refilledAt) {
      this.tokens = tokens;
      this.refilledAt = refilledAt;
    }
  }

  TokenBuckets(int size, double refillPerSecond, LongSupplier ticker) {
    this.size = size;
    this.refillPerNano = refillPerSecond / 1e9;
    this.ticker = ticker;
  }

  /**
   * Takes a token from {@code key}'s bucket.
   *
   * @return the whole tokens left after taking one, or {@code -s} when the bucket was empty and a
   *     token is back in {@code s} seconds (at least 1)
   */
  synchronized long take(String key) {
    long now = ticker.getAsLong();
    Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(size, now));
    bucket.tokens = Math.min(size, bucket.tokens + (now - bucket.refilledAt) * refillPerNano);
    bucket.refilledAt = now;
    if (bucket.tokens < 1.0) {
      double seconds = refillPerNano == 0 ? 3600 : (1.0 - bucket.tokens) / refillPerNano / 1e9;
      return -Math.max(1, (long) Math.ceil(seconds));
    }
    bucket.tokens -= 1.0;
    return (long) Math.floor(bucket.tokens);
  }
}
