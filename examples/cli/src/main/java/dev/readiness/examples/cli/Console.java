package dev.readiness.examples.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Map;

/**
 * Where a command writes and what it may know of its surroundings, passed in so tests can run
 * commands in-process.
 *
 * @param out standard output
 * @param err standard error
 * @param stdoutIsTerminal true when standard output is an interactive terminal
 * @param stderrIsTerminal true when standard error is an interactive terminal
 * @param environment the environment variables
 * @param in standard input, read by {@code --snapshot -}
 */
record Console(
    PrintWriter out,
    PrintWriter err,
    boolean stdoutIsTerminal,
    boolean stderrIsTerminal,
    Map<String, String> environment,
    InputStream in) {

  /** A console whose standard input is empty. */
  Console(
      PrintWriter out,
      PrintWriter err,
      boolean stdoutIsTerminal,
      boolean stderrIsTerminal,
      Map<String, String> environment) {
    this(out, err, stdoutIsTerminal, stderrIsTerminal, environment, InputStream.nullInputStream());
  }

  /** The process's own console. */
  static Console system() {
    boolean terminal = System.console() != null;
    return new Console(
        new PrintWriter(System.out, true),
        new PrintWriter(System.err, true),
        terminal,
        terminal,
        System.getenv(),
        System.in);
  }

  /** True when output may carry ANSI colours: a terminal, and NO_COLOR unset. */
  boolean colour() {
    String noColor = environment.get("NO_COLOR");
    return stdoutIsTerminal && (noColor == null || noColor.isEmpty());
  }
}
