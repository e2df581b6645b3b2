package dev.readiness.api.format;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.api.CoverageRecord;
import dev.readiness.api.CoverageStatus;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceId;
import dev.readiness.api.ResourceType;
import dev.readiness.api.Snapshot;
import dev.readiness.api.SnapshotMetadata;
import dev.readiness.api.Version;
import dev.readiness.api.implementation.JacksonAccess;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an import has gathered: resources, the subscriptions they lie in, what was collected where,
 * and what was skipped.
 */
final class ImportCoverage {
  private final String producer;
  private final Instant importedAt;
  private final Snapshot.Builder builder;
  private final Set<String> subscriptions = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
  private final Set<CoverageRecord> records = new LinkedHashSet<>();
  private final SkippedItems skipped;
  private final JacksonAccess.ResourceReader reader = JacksonAccess.forms().reader();
  private Optional<String> tenantId = Optional.empty();

  ImportCoverage(String producer, Instant importedAt, String source) {
    this.producer = producer;
    this.importedAt = importedAt;
    this.builder =
        Snapshot.builder(
            new SnapshotMetadata(
                Optional.empty(),
                List.of(),
                "AzureCloud",
                importedAt,
                "readiness",
                Version.current()));
    this.skipped = new SkippedItems(source);
  }

  /**
   * Keeps {@code item}, which starts at {@code at} and was nested under {@code listedUnder} (null
   * at the top level), when it can be placed; otherwise records it as skipped. An id listed again
   * with the same content is the same resource met twice (an export lists a VM's network interfaces
   * at the top level and again inside the VM), so the copy is dropped and nothing is lost. An id
   * listed again with other content keeps its first item: which of the two is true cannot be told,
   * so the type is a gap where it was listed.
   */
  Optional<Resource> take(JsonLocation at, ObjectNode item, ResourceId listedUnder) {
    String tenant = ArmShape.tenant(item);
    if (tenant != null && !tenant.isBlank()) {
      tenant(tenant);
    }
    Placement placement = Placement.of(ArmShape.of(item), listedUnder, reader);
    if (placement instanceof Placement.Unplaced unplaced) {
      skipped.skip(at, unplaced.scope(), unplaced.type(), unplaced.why());
      return Optional.empty();
    }
    Placement.Placed placed = (Placement.Placed) placement;
    Resource resource = placed.resource();
    Optional<Resource> earlier = builder.added(resource.id());
    if (earlier.filter(resource::equals).isPresent()) {
      return earlier;
    }
    if (earlier.isPresent()) {
      // A child is listed at its parent; anything else (a resource fetched by reference too) in
      // its subscription's inventory.
      ResourceId listing =
          listedUnder != null && resource.id().isWithin(listedUnder)
              ? listedUnder
              : resource.subscriptionId().map(ResourceId::subscription).orElse(ResourceId.TENANT);
      skipped.skip(at, listing, resource.type(), "its id was listed more than once");
      return Optional.empty();
    }
    if (placed.rebuilt()) {
      skipped.rebuilt(at);
    }
    builder.add(resource);
    resource.subscriptionId().ifPresent(subscriptions::add);
    return Optional.of(resource);
  }

  void tenant(String id) {
    if (tenantId.isEmpty()) {
      tenantId = Optional.of(id);
    }
  }

  /** The subscriptions seen so far, sorted. */
  List<String> subscriptions() {
    return List.copyOf(subscriptions);
  }

  void subscription(String id) {
    subscriptions.add(id);
  }

  void collected(ResourceId scope, ResourceType type) {
    record(CoverageRecord.collected(scope, type));
  }

  /**
   * Records that {@code type} was not collected at {@code scope}, unless it was claimed collected
   * there: of two records for one scope and type the gap would win.
   */
  void notCollectedUnlessClaimed(ResourceId scope, ResourceType type) {
    if (!records.contains(CoverageRecord.collected(scope, type))) {
      record(new CoverageRecord(scope, type, CoverageStatus.NOT_COLLECTED, 0, null, null, null));
    }
  }

  void record(CoverageRecord record) {
    records.add(record);
  }

  /**
   * Keeps what can be placed of the resources nested under {@code item}'s {@code resources}, listed
   * at {@code parent} (null when the item itself could not be kept).
   */
  List<Resource> takeNested(JsonLocation at, ObjectNode item, ResourceId parent) {
    JsonNode nested = ArmShape.nested(item);
    if (nested == null) {
      return List.of();
    }
    List<Resource> kept = new ArrayList<>();
    for (JsonNode child : nested) {
      if (child.isObject()) {
        take(at, (ObjectNode) child, parent).ifPresent(kept::add);
      } else {
        skipped.skip(
            at,
            parent != null ? parent : ResourceId.TENANT,
            ResourceType.ALL_TOP_LEVEL,
            "a nested resource that is not an object");
      }
    }
    return kept;
  }

  /** The one line naming what was skipped, if anything was. */
  Optional<String> summary() {
    return skipped.summary();
  }

  /** The snapshot, with metadata describing the import. */
  Snapshot build() {
    return build(
        new SnapshotMetadata(
            tenantId,
            List.copyOf(subscriptions),
            "AzureCloud",
            importedAt,
            "readiness import of " + producer,
            Version.current()));
  }

  /** The snapshot, with {@code metadata} as read from the file. */
  Snapshot build(SnapshotMetadata metadata) {
    skipped.apply(records).forEach(builder::coverage);
    return builder.metadata(metadata).build();
  }
}
