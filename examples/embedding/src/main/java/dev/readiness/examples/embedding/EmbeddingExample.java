package dev.readiness.examples.embedding;

import dev.readiness.api.Engine;
import dev.readiness.api.Finding;
import dev.readiness.api.Report;
import dev.readiness.api.Severity;
import dev.readiness.api.Snapshot;
import dev.readiness.api.Status;
import dev.readiness.api.format.SnapshotReader;
import dev.readiness.api.report.ReportFormat;
import dev.readiness.api.report.ScanReport;
import dev.readiness.examples.customrule.DataOwnerTagRule;
import dev.readiness.rules.BuiltInRules;
import dev.readiness.rules.checklist.ChecklistOptions;
import dev.readiness.rules.checklist.OptionTable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How another Java tool embeds Readiness: build one engine with the built-in checklist and an
 * in-house rule, evaluate a snapshot, and read the findings through the API. Run it with a snapshot
 * file and, optionally, where to write a SARIF report:
 *
 * <pre>{@code
 * java dev.readiness.examples.embedding.EmbeddingExample tenant.snapshot.json [report.sarif]
 * }</pre>
 */
public final class EmbeddingExample {
  private EmbeddingExample() {}

  /**
   * The engine: the built-in checklist with our retention policy, plus our own rule. Build it once;
   * it is immutable and thread-safe, so every scan in the tool can share it.
   */
  public static Engine engine() {
    ChecklistOptions options =
        ChecklistOptions.defaults().toBuilder().set(OptionTable.RETENTION_DAYS, 400).build();
    return Engine.builder()
        .addRules(BuiltInRules.all(options))
        .addRule(new DataOwnerTagRule())
        .build();
  }

  /** Prints each failure of HIGH severity or worse, then a count per status. */
  public static void summarize(Report report, PrintStream out) {
    for (Finding failure : report.failuresAtOrAbove(Severity.HIGH)) {
      out.println(
          failure.severity()
              + " "
              + failure.ruleId()
              + " "
              + failure.target().name()
              + ": "
              + failure.message());
      failure.evidence().forEach(e -> out.println("    at " + e.resourceId() + e.pointer()));
      failure.remediation().cli().ifPresent(cli -> out.println("    fix: " + cli));
    }
    for (Status status : Status.values()) {
      out.println(status + ": " + report.count(status));
    }
  }

  /** Reads the snapshot in {@code args[0]}, evaluates it, and writes SARIF to {@code args[1]}. */
  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: EmbeddingExample SNAPSHOT [SARIF-OUTPUT]");
      return;
    }
    Snapshot snapshot = SnapshotReader.read(Path.of(args[0]));
    Report report = engine().evaluate(snapshot);
    summarize(report, System.out);
    if (args.length == 2) {
      try (OutputStream out = Files.newOutputStream(Path.of(args[1]))) {
        ReportFormat.SARIF.write(ScanReport.of(report), out);
      }
    }
  }
}
