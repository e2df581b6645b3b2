package dev.readiness.api;

import java.util.Objects;

/**
 * What a finding is about: a resource, or a scope (a subscription, or the tenant as a whole).
 *
 * @param id the resource id, {@code /subscriptions/{id}}, or {@code /} for the tenant
 * @param name the name people know it by, such as {@code THA-VM}
 * @param type the resource type ({@code Microsoft.Resources/subscriptions} for a subscription)
 */
public record Target(ResourceId id, String name, ResourceType type) implements Comparable<Target> {
  /** Validates the target. */
  public Target {
    Objects.requireNonNull(id, "'id' cannot be null.");
    Objects.requireNonNull(name, "'name' cannot be null.");
    Objects.requireNonNull(type, "'type' cannot be null.");
  }

  /** The target that is {@code resource}. */
  public static Target of(Resource resource) {
    return new Target(resource.id(), resource.name(), resource.type());
  }

  /** The subscription {@code subscriptionId} as a whole. */
  public static Target subscription(String subscriptionId) {
    ResourceId id = ResourceId.subscription(subscriptionId);
    return new Target(id, subscriptionId, id.type());
  }

  /** The tenant as a whole. */
  public static Target tenant() {
    return new Target(ResourceId.TENANT, "tenant", ResourceId.TENANT_TYPE);
  }

  /** A scope id ({@code /}, a subscription or a resource group) as a target. */
  public static Target scope(ResourceId scope) {
    if (!scope.isScope()) {
      throw new IllegalArgumentException("'" + scope + "' is a resource, not a scope.");
    }
    return scope.equals(ResourceId.TENANT)
        ? tenant()
        : new Target(scope, scope.name(), scope.type());
  }

  /** True for a subscription, resource group or the tenant. */
  public boolean isScope() {
    return id.isScope();
  }

  @Override
  public int compareTo(Target other) {
    return id.compareTo(other.id);
  }
}
