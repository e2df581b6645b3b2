package dev.readiness.examples.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Arrays;

/** Repeated timings and their median, the statistic the benchmark reports. */
final class Medians {
  private Medians() {}

  /** Something timed; it returns a result so that the work cannot be optimised away. */
  @FunctionalInterface
  interface Work {
    Object run() throws Exception;
  }

  /**
   * The median of {@code values}: the middle value, or the mean of the two middle values when there
   * is an even number of them.
   *
   * @throws IllegalArgumentException when there are no values
   */
  static double median(double... values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("The median of no values is undefined.");
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  /**
   * The medians of a step's timed runs: wall-clock seconds, and the process's CPU seconds (all its
   * threads, the collector's and compiler's included), which a busy shared machine disturbs less.
   */
  record Timing(double seconds, double cpuSeconds) {}

  /**
   * Runs {@code work} {@code warmups} times untimed (so the JIT has compiled it), then {@code runs}
   * times timed, and returns the medians of the timed runs.
   */
  static Timing time(int warmups, int runs, Work work) throws Exception {
    for (int i = 0; i < warmups; i++) {
      consume(work.run());
    }
    // The garbage of earlier steps (each load leaves a snapshot's worth in the old generation) is
    // collected here, not on this step's time.
    heapInUseAfterGc();
    double[] seconds = new double[runs];
    double[] cpuSeconds = new double[runs];
    for (int i = 0; i < runs; i++) {
      long cpuStart = processCpuNanos();
      long start = System.nanoTime();
      Object result = work.run();
      seconds[i] = (System.nanoTime() - start) / 1e9;
      cpuSeconds[i] = (processCpuNanos() - cpuStart) / 1e9;
      consume(result);
    }
    return new Timing(median(seconds), median(cpuSeconds));
  }

  /**
   * The heap in use once a full collection has settled. {@code System.gc()} is a request, so it is
   * repeated until the figure stops falling.
   */
  static long heapInUseAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      long now = memory.getHeapMemoryUsage().getUsed();
      if (now >= used) {
        return now;
      }
      used = now;
    }
    return used;
  }

  /** The CPU time all threads of this process have used so far, in nanoseconds. */
  static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static void consume(Object result) {
    if (result == null) {
      throw new IllegalStateException("A timed step returned nothing.");
    }
  }
}
