package dev.readiness.api;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs rules on a pool of threads, each under a time limit. A rule that throws, runs too long or
 * reports about a type it did not declare yields one ERROR finding; every other rule's findings
 * pass the coverage gate and come back in report order.
 */
final class RuleRunner {
  // Logged under the engine's name, the one embedders already configure.
  private static final Logger LOG = LoggerFactory.getLogger(Engine.class);

  private final int parallelism;
  private final Duration ruleTimeout;

  RuleRunner(int parallelism, Duration ruleTimeout) {
    this.parallelism = parallelism;
    this.ruleTimeout = ruleTimeout;
  }

  /** Each rule's findings, in report order, for every one of {@code rules}. */
  Map<Rule, List<Finding>> runAll(List<Rule> rules, Snapshot snapshot, Instant now) {
    AtomicInteger threadCount = new AtomicInteger();
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            parallelism,
            parallelism,
            0,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            task -> {
              Thread thread = new Thread(task, "readiness-rule-" + threadCount.incrementAndGet());
              // A rule that ignores interruption must not keep the JVM alive.
              thread.setDaemon(true);
              return thread;
            });
    ExecutorCompletionService<Rule> completion = new ExecutorCompletionService<>(pool);
    // Written by the rule threads at once: a HashMap could lose a rule's findings.
    Map<Rule, List<Finding>> results = new ConcurrentHashMap<>();
    Map<Future<Rule>, Rule> pending = new LinkedHashMap<>();
    Map<Rule, AtomicLong> startedAt = new HashMap<>();
    try {
      for (Rule rule : rules) {
        AtomicLong started = new AtomicLong();
        startedAt.put(rule, started);
        Future<Rule> future =
            completion.submit(
                () -> {
                  started.set(System.nanoTime());
                  results.put(
                      rule, FindingOrder.inReportOrder(runOne(rule, snapshot, now), snapshot));
                  return rule;
                });
        pending.put(future, rule);
      }
      // results is written by workers; reading it is safe after Future.get() (happens-before).
      Map<Rule, List<Finding>> done = new HashMap<>();
      while (!pending.isEmpty()) {
        Future<Rule> finished = completion.poll(20, TimeUnit.MILLISECONDS);
        if (finished != null) {
          Rule rule = pending.remove(finished);
          if (rule != null) {
            done.put(rule, resultOf(finished, rule, results));
          }
        }
        long nowNanos = System.nanoTime();
        for (var entry : new ArrayList<>(pending.entrySet())) {
          long started = startedAt.get(entry.getValue()).get();
          if (started != 0 && nowNanos - started > ruleTimeout.toNanos()) {
            Rule rule = entry.getValue();
            entry.getKey().cancel(true);
            pending.remove(entry.getKey());
            // The stuck thread keeps its slot; give the pool another so the remaining rules run.
            pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
            pool.setCorePoolSize(pool.getCorePoolSize() + 1);
            LOG.warn(
                "Rule {} ran longer than {} and was abandoned", rule.metadata().id(), ruleTimeout);
            done.put(rule, List.of(RuleErrors.timedOut(rule.metadata(), ruleTimeout)));
          }
        }
      }
      return done;
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Evaluation was interrupted.", interrupted);
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<Finding> resultOf(
      Future<Rule> future, Rule rule, Map<Rule, List<Finding>> results) {
    try {
      future.get();
      synchronized (results) {
        return results.get(rule);
      }
    } catch (ExecutionException | InterruptedException impossible) {
      // runOne catches everything a rule throws; this is a defect of the engine itself.
      throw new IllegalStateException(
          "Rule " + rule.metadata().id() + " could not be run.", impossible);
    }
  }

  private static List<Finding> runOne(Rule rule, Snapshot snapshot, Instant now) {
    RuleMetadata metadata = rule.metadata();
    RuleContext context = new RuleContext(snapshot, now, metadata);
    try {
      context.reads().during(() -> rule.evaluate(context));
    } catch (RuntimeException | Error crash) {
      if (crash instanceof VirtualMachineError fatal && !(crash instanceof StackOverflowError)) {
        throw fatal;
      }
      LOG.warn("Rule {} failed", metadata.id(), crash);
      return List.of(RuleErrors.crashed(metadata, crash));
    }
    List<RuleContext.Reported> reported;
    synchronized (context.reported()) {
      reported = List.copyOf(context.reported());
    }
    Optional<Finding> undeclared = DeclarationCheck.firstViolation(metadata, reported);
    if (undeclared.isPresent()) {
      return List.of(undeclared.get());
    }
    List<Finding> findings =
        new ArrayList<>(CoverageGate.apply(metadata, reported, context.reads(), snapshot));
    context.unfinished().forEach(lost -> findings.add(RuleErrors.unfinished(metadata, lost)));
    return findings;
  }
}
