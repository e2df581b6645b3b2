package dev.readiness.azure.implementation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.api.Coverage;
import dev.readiness.api.CoverageRecord;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceId;
import dev.readiness.api.ResourceType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * What one collection has so far: the resources kept and a coverage record for every scope and type
 * asked. An item that arrived but could not be placed makes its whole list a gap, never part of
 * what was collected. Called from many threads.
 */
final class RunResults {
  private final Map<ResourceId, Resource> resources = new ConcurrentHashMap<>();
  private final Collection<CoverageRecord> coverage = new ConcurrentLinkedQueue<>();
  private final RunProgress progress;

  RunResults(RunProgress progress) {
    this.progress = progress;
  }

  void keep(Resource resource) {
    resources.put(resource.id(), resource);
  }

  Collection<Resource> resources() {
    return resources.values();
  }

  Collection<CoverageRecord> coverage() {
    return coverage;
  }

  /** The resources of {@code type} kept so far, by id. */
  List<Resource> collectedOf(ResourceType type) {
    List<Resource> found = new ArrayList<>();
    for (Resource resource : resources.values()) {
      if (resource.type().equals(type)) {
        found.add(resource);
      }
    }
    found.sort((a, b) -> a.id().compareTo(b.id()));
    return found;
  }

  Coverage coverageSoFar() {
    return Coverage.of(List.copyOf(coverage));
  }

  void record(CoverageRecord record) {
    coverage.add(record);
    if (!record.isCollected()) {
      progress.gapRecorded(record);
    }
  }

  /** Records the gap {@code response} causes for {@code type} at {@code scope}. */
  void gap(ResourceId scope, ResourceType type, RestResponse response, String permission) {
    record(FailedCalls.gap(scope, type, response, permission));
  }

  /** Keeps a listing and records it collected, or records why it is not. */
  void settle(
      ResourceId scope,
      ResourceType type,
      Listing listing,
      String permission,
      Placement placement) {
    RestResponse failure = keepAll(listing, placement);
    if (failure != null) {
      gap(scope, type, failure, permission);
      return;
    }
    record(CoverageRecord.collected(scope, type));
  }

  /**
   * Keeps every item of a listing where {@code placement} puts it, and returns null; or returns why
   * the listing is incomplete (it failed, or an item could not be placed) and keeps none of it, as
   * for any list that did not fully arrive.
   */
  RestResponse keepAll(Listing listing, Placement placement) {
    if (listing.failure() != null) {
      return listing.failure();
    }
    List<Resource> placed = new ArrayList<>();
    for (ObjectNode item : listing.items()) {
      Placement.Placed result = placement.place(item);
      if (result.resource() == null) {
        return unplaced(listing.request(), listing.items().size(), result.problem());
      }
      placed.add(result.resource());
    }
    placed.forEach(this::keep);
    return null;
  }

  /** The failure of an answer that arrived but holds an item that cannot be placed. */
  static RestResponse unplaced(String request, int items, String problem) {
    return RestResponse.unusable(
        200,
        request,
        "an answer of "
            + items
            + (items == 1 ? " item" : " items")
            + " holds one that cannot be placed, so the list is incomplete: "
            + problem);
  }
}
