package dev.readiness.azure;

/**
 * Where a collection stands.
 *
 * @param phase the current phase
 * @param callsDone calls finished so far (each counted once, however many retries it took)
 * @param callsPlanned calls known so far; it grows as the inventory reveals parents and pages
 * @param requestsSent HTTP requests sent, retries included
 * @param throttledWaits how often the collector waited for a throttling limit
 * @param gaps coverage gaps recorded so far
 */
public record CollectionProgress(
    CollectionPhase phase,
    int callsDone,
    int callsPlanned,
    int requestsSent,
    int throttledWaits,
    int gaps) {}
