package dev.readiness.azure.implementation;

import java.time.Duration;

/**
 * How the transport paces, retries and gives up.
 *
 * @param maxRetries retries after the first attempt, for 429, 5xx and timeouts
 * @param baseDelay the first backoff delay; it doubles with each retry
 * @param maxDelay the longest backoff delay, and the longest Retry-After the collector will honour
 * @param bucketCapacity ARM read tokens per subscription (burst)
 * @param refillPerSecond ARM read tokens regained per second per subscription
 * @param jitterSeed the seed of the backoff jitter, so that runs can be repeated exactly
 */
public record TransportOptions(
    int maxRetries,
    Duration baseDelay,
    Duration maxDelay,
    int bucketCapacity,
    double refillPerSecond,
    long jitterSeed) {}
