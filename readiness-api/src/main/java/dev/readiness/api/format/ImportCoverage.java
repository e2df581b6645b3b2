package dev.readiness.api.format;

import com.fasterxml.jackson.core.JsonLocation;
import dev.readiness.api.CoverageRecord;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceId;
import dev.readiness.api.ResourceType;
import dev.readiness.api.Snapshot;
import dev.readiness.api.SnapshotMetadata;
import dev.readiness.api.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an import has gathered: resources, the subscriptions they lie in, and what was collected
 * where.
 */
final class ImportCoverage {
  private final String producer;
  private final Instant importedAt;
  private final Snapshot.Builder builder;
  private final Set<String> subscriptions = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
  private final Set<CoverageRecord> collected = new LinkedHashSet<>();
  private String tenantId = "";

  ImportCoverage(String producer, Instant importedAt) {
    this.producer = producer;
    this.importedAt = importedAt;
    this.builder = Snapshot.builder(SnapshotMetadata.of("", List.of(), importedAt));
  }

  void tenant(String id) {
    if (tenantId.isEmpty()) {
      tenantId = id;
    }
  }

  void add(JsonInput input, JsonLocation at, Resource resource) {
    FormatV1.add(input, at, builder, resource);
    resource.subscriptionId().ifPresent(subscriptions::add);
  }

  boolean contains(ResourceId id) {
    return builder.contains(id);
  }

  void subscription(String id) {
    subscriptions.add(id);
  }

  void collected(ResourceId scope, ResourceType type) {
    collected.add(CoverageRecord.collected(scope, type));
  }

  Snapshot build() {
    collected.forEach(builder::coverage);
    return builder
        .metadata(
            new SnapshotMetadata(
                tenantId,
                List.copyOf(subscriptions),
                "AzureCloud",
                importedAt,
                "readiness import of " + producer,
                Version.current()))
        .build();
  }
}
