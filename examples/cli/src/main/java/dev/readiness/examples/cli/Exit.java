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

  /**
   * The scan ran but could not decide: no resources, or a rule at or above {@code --fail-on} whose
   * every finding is UNKNOWN. A failure at or above {@code --fail-on} (1) wins over it.
   */
  static final int UNDECIDED = 4;

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
