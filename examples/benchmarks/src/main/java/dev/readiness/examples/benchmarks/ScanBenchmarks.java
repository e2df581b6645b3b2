package dev.readiness.examples.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.api.Report;
import dev.readiness.api.Snapshot;
import dev.readiness.api.format.SnapshotReader;
import dev.readiness.api.report.ReportFormat;
import dev.readiness.api.report.ScanReport;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * The hot paths of a scan, each from the state the step before it leaves: Jackson's parse of the
 * file (the floor for reading it), reading it into a snapshot, indexing the resources, evaluating
 * the whole built-in checklist, and writing the JSON report.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScanBenchmarks {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The floor: Jackson's tree of the same file, with no validation and no indexes. */
  @Benchmark
  public JsonNode parseTree(ScanState state) throws IOException {
    return MAPPER.readTree(state.file.toFile());
  }

  /** {@code SnapshotReader.read}: parsing, validation, compact resources and indexes. */
  @Benchmark
  public Snapshot readSnapshot(ScanState state) {
    return SnapshotReader.read(state.file);
  }

  /** {@code Snapshot.Builder.build} alone: sorting and indexing resources already in memory. */
  @Benchmark
  public Snapshot buildIndexes(ScanState state) {
    return Snapshot.builder(state.snapshot.metadata())
        .addAll(state.snapshot.resources())
        .coverage(state.snapshot.coverage())
        .build();
  }

  /** The whole built-in checklist, coverage gating included. */
  @Benchmark
  public Report evaluateChecklist(ScanState state) {
    return state.engine.evaluate(state.snapshot);
  }

  /** The JSON report, written to a stream that discards it so the disk is not measured. */
  @Benchmark
  public ScanReport writeJsonReport(ScanState state) throws IOException {
    ScanReport scan = ScanReport.of(state.report);
    ReportFormat.JSON.write(scan, OutputStream.nullOutputStream());
    return scan;
  }
}
