package dev.readiness.api.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The report formats, each with its writer and file name. Every writer is deterministic: the same
 * {@link ScanReport} gives the same bytes.
 */
public enum ReportFormat {
  /** The full report as versioned JSON (see {@code docs/report-schema.json}). */
  JSON("readiness.json", JsonReportWriter::write);

  private final String fileName;
  private final Writer writer;

  ReportFormat(String fileName, Writer writer) {
    this.fileName = fileName;
    this.writer = writer;
  }

  @FunctionalInterface
  interface Writer {
    void write(ScanReport report, OutputStream out) throws IOException;
  }

  /** The name of the file the command line writes this format to, in its output directory. */
  public String fileName() {
    return fileName;
  }

  /** The lower-case name used on the command line, for example {@code sarif}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Writes {@code report} in this format to {@code out}, leaving {@code out} open. */
  public void write(ScanReport report, OutputStream out) throws IOException {
    writer.write(report, out);
  }

  /**
   * The format named {@code name}, ignoring case.
   *
   * @throws IllegalArgumentException naming the valid choices
   */
  public static ReportFormat parse(String name) {
    for (ReportFormat format : values()) {
      if (format.id().equalsIgnoreCase(name.strip())) {
        return format;
      }
    }
    throw new IllegalArgumentException(
        "Unknown report format '"
            + name
            + "'; expected one of "
            + Arrays.stream(values()).map(ReportFormat::id).collect(Collectors.joining(", "))
            + ".");
  }
}
