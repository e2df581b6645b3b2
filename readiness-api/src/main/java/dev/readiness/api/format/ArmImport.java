package dev.readiness.api.format;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceId;
import dev.readiness.api.Snapshot;
import java.time.Instant;
import java.util.Set;

/**
 * Imports a plain array of ARM resources ({@code az resource list}, {@code az graph query}).
 *
 * <p>Such a file says nothing about what was left out, so coverage is claimed only for what it
 * shows: each resource type it contains is COLLECTED in each subscription (or the tenant) where it
 * appears. A type the file does not contain stays NOT_COLLECTED, and rules that need it report
 * UNKNOWN rather than a PASS on absent data.
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
  private final Resource.Reader reader = Resource.reader();

  ArmImport(Instant importedAt) {
    this.coverage = new ImportCoverage("az", importedAt);
  }

  static boolean isGraphQueryField(String name) {
    return GRAPH_QUERY_FIELDS.contains(name);
  }

  @Override
  public void accept(JsonInput input, JsonLocation at) {
    add(input, at, FormatV1.readResource(input, at, reader));
  }

  @Override
  public void accept(JsonInput input, ObjectNode resource, JsonLocation at) {
    try {
      add(input, at, Resource.of(resource));
    } catch (IllegalArgumentException invalid) {
      throw input.errorAt(at, "invalid resource: " + invalid.getMessage());
    }
  }

  private void add(JsonInput input, JsonLocation at, Resource resource) {
    resource.root().get("tenantId").text().ifPresent(coverage::tenant);
    coverage.add(input, at, resource);
    ResourceId scope =
        resource.subscriptionId().map(ResourceId::subscription).orElse(ResourceId.TENANT);
    coverage.collected(scope, resource.type());
  }

  @Override
  public Snapshot build() {
    return coverage.build();
  }
}
