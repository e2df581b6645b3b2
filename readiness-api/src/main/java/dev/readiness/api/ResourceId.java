package dev.readiness.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed Azure resource id: the tenant root {@code /}, a subscription, a resource group, a
 * resource with nested children ({@code .../vaults/kv/keys/k1}), or an extension resource attached
 * to another one ({@code {parentId}/providers/Microsoft.Insights/diagnosticSettings/{name}}).
 * Tenant-level resources such as {@code /providers/microsoft.aadiam/diagnosticSettings/x} and
 * Microsoft Graph objects ({@code /providers/microsoft.graph/users/{id}}) parse too.
 *
 * <p>Ids compare case-insensitively, as ARM does; {@link #toString()} keeps the original spelling.
 */
public final class ResourceId implements Comparable<ResourceId> {
  /** The tenant root scope, {@code /}. */
  public static final ResourceId TENANT = new ResourceId("/", List.of(), -1);

  static final ResourceType SUBSCRIPTION_TYPE =
      ResourceType.of("Microsoft.Resources/subscriptions");
  static final ResourceType RESOURCE_GROUP_TYPE =
      ResourceType.of("Microsoft.Resources/resourceGroups");
  static final ResourceType TENANT_TYPE = ResourceType.of("Microsoft.Resources/tenants");

  private final String id;
  private final String key;
  private final List<String> segments;

  /** Index in {@link #segments} of the last {@code providers} keyword, or -1 for scopes. */
  private final int lastProviders;

  private ResourceId(String id, List<String> segments, int lastProviders) {
    this.id = id;
    this.key = id.toLowerCase(Locale.ROOT);
    this.segments = segments;
    this.lastProviders = lastProviders;
  }

  /**
   * Parses an ARM resource id.
   *
   * @throws IllegalArgumentException naming the id and what was expected when it is malformed
   */
  public static ResourceId parse(String id) {
    Objects.requireNonNull(id, "'id' cannot be null.");
    String text = id.strip();
    if (text.equals("/")) {
      return TENANT;
    }
    if (!text.startsWith("/")) {
      throw malformed(id, "it must start with '/'");
    }
    if (text.endsWith("/")) {
      text = text.substring(0, text.length() - 1);
    }
    List<String> segments = List.of(text.substring(1).split("/", -1));
    int lastProviders = -1;
    int i = 0;
    if (is(segments, i, "subscriptions")) {
      requireName(id, segments, i);
      i += 2;
      if (is(segments, i, "resourceGroups")) {
        requireName(id, segments, i);
        i += 2;
      }
    } else if (is(segments, i, "tenants")) {
      requireName(id, segments, i);
      i += 2;
    }
    while (i < segments.size()) {
      if (!is(segments, i, "providers")) {
        throw malformed(
            id,
            "expected 'providers' at segment " + (i + 1) + " but found '" + segments.get(i) + "'");
      }
      if (i + 1 >= segments.size() || segments.get(i + 1).isEmpty()) {
        throw malformed(id, "'providers' must be followed by a namespace");
      }
      lastProviders = i;
      i += 2;
      if (i >= segments.size()) {
        throw malformed(id, "a namespace must be followed by a type and a name");
      }
      while (i < segments.size() && !is(segments, i, "providers")) {
        requireName(id, segments, i);
        i += 2;
      }
    }
    for (String segment : segments) {
      if (segment.isEmpty()) {
        throw malformed(id, "it has an empty segment");
      }
    }
    return new ResourceId(text, segments, lastProviders);
  }

  /** The id of subscription {@code subscriptionId}. */
  public static ResourceId subscription(String subscriptionId) {
    return parse("/subscriptions/" + subscriptionId);
  }

  private static boolean is(List<String> segments, int index, String keyword) {
    return index < segments.size() && segments.get(index).equalsIgnoreCase(keyword);
  }

  private static void requireName(String id, List<String> segments, int index) {
    if (index + 1 >= segments.size() || segments.get(index + 1).isEmpty()) {
      throw malformed(id, "'" + segments.get(index) + "' must be followed by a name");
    }
  }

  private static IllegalArgumentException malformed(String id, String why) {
    return new IllegalArgumentException("Malformed resource id '" + id + "': " + why + ".");
  }

  /** The subscription this id lies in, if any. */
  public Optional<String> subscriptionId() {
    return is(segments, 0, "subscriptions") ? Optional.of(segments.get(1)) : Optional.empty();
  }

  /** The resource group this id lies in, if any. */
  public Optional<String> resourceGroup() {
    return is(segments, 2, "resourceGroups") ? Optional.of(segments.get(3)) : Optional.empty();
  }

  /** True for the tenant root, a subscription or a resource group: a scope, not a resource. */
  public boolean isScope() {
    return lastProviders < 0;
  }

  /**
   * True when this resource is attached to another one through {@code /providers/} (a diagnostic
   * setting, say).
   */
  public boolean isExtension() {
    return lastProviders > 0 && !isScopeStart(lastProviders);
  }

  /** True when {@code /providers/} at {@code index} starts right after a scope prefix. */
  private boolean isScopeStart(int index) {
    if (index == 0) {
      return true;
    }
    if (is(segments, 0, "subscriptions") || is(segments, 0, "tenants")) {
      return index == 2 || (index == 4 && is(segments, 2, "resourceGroups"));
    }
    return false;
  }

  /**
   * The resource type, for example {@code Microsoft.Compute/virtualMachines/extensions}; for scopes
   * {@code Microsoft.Resources/subscriptions}, {@code .../resourceGroups} or {@code .../tenants}.
   */
  public ResourceType type() {
    if (isScope()) {
      return scopeType();
    }
    StringBuilder type = new StringBuilder(segments.get(lastProviders + 1));
    for (int i = lastProviders + 2; i < segments.size(); i += 2) {
      type.append('/').append(segments.get(i));
    }
    return ResourceType.of(type.toString());
  }

  private ResourceType scopeType() {
    if (segments.isEmpty() || is(segments, 0, "tenants")) {
      return TENANT_TYPE;
    }
    return segments.size() > 2 ? RESOURCE_GROUP_TYPE : SUBSCRIPTION_TYPE;
  }

  /** The last name in the id: the resource's own name, or the subscription or group name. */
  public String name() {
    return segments.isEmpty() ? "" : segments.get(segments.size() - 1);
  }

  /**
   * The id this one hangs under: a nested resource's parent resource, an extension resource's
   * extended resource, a top-level resource's group (or subscription, or tenant), a group's
   * subscription, a subscription's tenant. The tenant root is its own parent.
   */
  public ResourceId parent() {
    if (segments.isEmpty()) {
      return this;
    }
    int end;
    if (isScope()) {
      end = segments.size() - 2;
    } else if (segments.size() - lastProviders > 4) {
      end = segments.size() - 2;
    } else {
      end = lastProviders;
    }
    return end <= 0 ? TENANT : parse("/" + String.join("/", segments.subList(0, end)));
  }

  /** This id and every id above it, from this one up to the tenant root. */
  public List<ResourceId> ancestry() {
    List<ResourceId> chain = new ArrayList<>();
    ResourceId current = this;
    chain.add(current);
    while (!current.equals(TENANT)) {
      current = current.parent();
      chain.add(current);
    }
    return List.copyOf(chain);
  }

  /** The id of a child of this resource, for example {@code child("blobServices", "default")}. */
  public ResourceId child(String type, String name) {
    return parse(id + "/" + type + "/" + name);
  }

  /** The lower-case form used for comparison and as a stable sort key. */
  public String key() {
    return key;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ResourceId resourceId && resourceId.key.equals(key);
  }

  @Override
  public int hashCode() {
    return key.hashCode();
  }

  @Override
  public int compareTo(ResourceId other) {
    return key.compareTo(other.key);
  }

  @Override
  public String toString() {
    return id;
  }
}
