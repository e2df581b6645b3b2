package dev.readiness.examples.docs;

import com.azure.core.credential.TokenCredential;
import dev.readiness.api.Engine;
import dev.readiness.api.Report;
import dev.readiness.api.Snapshot;
import dev.readiness.api.format.SnapshotRecorder;
import dev.readiness.azure.AzureCloud;
import dev.readiness.azure.CollectionListener;
import dev.readiness.azure.CollectionScope;
import dev.readiness.azure.Collector;
import java.nio.file.Path;

/**
 * The collector example of docs/collector.md. Compiled, not run: it signs in to a real tenant, and
 * no test may reach Azure; the collector's own tests run the same calls against FakeAzure.
 */
final class CollectorSnippet {
  private CollectorSnippet() {}

  static Report scan(
      ClassLoader classLoader,
      TokenCredential credential,
      CollectionListener progressBar,
      byte[] key) {
    // snippet: collect
    Engine engine = Engine.builder().addServiceLoaderRules(classLoader).build();
    Collector collector =
        Collector.builder()
            .credential(credential) // optional: DefaultAzureCredential by default
            .cloud(AzureCloud.PUBLIC) // CHINA, US_GOVERNMENT, or AzureCloud.custom(...)
            .scope(
                CollectionScope.tenant()) // or subscriptions(List.of(...)), managementGroups(...)
            .types(engine.typesToCollect()) // only what the selected rules read
            .listener(progressBar) // optional
            .build();
    Snapshot snapshot = collector.collect();
    Report report = engine.evaluate(snapshot);
    SnapshotRecorder.anonymizing(key).write(snapshot, Path.of("tenant.snapshot.json"));
    // end-snippet
    return report;
  }
}
