package dev.readiness.azure.implementation;

import java.time.Duration;

/**
 * ARM's read budget for one subscription: {@code capacity} tokens that refill at a steady rate. A
 * caller takes a token before each request and waits for the time it is told; tokens may go
 * negative, which queues callers fairly behind each other. Thread-safe.
 */
final class TokenBucket {
  private final double capacity;
  private final double tokensPerNano;
  private double tokens;
  private long last;

  TokenBucket(int capacity, double refillPerSecond, long now) {
    this.capacity = capacity;
    this.tokensPerNano = refillPerSecond / 1e9;
    this.tokens = capacity;
    this.last = now;
  }

  /** Takes one token and returns how long the caller must wait before it may send. */
  synchronized Duration take(long now) {
    refill(now);
    tokens -= 1;
    return tokens >= 0
        ? Duration.ZERO
        : Duration.ofNanos((long) Math.ceil(-tokens / tokensPerNano));
  }

  /**
   * Lowers the budget to what ARM says is left ({@code
   * x-ms-ratelimit-remaining-subscription-reads}), so that another client reading the same
   * subscription is taken into account.
   */
  synchronized void observeRemaining(long remaining, long now) {
    refill(now);
    tokens = Math.min(tokens, remaining);
  }

  synchronized double available(long now) {
    refill(now);
    return tokens;
  }

  private void refill(long now) {
    if (now > last) {
      tokens = Math.min(capacity, tokens + (now - last) * tokensPerNano);
      last = now;
    }
  }
}
