package dev.readiness.examples.cli;

/** Counts in words that agree with them: "1 rule", "0 rules". */
final class Plural {
  private Plural() {}

  /** {@code count} and the noun in the form that agrees with it. */
  static String count(long count, String one, String many) {
    return count + " " + (count == 1 ? one : many);
  }
}
