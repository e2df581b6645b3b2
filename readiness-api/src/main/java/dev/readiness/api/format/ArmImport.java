package dev.readiness.api.format;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceId;
import dev.readiness.api.Snapshot;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Imports a plain array of ARM resources ({@code az resource list}, {@code az graph query}).
 *
 * <p>Such a file says nothing about what was left out, so coverage is claimed only for what it
 * shows: each resource type it contains is COLLECTED in each subscription (or the tenant) where it
 * appears. A type the file does not contain stays NOT_COLLECTED, and rules that need it report
 * UNKNOWN rather than a PASS on absent data. Resources nested under an item's {@code resources} are
 * kept too, their types claimed at that item. An item that cannot be placed is skipped and its type
 * becomes a gap where it was listed (see {@link Placement}).
 */
final class ArmImport implements SnapshotReader.Importer {
  private static final Set<String> GRAPH_QUERY_FIELDS =
      Set.of(
          "data",
          "count",
          "totalRecords",
          "total_records",
          "skipToken",
          "skip_token",
          "$skipToken",
          "resultTruncated",
          "facets");

  private final ImportCoverage coverage;

  ArmImport(Instant importedAt, String source) {
    this.coverage = new ImportCoverage("az", importedAt, source);
  }

  static boolean isGraphQueryField(String name) {
    return GRAPH_QUERY_FIELDS.contains(name);
  }

  @Override
  public void accept(ObjectNode item, JsonLocation at) {
    coverage
        .take(at, item, null)
        .ifPresent(
            resource -> {
              ResourceId scope =
                  resource.subscriptionId().map(ResourceId::subscription).orElse(ResourceId.TENANT);
              coverage.collected(scope, resource.type());
              acceptNested(item, resource, at);
            });
  }

  /** Resources nested under {@code resources} were listed at their parent: claimed there. */
  private void acceptNested(ObjectNode item, Resource parent, JsonLocation at) {
    for (Resource child : coverage.takeNested(at, item, parent.id())) {
      if (child.id().isWithin(parent.id())) {
        coverage.collected(parent.id(), child.type());
      }
    }
  }

  @Override
  public Optional<String> summary() {
    return coverage.summary();
  }

  @Override
  public Snapshot build() {
    return coverage.build();
  }
}
