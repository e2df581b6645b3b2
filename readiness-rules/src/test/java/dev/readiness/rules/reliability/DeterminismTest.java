package dev.readiness.rules.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.Engine;
import dev.readiness.api.Report;
import dev.readiness.api.Rule;
import dev.readiness.api.Snapshot;
import dev.readiness.api.report.ReportFormat;
import dev.readiness.api.report.ScanReport;
import dev.readiness.rules.BuiltInRules;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The same snapshot gives the same bytes, however many times and from however many threads. */
class DeterminismTest {
  private static final int RUNS = 50;
  private static final int THREADS = 6;

  private final Snapshot snapshot = ReliabilitySnapshots.tenant();

  @Test
  @Timeout(300)
  void fiftyParallelEvaluationsGiveByteIdenticalJsonReports() {
    Engine engine = Engine.builder().addRules(BuiltInRules.all()).parallelism(8).build();
    byte[] first = json(engine.evaluate(snapshot));

    for (int run = 1; run < RUNS; run++) {
      assertThat(json(engine.evaluate(snapshot))).as("run %d", run + 1).isEqualTo(first);
    }
    assertThat(new String(first, java.nio.charset.StandardCharsets.UTF_8))
        .contains("\"PASS\"")
        .contains("\"FAIL\"");
  }

  @Test
  @Timeout(300)
  void theReportIsTheSameForOneTwoOrEightThreadsAndAnyRuleOrder() {
    byte[] reference =
        json(
            Engine.builder()
                .addRules(BuiltInRules.all())
                .parallelism(1)
                .build()
                .evaluate(snapshot));
    for (int threads : new int[] {1, 2, 8}) {
      for (long seed = 1; seed <= 3; seed++) {
        List<Rule> shuffled = new ArrayList<>(BuiltInRules.all());
        Collections.shuffle(shuffled, new Random(seed));
        Engine engine = Engine.builder().addRules(shuffled).parallelism(threads).build();
        assertThat(json(engine.evaluate(snapshot)))
            .as("%d threads, rule order shuffled with seed %d", threads, seed)
            .isEqualTo(reference);
      }
    }
  }

  @Test
  @Timeout(300)
  void oneEngineUsedFromSeveralThreadsAtOnceGivesTheSameResults() throws Exception {
    Engine engine = Engine.builder().addRules(BuiltInRules.all()).parallelism(4).build();
    Report expected = Engine.builder().addRules(BuiltInRules.all()).build().evaluate(snapshot);
    ExecutorService callers = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Report>> reports = new ArrayList<>();
      for (int i = 0; i < THREADS * 3; i++) {
        reports.add(
            callers.submit(
                () -> {
                  start.await();
                  return engine.evaluate(snapshot);
                }));
      }
      start.countDown();
      for (Future<Report> report : reports) {
        assertThat(report.get().findings()).containsExactlyElementsOf(expected.findings());
      }
    } finally {
      callers.shutdownNow();
    }
  }

  private static byte[] json(Report report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ReportFormat.JSON.write(ScanReport.of(report), out);
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
    return out.toByteArray();
  }
}
