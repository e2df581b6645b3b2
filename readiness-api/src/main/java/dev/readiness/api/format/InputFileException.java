package dev.readiness.api.format;

/**
 * Bad input in a file Readiness reads: a snapshot, an attestation, waiver, baseline or options
 * file. The message is one line naming the source, the line and column, and what was expected, for
 * example {@code snapshot.json:12:5: expected a string for 'id' but found a number}; every reader
 * in this package throws this one type, so a caller handles bad input once.
 */
public final class InputFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final int column;

  /**
   * An error at a location.
   *
   * @param source the file or stream name
   * @param line the 1-based line, or 0 when unknown
   * @param column the 1-based column, or 0 when unknown
   * @param detail what was wrong and what was expected
   */
  public InputFileException(String source, int line, int column, String detail) {
    super(format(source, line, column, detail));
    this.source = source;
    this.line = line;
    this.column = column;
  }

  private static String format(String source, int line, int column, String detail) {
    String where = line > 0 ? source + ":" + line + ":" + Math.max(column, 1) : source;
    return where + ": " + detail.replace('\n', ' ').replace('\r', ' ');
  }

  /** The file or stream name. */
  public String source() {
    return source;
  }

  /** The 1-based line, or 0 when unknown. */
  public int line() {
    return line;
  }

  /** The 1-based column, or 0 when unknown. */
  public int column() {
    return column;
  }
}
