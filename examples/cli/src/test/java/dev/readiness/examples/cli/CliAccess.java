package dev.readiness.examples.cli;

/**
 * Runs the command line in-process for the tests in {@code dev.readiness.examples.cli.reliability}.
 */
public final class CliAccess {
  private CliAccess() {}

  /** What one run printed and returned. */
  public record Result(int exitCode, String out, String err) {}

  /** Runs {@code args} without a terminal and returns what it printed. */
  public static Result run(String... args) {
    Cli.Result result = Cli.run(args);
    return new Result(result.exitCode(), result.out(), result.err());
  }
}
