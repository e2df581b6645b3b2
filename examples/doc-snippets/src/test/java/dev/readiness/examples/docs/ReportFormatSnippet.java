package dev.readiness.examples.docs;

import dev.readiness.api.Engine;
import dev.readiness.api.Snapshot;
import dev.readiness.api.report.Baseline;
import dev.readiness.api.report.ReportFormat;
import dev.readiness.api.report.ScanReport;
import dev.readiness.api.report.Waivers;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The report example of docs/report-format.md; it reads and writes files of the working directory.
 */
final class ReportFormatSnippet {
  private ReportFormatSnippet() {}

  static void writeSarif(Engine engine, Snapshot snapshot) throws IOException {
    // snippet: sarif
    ScanReport scan =
        ScanReport.builder(engine.evaluate(snapshot))
            .waivers(Waivers.read(Path.of("waivers.json")))
            .baseline(Baseline.read(Path.of("baseline.json")))
            .build();
    try (OutputStream out = Files.newOutputStream(Path.of("readiness.sarif"))) {
      ReportFormat.SARIF.write(scan, out);
    }
    // end-snippet
  }
}
