package dev.readiness.testkit.fakeazure;

import dev.readiness.api.ResourceId;
import dev.readiness.api.ResourceType;
import java.util.List;

/**
 * What a request asks for, in the terms faults and coverage speak: the scopes it reads, the
 * resource types it reads, and the one resource it gets by id, if any.
 *
 * @param service the service addressed
 * @param scopes the ids read: a resource, the parent of a list, the subscriptions of a query
 * @param types the resource types read, listed or queried
 * @param resource the resource read by id, or {@code null} for lists and queries
 */
record Call(
    AzureService service, List<ResourceId> scopes, List<ResourceType> types, ResourceId resource) {

  Call {
    scopes = List.copyOf(scopes);
    types = List.copyOf(types);
  }

  static Call get(AzureService service, ResourceId id, ResourceType type) {
    return new Call(service, List.of(id), List.of(type), id);
  }

  static Call list(AzureService service, ResourceId parent, ResourceType type) {
    return new Call(service, List.of(parent), List.of(type), null);
  }
}
