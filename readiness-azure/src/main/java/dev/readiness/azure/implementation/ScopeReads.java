package dev.readiness.azure.implementation;

import static dev.readiness.azure.implementation.Pager.text;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.api.Coverage;
import dev.readiness.api.CoverageRecord;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceId;
import dev.readiness.api.ResourceType;
import dev.readiness.api.implementation.JacksonAccess;
import java.util.ArrayList;
import java.util.List;

/**
 * The ARM and Microsoft Graph reads Resource Graph cannot answer: lists per subscription (and the
 * Activity Log's diagnostic settings), tenant-level lists and Graph objects, and the children of
 * each collected parent.
 */
final class ScopeReads {
  private final RunSettings settings;
  private final Pager pager;
  private final RunResults results;
  private final CallPool pool;
  private final String arm;
  private final String graph;

  ScopeReads(RunSettings settings, Pager pager, RunResults results, CallPool pool) {
    this.settings = settings;
    this.pager = pager;
    this.results = results;
    this.pool = pool;
    this.arm = settings.resourceManager().toString();
    this.graph = settings.graph().toString();
  }

  /** The per-subscription types, the Activity Log's settings when asked, and the tenant types. */
  void readSubscriptionsAndTenant(
      List<String> subscriptions,
      List<ResourceType> perSubscription,
      boolean activityLogSettings,
      List<ResourceType> tenant) {
    List<CallPool.Call> tasks = new ArrayList<>();
    for (String subscription : subscriptions) {
      for (ResourceType type : perSubscription) {
        tasks.add(new CallPool.Call(subscription, () -> readPerSubscription(subscription, type)));
      }
      if (activityLogSettings) {
        tasks.add(new CallPool.Call(subscription, () -> readActivityLogSettings(subscription)));
      }
    }
    for (ResourceType type : tenant) {
      tasks.add(new CallPool.Call("", () -> readTenant(type)));
    }
    pool.runAll(tasks);
  }

  /** The children of every collected parent of each per-parent type. */
  void readChildren(List<ResourceType> perParent, List<String> subscriptions) {
    List<CallPool.Call> tasks = new ArrayList<>();
    for (ResourceType type : perParent) {
      FetchSpec.PerParent spec = (FetchSpec.PerParent) FetchCatalog.specFor(type);
      recordChildCoverage(type, spec.parent(), subscriptions);
      for (Resource parent : results.collectedOf(spec.parent())) {
        tasks.add(new CallPool.Call(parent, () -> readChildren(parent, type, spec)));
      }
    }
    pool.runAll(tasks);
  }

  private void readPerSubscription(String subscription, ResourceType type) {
    FetchSpec.PerSubscription spec = (FetchSpec.PerSubscription) FetchCatalog.specFor(type);
    ResourceId scope = ResourceId.subscription(subscription);
    Listing listing =
        pager.list(
            arm + scope + spec.path() + "?api-version=" + spec.apiVersion(), "value", "nextLink");
    // PIM instances listed at a subscription include those of its groups and management groups.
    results.settle(scope, type, listing, spec.permission(), Placement.anywhere(type));
  }

  private void readActivityLogSettings(String subscription) {
    ResourceId scope = ResourceId.subscription(subscription);
    Listing listing =
        pager.list(
            arm
                + scope
                + "/providers/Microsoft.Insights/diagnosticSettings?api-version="
                + FetchCatalog.ARM_API_DIAGNOSTICS,
            "value",
            "nextLink");
    results.settle(
        scope,
        FetchCatalog.DIAGNOSTIC_SETTINGS,
        listing,
        FetchCatalog.specFor(FetchCatalog.DIAGNOSTIC_SETTINGS).permission(),
        Placement.under(scope, FetchCatalog.DIAGNOSTIC_SETTINGS));
  }

