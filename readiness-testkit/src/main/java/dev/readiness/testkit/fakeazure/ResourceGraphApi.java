package dev.readiness.testkit.fakeazure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceId;
import dev.readiness.api.ResourceType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Resource Graph query endpoint, {@code POST
 * /providers/Microsoft.ResourceGraph/resources?api-version=...}, answering the {@link KqlQuery}
 * subset over the snapshot. The body is {@code {subscriptions, query, options: {$top, $skip,
 * $skipToken, resultFormat: "objectArray"}}}; the answer {@code {totalRecords, count, data, facets,
 * resultTruncated, $skipToken?}} holds at most {@code $top} rows (1000 at most, and at most the
 * server's page size). As in Resource Graph, {@code type} and {@code resourceGroup} come back in
 * lower case, absent columns as {@code null}, and a query that does not project {@code id} gets no
 * {@code $skipToken} but {@code resultTruncated: "true"} when rows remain.
 */
final class ResourceGraphApi {
  static final int MAX_SUBSCRIPTIONS = 300;
  static final int MAX_TOP = 1000;

  private final ServedSnapshot served;
  private final int pageSize;
  private final Map<String, List<ObjectNode>> results = new ConcurrentHashMap<>();

  ResourceGraphApi(ServedSnapshot served, int pageSize) {
    this.served = served;
    this.pageSize = pageSize;
  }

  Route route(Request request) {
    if (!request.method().equals("POST")) {
      throw Errors.refuse(
          405, "MethodNotAllowed", "Resource Graph queries are sent with POST, not GET.");
    }
    JsonNode body = readBody(request);
    List<String> subscriptions = subscriptions(body);
    JsonNode managementGroups = body.path("managementGroups");
    if (managementGroups.isArray() && managementGroups.size() > 0) {
      throw invalid("management group scopes are not served; send 'subscriptions'");
    }
    JsonNode queryNode = body.path("query");
    if (!queryNode.isTextual() || queryNode.textValue().isBlank()) {
      throw invalid("the body needs a 'query' string");
    }
    String text = queryNode.textValue();
    KqlQuery query;
    try {
      query = KqlQuery.parse(text);
    } catch (KqlQuery.InvalidQuery invalid) {
      throw invalid(
          "the query is not in the supported subset: "
              + invalid.getMessage()
              + " (at character "
              + (invalid.position() + 1)
              + " of '"
              + text
              + "')");
    }
    JsonNode options = body.path("options");
    String format = options.path("resultFormat").asText("objectArray");
    if (!format.equalsIgnoreCase("objectArray")) {
      throw invalid("resultFormat '" + format + "' is not served; ask for 'objectArray'");
    }
    int top = intOption(options, "$top", MAX_TOP, 1, MAX_TOP);
    int skip = intOption(options, "$skip", 0, 0, Integer.MAX_VALUE);
    String listKey = text + "|" + String.join(",", subscriptions);
    JsonNode tokenNode = options.path("$skipToken");
    String token = tokenNode.isTextual() ? tokenNode.textValue() : null;
    int offset =
        token == null ? skip : PageToken.decode(token, listKey, AzureService.RESOURCE_GRAPH);
    Call call =
        new Call(
            AzureService.RESOURCE_GRAPH,
            subscriptions.stream().map(ResourceId::subscription).toList(),
            queriedTypes(query),
            null);
    int size = Math.min(top, pageSize);
    return new Route(
        call,
        () -> answer(query, subscriptions, offset, size, listKey),
        "$skipToken",
        PageToken.encode(listKey, offset));
  }

  private Response answer(
      KqlQuery query, List<String> subscriptions, int offset, int size, String listKey) {
    // Every page of a query asks again; the rows are found once.
    List<ObjectNode> rows = results.computeIfAbsent(listKey, key -> rows(query, subscriptions));
    ObjectNode body = Response.object();
    body.put("totalRecords", rows.size());
    int end = Math.min(rows.size(), offset + size);
    ArrayNode data = Response.MAPPER.createArrayNode();
    for (int i = Math.min(offset, end); i < end; i++) {
      data.add(project(rows.get(i), query.projection()));
    }
    body.put("count", data.size());
    body.set("data", data);
    body.putArray("facets");
    boolean more = end < rows.size();
    boolean pageable = query.projection() == null || query.projection().contains("id");
    body.put("resultTruncated", more && !pageable ? "true" : "false");
    if (more && pageable) {
      body.put("$skipToken", PageToken.encode(listKey, end));
    }
    return Response.ok(body);
  }

  /** The rows a query selects from the subscriptions, in the query's order. */
  private List<ObjectNode> rows(KqlQuery query, List<String> subscriptions) {
    Set<String> scope = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    scope.addAll(subscriptions);
    List<ObjectNode> rows = new ArrayList<>();
    for (Resource resource : served.snapshot().resources()) {
      if (ResourceGraphTables.tableOf(resource.type()).filter(query.table()::equals).isEmpty()
          || resource.subscriptionId().filter(scope::contains).isEmpty()
          || !served.visible(resource)) {
        continue;
      }
      ObjectNode row = row(resource);
      if (query.conditions().stream().allMatch(c -> c.test(text(row.get(c.column()))))) {
        rows.add(row);
      }
    }
    Comparator<ObjectNode> order =
        Comparator.comparing(
            row -> String.valueOf(text(row.get(query.orderColumn()))).toLowerCase(Locale.ROOT));
    rows.sort(query.descending() ? order.reversed() : order);
    return List.copyOf(rows);
  }

  /** Every column of a resource's row, as Resource Graph fills them. */
  private ObjectNode row(Resource resource) {
    ObjectNode json = served.json(resource);
    ObjectNode row = Response.object();
    for (String column : KqlQuery.COLUMNS) {
      row.set(column, json.has(column) ? json.get(column) : NullNode.getInstance());
    }
    ResourceId id = resource.id();
    row.put("type", resource.type().key());
    row.set("name", json.has("name") ? json.get("name") : TextNode.valueOf(id.name()));
    row.put("subscriptionId", id.subscriptionId().orElse(""));
    row.put("resourceGroup", id.resourceGroup().orElse("").toLowerCase(Locale.ROOT));
    row.put("tenantId", served.snapshot().metadata().tenantId().orElse(""));
    return row;
  }

  private static ObjectNode project(ObjectNode row, List<String> projection) {
    if (projection == null) {
      return row;
    }
    ObjectNode projected = Response.object();
    projection.forEach(column -> projected.set(column, row.get(column)));
    return projected;
  }

  private static String text(JsonNode node) {
    return node != null && node.isTextual() ? node.textValue() : null;
  }

  /** The types a query's {@code type} conditions name; faults and coverage select on them. */
  private static List<ResourceType> queriedTypes(KqlQuery query) {
    List<ResourceType> types = new ArrayList<>();
    for (KqlQuery.Condition condition : query.conditions()) {
      if (condition.column().equals("type")) {
        for (String value : condition.values()) {
          try {
            types.add(ResourceType.of(value));
          } catch (IllegalArgumentException notAType) {
            // a value that is no type name matches no row; nothing to select on
          }
        }
      }
    }
    return types;
  }

  private List<String> subscriptions(JsonNode body) {
    JsonNode node = body.path("subscriptions");
    if (node.isMissingNode() || node.isNull()) {
      return served.snapshot().metadata().subscriptions();
    }
    if (!node.isArray()) {
      throw invalid("'subscriptions' must be an array of subscription ids");
    }
    if (node.size() > MAX_SUBSCRIPTIONS) {
      throw invalid(
          "a query may name at most "
              + MAX_SUBSCRIPTIONS
              + " subscriptions, this one names "
              + node.size());
    }
    List<String> ids = new ArrayList<>();
    for (JsonNode id : node) {
      if (!id.isTextual() || id.textValue().isBlank()) {
        throw invalid("'subscriptions' must hold subscription id strings, not " + id);
      }
      ids.add(id.textValue());
    }
    return ids;
  }

  private static int intOption(JsonNode options, String name, int fallback, int min, int max) {
    JsonNode node = options.path(name);
    if (node.isMissingNode() || node.isNull()) {
      return fallback;
    }
    if (!node.canConvertToInt() || node.asInt() < min || node.asInt() > max) {
      throw invalid(
          "options." + name + " must be between " + min + " and " + max + ", not " + node);
    }
    return node.asInt();
  }

  private static JsonNode readBody(Request request) {
    try {
      JsonNode body = Response.MAPPER.readTree(request.body());
      if (body == null || !body.isObject()) {
        throw invalid("the body must be a JSON object {subscriptions, query, options}");
      }
      return body;
    } catch (JsonProcessingException malformed) {
      throw invalid("the body is not valid JSON: " + malformed.getOriginalMessage());
    } catch (IOException unreadable) {
      throw invalid("the body could not be read: " + unreadable.getMessage());
    }
  }

  private static Response.Refusal invalid(String why) {
    Response response = Errors.error(400, "BadRequest", "Query is invalid: " + why + ".");
    ObjectNode detail = ((ObjectNode) response.json().get("error")).putArray("details").addObject();
    detail.put("code", "InvalidQuery");
    detail.put("message", why);
    return new Response.Refusal(response);
  }
}
