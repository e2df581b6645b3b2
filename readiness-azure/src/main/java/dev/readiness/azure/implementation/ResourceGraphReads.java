package dev.readiness.azure.implementation;

import static dev.readiness.azure.implementation.Pager.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.api.CoverageRecord;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceId;
import dev.readiness.api.ResourceType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The inventory phase: one paged Resource Graph query per table and batch of subscriptions, a
 * failed batch split until its fault is pinned on the subscriptions it concerns, and a full GET
 * where the catalog says Resource Graph's rows are short.
 */
final class ResourceGraphReads {
  private static final int SUBSCRIPTIONS_PER_QUERY = 300;
  private static final int ROWS_PER_PAGE = 1000;
  private static final String RESOURCE_GRAPH_API = "2022-10-01";
  private static final String[] OPTIONAL_COLUMNS = {
    "location", "tags", "kind", "sku", "identity", "managedBy", "zones", "plan"
  };

  private final RunSettings settings;
  private final Pager pager;
  private final RunResults results;
  private final RunProgress progress;
  private final CallPool pool;
  private final String arm;

  ResourceGraphReads(
      RunSettings settings, Pager pager, RunResults results, RunProgress progress, CallPool pool) {
    this.settings = settings;
    this.pager = pager;
    this.results = results;
    this.progress = progress;
    this.pool = pool;
    this.arm = settings.resourceManager().toString();
  }

  /** Queries every table for its types in {@code subscriptions}. */
  void query(Map<String, List<ResourceType>> byTable, List<String> subscriptions) {
    if (subscriptions.isEmpty()) {
      return;
    }
    int batches = (subscriptions.size() + SUBSCRIPTIONS_PER_QUERY - 1) / SUBSCRIPTIONS_PER_QUERY;
    progress.planned(byTable.size() * batches);
    byTable.forEach((table, types) -> queryTable(table, types, subscriptions));
  }

  private void queryTable(String table, List<ResourceType> types, List<String> subs) {
    for (int from = 0; from < subs.size(); from += SUBSCRIPTIONS_PER_QUERY) {
      List<String> batch =
          subs.subList(from, Math.min(subs.size(), from + SUBSCRIPTIONS_PER_QUERY));
      settleBatch(table, types, batch, queryBatch(table, types, batch));
    }
  }

  /**
   * Records what one query of {@code batch} gave. A query answers for all its subscriptions at
   * once, so one subscription's fault would cost every other its data; a failed batch is asked
   * again in parts until the fault is pinned on the subscriptions it concerns.
   */
  private void settleBatch(
      String table, List<ResourceType> types, List<String> batch, RestResponse failure) {
    // Throttling is per caller, not per subscription: smaller queries would only be throttled too;
    // an endpoint out of reach is out of reach for every part.
    if (failure == null
        || batch.size() == 1
        || failure.failureClass() == FailureClass.THROTTLED
        || failure.failureClass().endpointUnreachable()) {
      recordBatch(types, batch, failure);
    } else if (failure.isDenial()) {
      // Resource Graph refuses a whole batch when one subscription is not readable, and a caller
      // often lacks several: ask each subscription alone, so every denial lands on its own.
      progress.planned(batch.size());
      for (String subscription : batch) {
        recordBatch(types, List.of(subscription), queryBatch(table, types, List.of(subscription)));
      }
    } else {
      // Halving finds one faulty subscription in about 2 log2(n) queries. When both halves fail
      // as well, the fault is not one subscription's (Resource Graph itself is failing): the
      // halves keep their gaps, so an outage costs two more queries per batch, not 2n.
      List<String> first = batch.subList(0, batch.size() / 2);
      List<String> second = batch.subList(batch.size() / 2, batch.size());
      progress.planned(2);
      RestResponse firstFailure = queryBatch(table, types, first);
      RestResponse secondFailure = queryBatch(table, types, second);
      if (firstFailure != null
          && secondFailure != null
          && !firstFailure.isDenial()
          && !secondFailure.isDenial()) {
        recordBatch(types, first, firstFailure);
        recordBatch(types, second, secondFailure);
      } else {
        settleBatch(table, types, first, firstFailure);
        settleBatch(table, types, second, secondFailure);
      }
    }
  }

  private void recordBatch(List<ResourceType> types, List<String> batch, RestResponse failure) {
    for (String subscription : batch) {
      ResourceId scope = ResourceId.subscription(subscription);
      for (ResourceType type : types) {
        if (failure == null) {
          results.record(CoverageRecord.collected(scope, type));
        } else {
          results.gap(scope, type, failure, FetchCatalog.specFor(type).permission());
        }
      }
    }
  }

