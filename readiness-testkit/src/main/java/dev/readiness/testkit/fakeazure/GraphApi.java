package dev.readiness.testkit.fakeazure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceId;
import dev.readiness.api.ResourceType;
import dev.readiness.testkit.fixtures.GraphPaths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Microsoft Graph v1.0 over the snapshot's {@code microsoft.graph/{collection}} resources, each
 * served as its {@code properties} (the Graph object). Collections page with {@code
 * @odata.nextLink}; {@code $top} (at most 999) sets the page size and {@code $select} keeps the
 * named properties; other query options are ignored. The security defaults policy is a single
 * object.
 */
final class GraphApi implements ServiceApi {
  static final int MAX_TOP = 999;

  /** Graph path (lower case, after {@code /v1.0}) → snapshot collection. */
  static final Map<String, String> COLLECTIONS =
      GraphPaths.BY_COLLECTION.entrySet().stream()
          .collect(
              Collectors.toUnmodifiableMap(
                  entry -> entry.getValue().toLowerCase(Locale.ROOT), Map.Entry::getKey));

  private static final String SINGLE_OBJECT = "identitySecurityDefaultsEnforcementPolicy";
  private static final String VERSION = GraphPaths.VERSION;

  private final ServedSnapshot served;
  private final int pageSize;

  GraphApi(ServedSnapshot served, int pageSize) {
    this.served = served;
    this.pageSize = pageSize;
  }

  @Override
  public AzureService service(Request request) {
    return AzureService.GRAPH;
  }

  @Override
  public Route route(Request request) {
    if (!request.method().equals("GET")) {
      throw Errors.refuse(
          405, "Request_BadRequest", "This server serves reads only; " + request.method() + ".");
    }
    String path = request.path().toLowerCase(Locale.ROOT);
    if (path.length() > 1 && path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    String collection =
        path.startsWith(VERSION) ? COLLECTIONS.get(path.substring(VERSION.length())) : null;
    if (collection == null) {
      throw Errors.refuse(
          400,
          "BadRequest",
          "Resource not found for the segment '"
              + request.path()
              + "'; this server serves "
              + COLLECTIONS.keySet().stream().sorted().map(p -> VERSION + p).toList()
              + ".");
    }
    ResourceType type = ResourceType.of("microsoft.graph/" + collection);
    Call call = Call.list(AzureService.GRAPH, ResourceId.TENANT, type);
    List<Resource> objects =
        served.snapshot().resources(type).stream().filter(served::visible).toList();
    List<String> select = select(request);
    String context =
        request.absolute(VERSION + "/$metadata#" + request.path().substring(VERSION.length() + 1));
    if (collection.equals(SINGLE_OBJECT)) {
      return Route.single(
          call,
          () ->
              objects.isEmpty()
                  ? Errors.notFound(AzureService.GRAPH, request.path())
                  : Response.ok(
                      graphObject(objects.get(0), select).put("@odata.context", context)));
    }
    ObjectNode header = Response.object().put("@odata.context", context);
    return Pages.route(
        request,
        call,
        objects,
        object -> graphObject(object, select),
        pageSize(request),
        "@odata.nextLink",
        header);
  }

  private int pageSize(Request request) {
    String top = request.parameter("$top");
    if (top == null) {
      return pageSize;
    }
    try {
      int value = Integer.parseInt(top.strip());
      if (value >= 1 && value <= MAX_TOP) {
        return value;
      }
    } catch (NumberFormatException notANumber) {
      // refused below
    }
    throw Errors.refuse(
        400, "Request_BadRequest", "Invalid value '" + top + "' for $top; expected 1 to 999.");
  }

  private static List<String> select(Request request) {
    String select = request.parameter("$select");
    return select == null || select.isBlank()
        ? null
        : Arrays.stream(select.split(",")).map(String::strip).toList();
  }

  /** The Graph object of a snapshot resource: its properties, with {@code id} when missing. */
  private ObjectNode graphObject(Resource resource, List<String> select) {
    JsonNode properties = served.json(resource).path("properties");
    ObjectNode object =
        properties.isObject() ? ((ObjectNode) properties).deepCopy() : Response.object();
    if (!object.has("id")) {
      object.put("id", resource.id().name());
    }
    if (select != null) {
      // Graph matches $select names ignoring case.
      List<String> dropped = new ArrayList<>();
      object
          .fieldNames()
          .forEachRemaining(
              name -> {
                if (select.stream().noneMatch(name::equalsIgnoreCase)) {
                  dropped.add(name);
                }
              });
      object.remove(dropped);
    }
    return object;
  }
}
