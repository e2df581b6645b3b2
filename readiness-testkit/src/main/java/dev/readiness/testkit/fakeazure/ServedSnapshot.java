package dev.readiness.testkit.fakeazure;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.api.CoverageRecord;
import dev.readiness.api.CoverageStatus;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceId;
import dev.readiness.api.ResourceType;
import dev.readiness.api.Snapshot;
import dev.readiness.api.implementation.JacksonAccess;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The snapshot as the services serve it: each resource's JSON made once, the resources a list
 * returns, and what the snapshot's coverage lets a request see.
 */
final class ServedSnapshot {
  static final ResourceType SUBSCRIPTION = ResourceType.of("Microsoft.Resources/subscriptions");

  private final Snapshot snapshot;
  private final Map<ResourceId, ObjectNode> json;
  private final Map<String, List<Resource>> lists = new ConcurrentHashMap<>();

  /** Serves the resources {@code servedAs} names in the JSON it gives instead of their own. */
  ServedSnapshot(Snapshot snapshot, Map<ResourceId, ObjectNode> servedAs) {
    this.snapshot = snapshot;
    this.json = new HashMap<>(snapshot.size() * 2);
    for (Resource resource : snapshot.resources()) {
      json.put(
          resource.id(),
          servedAs.getOrDefault(resource.id(), JacksonAccess.forms().toJsonNode(resource)));
    }
  }

  Snapshot snapshot() {
    return snapshot;
  }

  /** The resource's JSON, shared between answers: callers must not change it. */
  ObjectNode json(Resource resource) {
    return json.get(resource.id());
  }

  Optional<Resource> resource(ResourceId id) {
    return snapshot.resource(id);
  }

  /**
   * What a list of {@code type} under {@code parent} returns, sorted by id. Under a subscription or
   * a resource group it holds every resource of the type lying in that scope except extension
   * resources of other resources, as ARM's subscription-wide lists do; under a resource or the
   * tenant root it holds the direct children or extension resources of that parent.
   */
  List<Resource> list(ResourceId parent, ResourceType type) {
    // Every page of a list asks again; a subscription-wide list would rescan the type each time.
    return lists.computeIfAbsent(parent.key() + "|" + type.key(), key -> select(parent, type));
  }

  private List<Resource> select(ResourceId parent, ResourceType type) {
    List<Resource> candidates;
    if (parent.isScope() && !parent.equals(ResourceId.TENANT)) {
      String prefix = parent.key() + "/";
      candidates =
          snapshot.resources(type).stream()
              .filter(r -> r.id().key().startsWith(prefix) && !r.id().isExtension())
              .toList();
    } else {
      candidates = snapshot.children(parent, type);
    }
    return candidates.stream().filter(this::visible).toList();
  }

  /**
   * False when the snapshot's coverage says reading this very resource was denied or failed; lists
   * and queries leave it out, as the caller could not have read it.
   */
  boolean visible(Resource resource) {
    CoverageStatus status = snapshot.coverage().decide(resource.id(), resource.type()).status();
    return status != CoverageStatus.DENIED && status != CoverageStatus.FAILED;
  }

  /**
   * The refusal the snapshot's coverage prescribes for {@code call}, if any: 403 where reading one
   * of its types in one of its scopes was denied, the recorded status (500 by default) where it
   * failed.
   */
  Optional<Response> refusal(Call call) {
    for (ResourceId scope : call.scopes()) {
      for (ResourceType type : call.types()) {
        CoverageRecord record = snapshot.coverage().decide(scope, type);
        if (record.status() == CoverageStatus.DENIED) {
          String permission = record.missingPermission().orElse(type + "/read");
          return Optional.of(Errors.forbidden(call.service(), permission, scope.toString()));
        }
        if (record.status() == CoverageStatus.FAILED) {
          int status = record.httpStatus() >= 400 ? record.httpStatus() : 500;
          return Optional.of(Errors.failed(call.service(), status, scope.toString()));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The subscriptions below management group {@code group}, as {@code GET
   * .../managementGroups/{group}/descendants} lists them: those whose subscription resource names
   * the group in {@code properties.managementGroupAncestorsChain}, as Resource Graph's {@code
   * resourcecontainers} rows do.
   */
  List<ObjectNode> subscriptionsBelow(String group) {
    List<ObjectNode> below = new java.util.ArrayList<>();
    for (String subscriptionId : snapshot.metadata().subscriptions()) {
      Optional<Resource> held = snapshot.resource(ResourceId.subscription(subscriptionId));
      if (held.isEmpty()) {
        continue;
      }
      List<dev.readiness.api.Json> chain =
          held.get().at("/properties/managementGroupAncestorsChain").items();
      if (chain.stream().anyMatch(link -> link.get("name").textEqualsIgnoreCase(group))) {
        ObjectNode item = Response.object();
        item.put("id", "/subscriptions/" + subscriptionId);
        item.put("type", "Microsoft.Management/managementGroups/subscriptions");
        item.put("name", subscriptionId);
        ObjectNode properties = item.putObject("properties");
        properties.put("displayName", held.get().name());
        properties
            .putObject("parent")
            .put(
                "id",
                "/providers/Microsoft.Management/managementGroups/"
                    + chain.get(0).get("name").textOr(group));
        below.add(item);
      }
    }
    return below;
  }

  /** The subscriptions of the snapshot's metadata, as {@code GET /subscriptions} lists them. */
  List<ObjectNode> subscriptions() {
    return snapshot.metadata().subscriptions().stream()
        .map(id -> subscription(id).orElseThrow())
        .toList();
  }

  /**
   * The subscription {@code subscriptionId}: its resource in the snapshot, or one made from the
   * metadata when the snapshot lists the subscription without holding its resource.
   */
  Optional<ObjectNode> subscription(String subscriptionId) {
    ResourceId id = ResourceId.subscription(subscriptionId);
    Optional<Resource> held = snapshot.resource(id);
    if (held.isPresent()) {
      return Optional.of(json(held.get()));
    }
    return snapshot.metadata().subscriptions().stream()
        .filter(subscriptionId::equalsIgnoreCase)
        .findFirst()
        .map(
            name -> {
              ObjectNode made = Response.object();
              made.put("id", "/subscriptions/" + name);
              made.put("subscriptionId", name);
              made.put("tenantId", snapshot.metadata().tenantId().orElse(""));
              made.put("displayName", name);
              made.put("state", "Enabled");
              return made;
            });
  }
}
