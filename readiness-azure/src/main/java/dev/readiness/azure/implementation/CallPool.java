package dev.readiness.azure.implementation;

import dev.readiness.api.Resource;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** The threads one collection makes its calls on. */
final class CallPool implements AutoCloseable {
  private final ExecutorService pool;
  private final RunProgress progress;

  CallPool(int concurrency, RunProgress progress) {
    this.pool = Executors.newFixedThreadPool(concurrency, daemonThreads());
    this.progress = progress;
  }

  /** A call to make, and the subscription whose read budget it spends ({@code ""} for none). */
  record Call(String subscription, Runnable body) {
    Call(Resource scope, Runnable body) {
      this(scope.id().subscriptionId().orElse(""), body);
    }
  }

  /**
   * Runs calls that make one request each (more when a list has more pages) and waits for them all.
   * They are submitted round-robin across subscriptions: each subscription has its own read budget,
   * so a queue in subscription order would keep the pool's threads waiting on one subscription's
   * budget while the others refill unused.
   */
  void runAll(List<Call> calls) {
    progress.planned(calls.size());
    Map<String, Deque<Call>> bySubscription = new LinkedHashMap<>();
    for (Call call : calls) {
      bySubscription.computeIfAbsent(call.subscription(), s -> new ArrayDeque<>()).add(call);
    }
    List<Future<?>> futures = new ArrayList<>();
    while (!bySubscription.isEmpty()) {
      Iterator<Deque<Call>> queues = bySubscription.values().iterator();
      while (queues.hasNext()) {
        Deque<Call> queue = queues.next();
        futures.add(pool.submit(queue.poll().body()));
        if (queue.isEmpty()) {
          queues.remove();
        }
      }
    }
    for (Future<?> future : futures) {
      try {
        future.get();
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Collection interrupted.", interrupted);
      } catch (ExecutionException crashed) {
        if (crashed.getCause() instanceof RuntimeException runtime) {
          throw runtime;
        }
        throw new IllegalStateException(crashed.getCause());
      }
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger counter = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, "readiness-collector-" + counter.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
