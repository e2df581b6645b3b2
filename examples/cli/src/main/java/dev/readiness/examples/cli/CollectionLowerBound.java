package dev.readiness.examples.cli;

import java.util.Collection;

/**
 * The least time any client could take to make a collection's unavoidable calls against ARM's
 * per-subscription token bucket, whatever its cleverness. Three limits hold at once, so the bound
 * is the largest of them:
 *
 * <ul>
 *   <li>Throttling: a subscription's bucket starts full with {@code bucket} tokens and refills
 *       {@code refillPerSecond} a second, so its {@code n}th read cannot be sent before {@code (n -
 *       bucket) / refillPerSecond} seconds; the busiest subscription decides, and its last answer
 *       arrives one latency later.
 *   <li>Round trips: with at most {@code concurrency} calls in flight and each taking {@code
 *       latency}, {@code calls} calls need {@code ceil(calls / concurrency)} latencies.
 *   <li>Order: the per-resource calls need the inventory first, so at least two round trips.
 * </ul>
 *
 * <p>Processing time of client and server is not counted: the bound is physical, not a model.
 *
 * @param bucket the tokens a subscription's bucket holds when full
 * @param refillPerSecond the tokens it regains a second
 * @param latencySeconds the time one call takes to be answered
 * @param concurrency the most calls in flight at once
 */
record CollectionLowerBound(
    int bucket, double refillPerSecond, double latencySeconds, int concurrency) {

  CollectionLowerBound {
    if (bucket < 1 || !(refillPerSecond > 0) || latencySeconds < 0 || concurrency < 1) {
      throw new IllegalArgumentException(
          "bucket, refill and concurrency must be positive and latency at least 0.");
    }
  }

  /**
   * The bound in seconds.
   *
   * @param readsPerSubscription the unavoidable ARM reads of each subscription
   * @param otherCalls the unavoidable calls that no subscription bucket limits (Resource Graph,
   *     tenant-level reads, Microsoft Graph)
   */
  double seconds(Collection<Integer> readsPerSubscription, int otherCalls) {
    return Math.max(
        Math.max(throttling(readsPerSubscription), roundTrips(readsPerSubscription, otherCalls)),
        2 * latencySeconds);
  }

  /** When the busiest subscription's last read can be answered. */
  double throttling(Collection<Integer> readsPerSubscription) {
    int busiest = readsPerSubscription.stream().mapToInt(Integer::intValue).max().orElse(0);
    return Math.max(0, busiest - bucket) / refillPerSecond + (busiest > 0 ? latencySeconds : 0);
  }

  /** How long every call takes with at most {@code concurrency} in flight. */
  double roundTrips(Collection<Integer> readsPerSubscription, int otherCalls) {
    long calls = otherCalls + readsPerSubscription.stream().mapToLong(Integer::longValue).sum();
    return Math.ceil((double) calls / concurrency) * latencySeconds;
  }
}
