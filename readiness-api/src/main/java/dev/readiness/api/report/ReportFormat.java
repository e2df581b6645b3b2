package dev.readiness.api.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The report formats, each with its writer and file name. Every writer is deterministic: the same
 * {@link ScanReport} gives the same bytes.
 */
public enum ReportFormat {
  /** The full report as versioned JSON (see {@code docs/report-schema.json}). */
  JSON("readiness.json", JsonReportWriter::write),
  /** SARIF 2.1.0 for code scanning (GitHub, Azure DevOps, SARIF viewers). */
  SARIF("readiness.sarif", SarifWriter::write),
  /** The checklist and the failures by rule, for a pull-request comment. */
  MARKDOWN("readiness.md", MarkdownWriter::write),
  /** A self-contained page with filters and the investigation view. */
  HTML("readiness.html", HtmlWriter::write),
  /** JUnit XML for CI test report views. */
  JUNIT("readiness-junit.xml", JunitWriter::write),
  /** OCSF Compliance Finding events (class 2003) for security data lakes. */
  OCSF("readiness-ocsf.json", OcsfWriter::write),
  /** One row per finding, for spreadsheets. */
  CSV("readiness.csv", CsvWriter::write);

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
   * The report in this format as text, for a golden-file test or a log line. Every format is UTF-8
   * text, so this is exactly the bytes {@link #write} would give.
   */
  public String render(ScanReport report) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      write(report, bytes);
    } catch (IOException impossible) {
      // A ByteArrayOutputStream does not fail; a writer that still does is a bug, not bad input.
      throw new UncheckedIOException(impossible);
    }
    return bytes.toString(StandardCharsets.UTF_8);
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
