package dev.readiness.testkit.fakeazure;

import dev.readiness.api.Resource;
import dev.readiness.api.ResourceId;
import dev.readiness.api.ResourceType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Azure Resource Manager reads, derived from the snapshot's id structure rather than per type: a
 * path that is a resource id is a {@code GET} of that resource; a path that becomes a resource id
 * once a name is appended ({@code {parentId}/{childType}} or {@code
 * {parentId}/providers/{Namespace}/{type}}) lists the resources of that type under that parent.
 * {@code GET /subscriptions} lists the snapshot's subscriptions. Every request needs an {@code
 * api-version}. The Resource Graph query endpoint is handed to {@link ResourceGraphApi}.
 */
final class ArmApi implements ServiceApi {
  static final String RESOURCE_GRAPH_PATH = "/providers/microsoft.resourcegraph/resources";

  /** {@code GET /providers/Microsoft.Management/managementGroups/{group}/descendants}. */
  private static final Pattern DESCENDANTS =
      Pattern.compile(
          "/providers/Microsoft\\.Management/managementGroups/([^/]+)/descendants",
          Pattern.CASE_INSENSITIVE);

  private final ServedSnapshot served;
  private final int pageSize;
  private final ResourceGraphApi resourceGraph;

  ArmApi(ServedSnapshot served, int pageSize, ResourceGraphApi resourceGraph) {
    this.served = served;
    this.pageSize = pageSize;
    this.resourceGraph = resourceGraph;
  }

  @Override
  public AzureService service(Request request) {
    return isResourceGraph(request) ? AzureService.RESOURCE_GRAPH : AzureService.ARM;
  }

  private static boolean isResourceGraph(Request request) {
    return trimmed(request.path()).toLowerCase(Locale.ROOT).equals(RESOURCE_GRAPH_PATH);
  }

  @Override
  public Route route(Request request) {
    if (request.parameter("api-version") == null || request.parameter("api-version").isBlank()) {
      throw Errors.refuse(
          400,
          "MissingApiVersionParameter",
          "The api-version query parameter (?api-version=) is required for all requests.");
    }
    if (isResourceGraph(request)) {
      return resourceGraph.route(request);
    }
    if (!request.method().equals("GET")) {
      throw Errors.refuse(
          405,
          "MethodNotAllowed",
          "This server serves reads only; " + request.method() + " is not served.");
    }
    String path = trimmed(request.path());
    if (path.equalsIgnoreCase("/subscriptions")) {
      Call call = Call.list(AzureService.ARM, ResourceId.TENANT, ServedSnapshot.SUBSCRIPTION);
      return Pages.route(
          request, call, served.subscriptions(), json -> json, pageSize, "nextLink", null);
    }
    Matcher descendants = DESCENDANTS.matcher(path);
    if (descendants.matches()) {
      String group = descendants.group(1);
      Call call =
          Call.list(
              AzureService.ARM,
              ResourceId.parse("/providers/Microsoft.Management/managementGroups/" + group),
              ServedSnapshot.SUBSCRIPTION);
      return Pages.route(
          request,
          call,
          served.subscriptionsBelow(group),
          json -> json,
          pageSize,
          "nextLink",
          null);
    }
    Optional<ResourceId> id = parse(path);
    if (id.isPresent()) {
      return get(id.get());
    }
    Optional<ResourceId> member = parse(path + "/name");
    if (member.isPresent() && servedOnArm(member.get().type())) {
      ResourceId parent = member.get().parent();
      ResourceType type = member.get().type();
      List<Resource> items = served.list(parent, type);
      Call call = Call.list(AzureService.ARM, parent, type);
      if (items.isEmpty() && !parentExists(parent)) {
        return Route.single(call, () -> notFound(parent, "ParentResourceNotFound"));
      }
      return Pages.route(request, call, items, served::json, pageSize, "nextLink", null);
    }
    throw Errors.refuse(
        400,
        "InvalidResourceType",
        "The path '" + path + "' is neither a resource id nor a list of resources.");
  }

  private Route get(ResourceId id) {
    Optional<Resource> resource = served.resource(id);
    ResourceType type = resource.map(Resource::type).orElse(id.type());
    Call call = Call.get(AzureService.ARM, id, type);
    if (type.equals(ServedSnapshot.SUBSCRIPTION)) {
      String subscriptionId = id.subscriptionId().orElse("");
      return Route.single(
          call,
          () ->
              served
                  .subscription(subscriptionId)
                  .map(Response::ok)
                  .orElseGet(() -> notFound(id, "SubscriptionNotFound")));
    }
    if (!servedOnArm(type)) {
      throw Errors.refuse(
          404, "InvalidResourceType", "The resource type '" + type + "' is not served by ARM.");
    }
    return Route.single(
        call,
        () ->
            resource
                .map(r -> Response.ok(served.json(r)))
                .orElseGet(() -> notFound(id, "ResourceNotFound")));
  }

  /**
   * False when a list names a parent that does not exist: a subscription outside the snapshot's
   * metadata, or a resource the snapshot lacks. Groups and the tenant root are taken as existing.
   */
  private boolean parentExists(ResourceId parent) {
    if (parent.type().equals(ServedSnapshot.SUBSCRIPTION)) {
      return served.subscription(parent.subscriptionId().orElse("")).isPresent();
    }
    return parent.isScope() || served.resource(parent).isPresent();
  }

  private static Response notFound(ResourceId id, String code) {
    return Errors.error(404, code, "The Resource '" + id + "' was not found.");
  }

  /** Graph objects and Key Vault data-plane policies are snapshot resources, but not ARM ones. */
  static boolean servedOnArm(ResourceType type) {
    String key = type.key();
    return !key.startsWith("microsoft.graph/")
        && !key.equals("microsoft.keyvault/vaults/keys/rotationpolicy");
  }

  private static Optional<ResourceId> parse(String path) {
    try {
      return Optional.of(ResourceId.parse(path));
    } catch (IllegalArgumentException notAnId) {
      return Optional.empty();
    }
  }

  private static String trimmed(String path) {
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }
}
