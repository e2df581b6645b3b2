package dev.readiness.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.api.Engine;
import dev.readiness.api.Report;
import dev.readiness.api.Snapshot;
import dev.readiness.api.format.SnapshotReader;
import dev.readiness.api.report.ReportFormat;
import dev.readiness.api.report.ScanReport;
import dev.readiness.rules.BuiltInRules;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Times the steps of a scan of one snapshot file in this process: Jackson's parse of the file (the
 * floor for reading it), loading it into a {@link Snapshot}, evaluating the whole built-in
 * checklist, and writing the JSON report; and measures the heap the loaded snapshot holds.
 */
final class ScanBenchmark {
  private ScanBenchmark() {}

  /** Measures {@code file}, reporting medians of {@code runs} timed runs after {@code warmups}. */
  static Map<String, Object> measure(Path file, int warmups, int runs) throws Exception {
    Engine engine = Engine.builder().addRules(BuiltInRules.all()).build();
    long heapBefore = Medians.heapInUseAfterGc();
    long peakHeap = peakHeapOfAScan(engine, file, heapBefore);
    Snapshot loaded = SnapshotReader.read(file);
    long heapAfter = Medians.heapInUseAfterGc();
    int resources = loaded.resources().size();
    // One evaluation more to compile the rules before anything is timed; its report is dropped.
    engine.evaluate(loaded);
    loaded = null; // the timed runs load their own

    ObjectMapper mapper = new ObjectMapper();
    Medians.Timing parse = Medians.time(warmups, runs, () -> mapper.readTree(file.toFile()));
    Medians.Timing load = Medians.time(warmups, runs, () -> SnapshotReader.read(file));
    Snapshot snapshot = SnapshotReader.read(file);
    // Each step holds only what a scan holds at that point: while the checklist runs, no earlier
    // report is alive, so the garbage collector has the work of one scan, not of two.
    Medians.Timing evaluate = Medians.time(warmups, runs, () -> engine.evaluate(snapshot));
    Report report = engine.evaluate(snapshot);
    CountingStream reportBytes = new CountingStream();
    Medians.Timing write =
        Medians.time(
            warmups,
            runs,
            () -> {
              reportBytes.count = 0;
              ReportFormat.JSON.write(ScanReport.of(report), reportBytes);
              return reportBytes.count;
            });

    Map<String, Object> result = new LinkedHashMap<>();
    result.put("resources", resources);
    result.put("rules", report.rules().size());
    result.put("findings", report.findings().size());
    result.put("parseSeconds", parse.seconds());
    result.put("loadSeconds", load.seconds());
    result.put("evaluateSeconds", evaluate.seconds());
    result.put("reportSeconds", write.seconds());
    result.put("heapBytesAfterLoad", heapAfter - heapBefore);
    result.put("fileBytes", Files.size(file));
    result.put("jsonReportBytes", reportBytes.count);
    result.put("jsonBytesPerFinding", (double) reportBytes.count / report.findings().size());
    ScanReport scan = ScanReport.of(report);
    for (ReportFormat format : List.of(ReportFormat.HTML, ReportFormat.SARIF, ReportFormat.OCSF)) {
      result.put(format.id() + "ReportBytes", size(format, scan));
    }
    result.put("peakHeapBytes", peakHeap);
    result.put("peakHeapToFile", (double) peakHeap / Files.size(file));
    result.put("parseCpuSeconds", parse.cpuSeconds());
    result.put("loadCpuSeconds", load.cpuSeconds());
    result.put("evaluateCpuSeconds", evaluate.cpuSeconds());
    result.put("reportCpuSeconds", write.cpuSeconds());
    result.put("processors", Runtime.getRuntime().availableProcessors());
    result.put("loadAverage", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    result.put("warmups", warmups);
    result.put("runs", runs);
    return result;
  }

  /**
   * The heap a whole scan needs at its fullest: loading, the checklist, and the JSON, HTML and
   * SARIF reports written as a scan writes them, less the heap in use before it.
   */
  private static long peakHeapOfAScan(Engine engine, Path file, long heapBefore)
      throws IOException {
    try (PeakHeap peak = PeakHeap.watch()) {
      Snapshot snapshot = SnapshotReader.read(file);
      ScanReport scan = ScanReport.of(engine.evaluate(snapshot));
      for (ReportFormat format :
          List.of(ReportFormat.JSON, ReportFormat.HTML, ReportFormat.SARIF)) {
        format.write(scan, new CountingStream());
      }
      // A last collection while the snapshot and the report are still alive.
      long atEnd = Medians.heapInUseAfterGc();
      Reference.reachabilityFence(snapshot);
      Reference.reachabilityFence(scan);
      return peak.bytes(atEnd) - heapBefore;
    }
  }

  private static long size(ReportFormat format, ScanReport scan) throws IOException {
    CountingStream bytes = new CountingStream();
    format.write(scan, bytes);
    return bytes.count;
  }

  /** Counts the report's bytes instead of keeping them, so the disk is not measured. */
  private static final class CountingStream extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      count += len;
    }
  }
}