  /** Runs one paged query; returns the failing response, or {@code null} when every page came. */
  private RestResponse queryBatch(String table, List<ResourceType> types, List<String> batch) {
    Map<String, ResourceType> byGraphType = new LinkedHashMap<>();
    for (ResourceType type : types) {
      byGraphType.put(((FetchSpec.ResourceGraph) FetchCatalog.specFor(type)).graphType(), type);
    }
    String query = query(table, byGraphType.keySet());
    String url =
        arm + "/providers/Microsoft.ResourceGraph/resources?api-version=" + RESOURCE_GRAPH_API;
    Set<String> seenTokens = new HashSet<>();
    List<ObjectNode> rows = new ArrayList<>();
    String skipToken = null;
    String firstRequest = null;
    for (int page = 1; ; page++) {
      if (page > 1) {
        progress.planned(1);
      }
      RestResponse response = pager.postResourceGraph(url, body(batch, query, skipToken));
      firstRequest = firstRequest == null ? response.request() : firstRequest;
      if (!response.isSuccess()) {
        return response;
      }
      JsonNode json = Pager.parse(response);
      if (json == null || !json.path("data").isArray()) {
        return Pager.malformed(response, "a Resource Graph answer with a 'data' array");
      }
      json.path("data").forEach(row -> rows.add((ObjectNode) row));
      JsonNode next = json.get("$skipToken");
      if (next == null || next.isNull() || next.asText().isEmpty()) {
        if (json.path("resultTruncated").asText("false").equalsIgnoreCase("true")) {
          return RestResponse.unusable(
              response.status(), response.request(), "Resource Graph truncated the result");
        }
        break;
      }
      skipToken = next.asText();
      if (!seenTokens.add(skipToken) || page >= pager.maxPages()) {
        return Pager.pagingLoop(response, page);
      }
    }
    return keepRows(rows, batch, byGraphType, firstRequest);
  }

  private static String query(String table, Set<String> graphTypes) {
    StringBuilder query = new StringBuilder(table).append(" | where type in~ (");
    String separator = "";
    for (String graphType : graphTypes) {
      query.append(separator).append('\'').append(graphType).append('\'');
      separator = ",";
    }
    return query
        .append(
            ") | project id, name, type, location, tags, kind, sku, identity, properties,"
                + " managedBy, zones, plan | order by id asc")
        .toString();
  }

  private static String body(List<String> batch, String query, String skipToken) {
    ObjectNode body = Pager.MAPPER.createObjectNode();
    ArrayNode subscriptions = body.putArray("subscriptions");
    batch.forEach(subscriptions::add);
    body.put("query", query);
    ObjectNode options = body.putObject("options");
    options.put("$top", ROWS_PER_PAGE);
    options.put("resultFormat", "objectArray");
    if (skipToken != null) {
      options.put("$skipToken", skipToken);
    }
    return body.toString();
  }

  /** Keeps every row, or none when one cannot be placed. */
  private RestResponse keepRows(
      List<ObjectNode> rows,
      List<String> batch,
      Map<String, ResourceType> byGraphType,
      String firstRequest) {
    List<ResourceId> scopes = batch.stream().map(ResourceId::subscription).toList();
    List<Resource> placed = new ArrayList<>();
    for (ObjectNode row : rows) {
      String rowType = text(row, "type");
      ResourceType type =
          rowType == null ? null : byGraphType.get(rowType.toLowerCase(Locale.ROOT));
      for (String column : OPTIONAL_COLUMNS) {
        JsonNode value = row.get(column);
        if (value != null
            && (value.isNull() || (value.isTextual() && value.textValue().isEmpty()))) {
          row.remove(column);
        }
      }
      Placement.Placed result = Placement.resourceGraphRows(scopes, type).place(row);
      if (result.resource() == null) {
        // Failing the query lets the split pin the row on the subscription it came from.
        return RunResults.unplaced(firstRequest, rows.size(), result.problem());
      }
      placed.add(result.resource());
    }
    placed.forEach(results::keep);
    return null;
  }

  /** Replaces Resource Graph rows by a full GET where the catalog says Resource Graph is short. */
  void expandRows() {
    List<CallPool.Call> tasks = new ArrayList<>();
    for (ResourceType type : settings.types()) {
      if (FetchCatalog.specFor(type) instanceof FetchSpec.ResourceGraph rg
          && rg.expandQuery() != null) {
        for (Resource row : results.collectedOf(type)) {
          tasks.add(new CallPool.Call(row, () -> expand(row, type, rg)));
        }
      }
    }
    pool.runAll(tasks);
  }

  private void expand(Resource row, ResourceType type, FetchSpec.ResourceGraph rg) {
    RestResponse response = pager.get(arm + row.id() + "?" + rg.expandQuery());
    JsonNode json = response.isSuccess() ? Pager.parse(response) : null;
    if (!(json instanceof ObjectNode object)) {
      results.gap(row.id(), type, response, rg.permission());
      return;
    }
    Placement.Placed result = Placement.exactly(row.id(), type).place(object);
    if (result.resource() == null) {
      results.gap(
          row.id(),
          type,
          RunResults.unplaced(response.request(), 1, result.problem()),
          rg.permission());
    } else {
      results.keep(result.resource());
    }
  }
}
