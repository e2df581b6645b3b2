package dev.readiness.examples.cli;

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
   * Runs {@code work} {@code warmups} times untimed (so the JIT has compiled it), then {@code runs}
   * times timed, and returns the median of the timed runs in seconds.
   */
  static double seconds(int warmups, int runs, Work work) throws Exception {
    for (int i = 0; i < warmups; i++) {
      consume(work.run());
    }
    double[] seconds = new double[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      Object result = work.run();
      seconds[i] = (System.nanoTime() - start) / 1e9;
      consume(result);
    }
    return median(seconds);
  }

  private static void consume(Object result) {
    if (result == null) {
      throw new IllegalStateException("A timed step returned nothing.");
    }
  }
}
