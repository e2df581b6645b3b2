package dev.readiness.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class CollectionLowerBoundTest {
  private static final CollectionLowerBound ARM = new CollectionLowerBound(250, 25, 0, 8);

  @Test
  void readsWithinTheBucketCostNoThrottlingTime() {
    assertThat(ARM.seconds(List.of(250, 100), 0)).isZero();
  }

  @Test
  void readsBeyondTheBucketWaitForTheRefill() {
    // 300 reads: 250 at once, the other 50 at 25 a second.
    assertThat(ARM.seconds(List.of(300), 0)).isCloseTo(2.0, within(1e-9));
  }

  @Test
  void theBusiestSubscriptionDecidesBecauseBucketsRefillInParallel() {
    assertThat(ARM.seconds(List.of(300, 500, 260), 0)).isCloseTo(10.0, within(1e-9));
  }

  @Test
  void theLastThrottledReadIsAnsweredOneLatencyAfterItIsSent() {
    CollectionLowerBound slow = new CollectionLowerBound(250, 25, 0.1, 1000);
    assertThat(slow.throttling(List.of(300))).isCloseTo(2.1, within(1e-9));
  }

  @Test
  void roundTripsBoundAnUnthrottledCollection() {
    // 90 + 10 calls, 8 at a time: 13 waves of 20 ms.
    CollectionLowerBound distant = new CollectionLowerBound(250, 25, 0.02, 8);
    assertThat(distant.roundTrips(List.of(45, 45), 10)).isCloseTo(0.26, within(1e-9));
    assertThat(distant.seconds(List.of(45, 45), 10)).isCloseTo(0.26, within(1e-9));
  }

  @Test
  void theInventoryMustBeAnsweredBeforeThePerResourceCallsAreKnown() {
    CollectionLowerBound wide = new CollectionLowerBound(250, 25, 0.05, 64);
    assertThat(wide.seconds(List.of(1), 1)).isCloseTo(0.1, within(1e-9));
  }

  @Test
  void theLargestLimitWins() {
    CollectionLowerBound bound = new CollectionLowerBound(10, 5, 0.01, 2);
    // throttling: (20 - 10) / 5 + 0.01 = 2.01; round trips: ceil(40 / 2) * 0.01 = 0.2
    assertThat(bound.seconds(List.of(20, 20), 0)).isCloseTo(2.01, within(1e-9));
  }

  @Test
  void resourceGraphQueriesBeyondTheQuotaWaitForTheNextWindow() {
    assertThat(CollectBenchmark.resourceGraphQuotaSeconds(0)).isZero();
    assertThat(CollectBenchmark.resourceGraphQuotaSeconds(15)).isZero();
    assertThat(CollectBenchmark.resourceGraphQuotaSeconds(16)).isEqualTo(5.0);
    assertThat(CollectBenchmark.resourceGraphQuotaSeconds(31)).isEqualTo(10.0);
  }

  @Test
  void nonsenseParametersAreRefused() {
    assertThatThrownBy(() -> new CollectionLowerBound(0, 25, 0, 8))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CollectionLowerBound(250, 0, 0, 8))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CollectionLowerBound(250, 25, -1, 8))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