  private void readTenant(ResourceType type) {
    FetchSpec spec = FetchCatalog.specFor(type);
    if (spec instanceof FetchSpec.Tenant tenantSpec) {
      Listing listing =
          pager.list(
              arm + tenantSpec.path() + "?api-version=" + tenantSpec.apiVersion(),
              "value",
              "nextLink");
      results.settle(
          ResourceId.TENANT,
          type,
          listing,
          spec.permission(),
          Placement.under(ResourceId.TENANT, type));
      return;
    }
    FetchSpec.MicrosoftGraph graphSpec = (FetchSpec.MicrosoftGraph) spec;
    String url = graph + "/v1.0" + graphSpec.path();
    Listing listing =
        graphSpec.single() ? pager.single(url) : pager.list(url, "value", "@odata.nextLink");
    if (listing.failure() != null) {
      results.gap(ResourceId.TENANT, type, listing.failure(), graphSpec.permission());
      return;
    }
    List<Resource> objects = new ArrayList<>();
    for (ObjectNode object : listing.items()) {
      String objectId = text(object, "id");
      Resource resource = graphResource(object, objectId, graphSpec.collection(), type);
      if (resource == null) {
        // A Graph object is known only by its id: without one it cannot be placed.
        results.gap(
            ResourceId.TENANT,
            type,
            RunResults.unplaced(
                listing.request(),
                listing.items().size(),
                "a Microsoft Graph object without a usable id ("
                    + (objectId == null ? "none" : "'" + objectId + "'")
                    + ")"),
            graphSpec.permission());
        return;
      }
      objects.add(resource);
    }
    objects.forEach(results::keep);
    results.record(CoverageRecord.collected(ResourceId.TENANT, type));
  }

  /**
   * The snapshot resource of a Graph object, {@code /providers/microsoft.graph/{collection}/{id}}
   * with the object (less its {@code @odata} annotations) as properties; null without a usable id.
   */
  private static Resource graphResource(
      ObjectNode object, String objectId, String collection, ResourceType type) {
    if (objectId == null || objectId.isBlank() || objectId.contains("/")) {
      return null;
    }
    ObjectNode properties = object.deepCopy();
    List<String> odata = new ArrayList<>();
    properties
        .fieldNames()
        .forEachRemaining(
            name -> {
              if (name.startsWith("@odata.")) {
                odata.add(name);
              }
            });
    properties.remove(odata);
    ObjectNode wrapped = Pager.MAPPER.createObjectNode();
    wrapped.put("id", "/providers/microsoft.graph/" + collection + "/" + objectId);
    wrapped.put("name", objectId);
    wrapped.put("type", type.toString());
    wrapped.set("properties", properties);
    try {
      return JacksonAccess.forms().resource(wrapped);
    } catch (IllegalArgumentException malformed) {
      return null;
    }
  }

  /** A child type is collected in a subscription exactly when its parents were listed there. */
  private void recordChildCoverage(ResourceType type, ResourceType parent, List<String> subs) {
    Coverage known = results.coverageSoFar();
    for (String subscription : subs) {
      ResourceId scope = ResourceId.subscription(subscription);
      CoverageRecord parentRecord = known.decide(scope, parent);
      if (parentRecord.isCollected()) {
        results.record(CoverageRecord.collected(scope, type));
      } else {
        results.record(
            CoverageRecord.failed(
                scope,
                type,
                parentRecord.httpStatus(),
                parentRecord.request(),
                "its parents ("
                    + parent
                    + ") could not be listed"
                    + (parentRecord.message() == null ? "" : ": " + parentRecord.message())));
      }
    }
  }

  private void readChildren(Resource parent, ResourceType type, FetchSpec.PerParent spec) {
    String url = arm + parent.id() + spec.suffix() + "?api-version=" + spec.apiVersion();
    Listing listing = spec.single() ? pager.single(url) : pager.list(url, "value", "nextLink");
    Placement placement =
        spec.single()
            ? Placement.exactly(ResourceId.parse(parent.id() + spec.suffix()), type)
            : Placement.under(parent.id(), type);
    RestResponse failure = results.keepAll(listing, placement);
    if (failure != null) {
      results.gap(parent.id(), type, failure, spec.permission());
      if (settings.diagnosticParents().contains(type)) {
        // The unseen child's diagnostic settings were not read either. Say so at the child's id
        // (the storage services are singletons named 'default'), or the subscription's COLLECTED
        // record would vouch for settings nobody read.
        results.gap(
            parent.id().child(type.simpleName(), "default"),
            FetchCatalog.DIAGNOSTIC_SETTINGS,
            failure,
            spec.permission());
      }
    }
  }
}
