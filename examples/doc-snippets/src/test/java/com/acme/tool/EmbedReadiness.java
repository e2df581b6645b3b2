// snippet: main
package com.acme.tool;

import dev.readiness.api.Engine;
import dev.readiness.api.Report;
import dev.readiness.api.Snapshot;
import dev.readiness.api.Status;
import dev.readiness.api.format.SnapshotReader;
import dev.readiness.rules.BuiltInRules;
import dev.readiness.rules.checklist.ChecklistOptions;
import java.nio.file.Path;

public final class EmbedReadiness {
  public static void main(String[] args) {
    Snapshot snapshot = SnapshotReader.read(Path.of(args[0])); // or a live Collector
    Engine engine =
        Engine.builder()
            .addRules(BuiltInRules.all(ChecklistOptions.defaults()))
            .addServiceLoaderRules(EmbedReadiness.class.getClassLoader())
            .build(); // immutable, thread-safe
    Report report = engine.evaluate(snapshot);
    report.findings(Status.FAIL).forEach(f -> System.out.println(f.ruleId() + " " + f.message()));
  }
}
// end-snippet
