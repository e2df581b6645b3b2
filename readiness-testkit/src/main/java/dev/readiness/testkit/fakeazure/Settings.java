package dev.readiness.testkit.fakeazure;

import java.time.Duration;
import java.util.List;
import java.util.function.LongSupplier;

/** A server's configuration, as the builder validated it. */
record Settings(
    int pageSize,
    int resourceGraphPageSize,
    boolean throttled,
    int bucketSize,
    double refillPerSecond,
    int quotaQueries,
    Duration quotaWindow,
    Duration latency,
    int threads,
    long seed,
    boolean requireBearerToken,
    boolean nullNextLinks,
    List<Fault> faults,
    LongSupplier ticker) {}
