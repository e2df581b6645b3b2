package dev.readiness.azure.implementation;

import dev.readiness.azure.CollectionListener;
import dev.readiness.azure.CollectionPhase;
import dev.readiness.azure.CollectionProgress;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where one collection stands: calls planned and done, requests sent per service, throttled waits
 * and gaps, passed on to the caller's {@link CollectionListener}. Called from many threads.
 */
final class RunProgress implements TransportListener {
  /** The one logger of a collection, named for the public class embedders know. */
  static final Logger LOG = LoggerFactory.getLogger("dev.readiness.azure.Collector");

  private final CollectionListener listener;
  private final AtomicInteger callsDone = new AtomicInteger();
  private final AtomicInteger callsPlanned = new AtomicInteger();
  private final AtomicInteger requestsSent = new AtomicInteger();
  private final AtomicInteger throttledWaits = new AtomicInteger();
  private final AtomicInteger gaps = new AtomicInteger();
  private final Map<String, AtomicInteger> requestsByService = new ConcurrentHashMap<>();
  private volatile CollectionPhase phase = CollectionPhase.SUBSCRIPTIONS;

  RunProgress(CollectionListener listener) {
    this.listener = listener;
  }

  void enter(CollectionPhase next) {
    phase = next;
    LOG.debug("Phase {}", next);
    listener.phaseStarted(next, current());
  }

  /** {@code calls} more calls are known to be coming. */
  void planned(int calls) {
    callsPlanned.addAndGet(calls);
  }

  /** A call ended with {@code response}, which is handed back. */
  RestResponse finished(RestResponse response) {
    callsDone.incrementAndGet();
    LOG.debug("{} -> {}", response.request(), response.status());
    listener.callFinished(current());
    return response;
  }

  void gapRecorded(dev.readiness.api.CoverageRecord gap) {
    gaps.incrementAndGet();
    LOG.debug("Coverage gap: {}", gap.reason());
    listener.gap(gap);
  }

  /** The run is over: the listener hears it last. */
  CollectionProgress done() {
    enter(CollectionPhase.FINISHED);
    CollectionProgress done = current();
    return done;
  }

  void reportDone(CollectionProgress done) {
    listener.finished(done);
  }

  /** HTTP requests per service, sorted by service, for the closing log line. */
  Map<String, Integer> requestsByService() {
    Map<String, Integer> sorted = new TreeMap<>();
    requestsByService.forEach((service, count) -> sorted.put(service, count.get()));
    return sorted;
  }

  CollectionProgress current() {
    return new CollectionProgress(
        phase,
        callsDone.get(),
        callsPlanned.get(),
        requestsSent.get(),
        throttledWaits.get(),
        gaps.get());
  }

  @Override
  public void sent(String request) {
    requestsSent.incrementAndGet();
    String service =
        request.startsWith("POST ")
            ? "Resource Graph"
            : request.startsWith("GET /v1.0/") ? "Microsoft Graph" : "ARM";
    requestsByService.computeIfAbsent(service, s -> new AtomicInteger()).incrementAndGet();
  }

  @Override
  public void waiting(String scope, Duration wait, String reason) {
    throttledWaits.incrementAndGet();
    LOG.debug("Waiting {} ms for {}: {}.", wait.toMillis(), scope, reason);
    listener.throttled(scope, wait, reason);
  }
}
