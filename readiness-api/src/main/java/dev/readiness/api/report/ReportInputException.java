package dev.readiness.api.report;

/**
 * A waiver, baseline or options file that cannot be read. The message is one line: {@code
 * file:line:column: what was expected}.
 */
public final class ReportInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An error at a place in a file, described by {@code message}. */
  public ReportInputException(String message) {
    super(message);
  }

  /** An error at a place in a file, caused by {@code cause}. */
  public ReportInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
