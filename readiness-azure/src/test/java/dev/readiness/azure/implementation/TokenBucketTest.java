package dev.readiness.azure.implementation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TokenBucketTest {
  private static final long SECOND = 1_000_000_000L;

  @Test
  void burstIsFreeThenCallersQueueAtTheRefillRate() {
    TokenBucket bucket = new TokenBucket(3, 2, 0);

    assertThat(bucket.take(0)).isZero();
    assertThat(bucket.take(0)).isZero();
    assertThat(bucket.take(0)).isZero();
    assertThat(bucket.take(0)).isEqualTo(Duration.ofMillis(500));
    assertThat(bucket.take(0)).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void refillsOverTimeButNeverBeyondCapacity() {
    TokenBucket bucket = new TokenBucket(2, 1, 0);
    bucket.take(0);
    bucket.take(0);

    assertThat(bucket.available(10 * SECOND)).isEqualTo(2.0);
  }

  @Test
  void armsRemainingReadsHeaderLowersTheBudget() {
    TokenBucket bucket = new TokenBucket(250, 25, 0);

    bucket.observeRemaining(0, 0);

    assertThat(bucket.take(0)).isEqualTo(Duration.ofMillis(40));
  }
}
