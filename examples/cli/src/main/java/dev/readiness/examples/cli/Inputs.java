package dev.readiness.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.api.Attestations;
import dev.readiness.api.CoverageRecord;
import dev.readiness.api.CoverageStatus;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceId;
import dev.readiness.api.ResourceType;
import dev.readiness.api.Snapshot;
import dev.readiness.api.SnapshotMetadata;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads the input files of the commands: snapshots and attestations. */
final class Inputs {
  private Inputs() {}

  static Attestations attestations(Path file) {
    throw new Exit.CannotRun(file + ": attestation files cannot be read by this build yet.");
  }

  static Snapshot snapshot(Path file) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(file.toFile());
    } catch (IOException unreadable) {
      throw new Exit.BadInput(file + ": " + unreadable.getMessage());
    }
    JsonNode meta = root.path("metadata");
    List<String> subscriptions = new ArrayList<>();
    meta.path("subscriptions").forEach(s -> subscriptions.add(s.asText()));
    Snapshot.Builder builder =
        Snapshot.builder(
            new SnapshotMetadata(
                meta.path("tenantId").asText(""),
                subscriptions,
                meta.path("cloud").asText("AzureCloud"),
                Instant.parse(meta.path("capturedAt").asText()),
                meta.path("producer").asText("readiness"),
                meta.path("producerVersion").asText("")));
    for (JsonNode record : root.path("coverage")) {
      builder.coverage(
          new CoverageRecord(
              ResourceId.parse(record.path("scope").asText()),
              ResourceType.of(record.path("type").asText()),
              CoverageStatus.valueOf(record.path("status").asText()),
              record.path("httpStatus").asInt(0),
              record.path("permission").textValue(),
              record.path("request").textValue(),
              record.path("message").textValue()));
    }
    root.path("resources").forEach(resource -> builder.add(Resource.of(resource)));
    return builder.build();
  }
}
