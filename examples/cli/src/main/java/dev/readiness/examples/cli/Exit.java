package dev.readiness.examples.cli;

/** The exit codes of every command, documented in docs/cli.md. */
final class Exit {
  /** Nothing at or above {@code --fail-on}. */
  static final int OK = 0;

  /** Findings at or above {@code --fail-on}. */
  static final int FINDINGS = 1;

  /** Bad usage or bad input: one line names the file and the place. */
  static final int BAD_INPUT = 2;

  /** The scan could not run. */
  static final int CANNOT_RUN = 3;

  private Exit() {}

  /** Bad input; the message is the one line the user sees. */
  static final class BadInput extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadInput(String message) {
      super(message);
    }
  }

  /** The scan could not run; the message is the one line the user sees. */
  static final class CannotRun extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CannotRun(String message) {
      super(message);
    }
  }
}
