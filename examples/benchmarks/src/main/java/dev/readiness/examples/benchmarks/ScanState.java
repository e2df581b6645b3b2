package dev.readiness.examples.benchmarks;

import dev.readiness.api.Engine;
import dev.readiness.api.Report;
import dev.readiness.api.Snapshot;
import dev.readiness.api.format.SnapshotReader;
import dev.readiness.api.format.SnapshotWriter;
import dev.readiness.rules.BuiltInRules;
import dev.readiness.testkit.synthetic.SyntheticTenant;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A generated, seeded tenant of {@link #resources} resources in every form the benchmarks start
 * from: a snapshot file in format v1, the loaded snapshot, the whole built-in checklist, and its
 * report. Subscriptions hold 5000 resources each, as in large tenants.
 */
@State(Scope.Benchmark)
public class ScanState {
  /** About how many resources the tenant holds. */
  @Param({"10000"})
  public int resources;

  Path file;
  Snapshot snapshot;
  Engine engine;
  Report report;

  /** Generates the tenant and writes it once per trial. */
  @Setup(Level.Trial)
  public void generate() throws IOException {
    int subscriptions = Math.max(1, (resources + 4999) / 5000);
    Snapshot generated =
        SyntheticTenant.builder()
            .seed(42)
            .subscriptions(subscriptions)
            .resourcesPerSubscription(resources / subscriptions)
            .build()
            .snapshot();
    file = Files.createTempFile("readiness-jmh-", ".json");
    SnapshotWriter.write(generated, file);
    snapshot = SnapshotReader.read(file);
    engine = Engine.builder().addRules(BuiltInRules.all()).build();
    report = engine.evaluate(snapshot);
  }

  /** Removes the snapshot file. */
  @TearDown(Level.Trial)
  public void delete() throws IOException {
    Files.deleteIfExists(file);
  }
}
