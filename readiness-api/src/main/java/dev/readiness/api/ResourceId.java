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
  public static final ResourceId TENANT = new ResourceId("/", new int[0], -1);

  static final ResourceType SUBSCRIPTION_TYPE =
      ResourceType.of("Microsoft.Resources/subscriptions");
  static final ResourceType RESOURCE_GROUP_TYPE =
      ResourceType.of("Microsoft.Resources/resourceGroups");
  static final ResourceType TENANT_TYPE = ResourceType.of("Microsoft.Resources/tenants");

  /*
   * A snapshot holds one id per resource, so an id keeps only its text and where each segment
   * starts; segments, the lower-case key and the type are derived when asked for.
   */
  private final String id;
  private final int[] starts;

  /** Index in {@link #starts} of the last {@code providers} keyword, or -1 for scopes. */
  private final int lastProviders;

  private int hash;

  /** How the id begins, decided once: ids are asked for their subscription constantly. */
  private final byte prefix;

  private static final byte NO_SCOPE = 0;
  private static final byte SUBSCRIPTION = 1;
  private static final byte RESOURCE_GROUP = 2;
  private static final byte TENANT_PREFIX = 3;

  private ResourceId(String id, int[] starts, int lastProviders) {
    this.id = id;
    this.starts = starts;
    this.lastProviders = lastProviders;
    if (is(0, "subscriptions")) {
      this.prefix = is(2, "resourceGroups") ? RESOURCE_GROUP : SUBSCRIPTION;
    } else {
      this.prefix = is(0, "tenants") ? TENANT_PREFIX : NO_SCOPE;
    }
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
    int count = 1;
    for (int i = 1; i < text.length(); i++) {
      if (text.charAt(i) == '/') {
        count++;
      }
    }
    int[] starts = new int[count];
    for (int i = 1, n = 0; n < count; i++) {
      starts[n++] = i;
      i = text.indexOf('/', i);
      if (i < 0) {
        break;
      }
    }
    ResourceId parsed = new ResourceId(text, starts, -1);
    for (int i = 0; i < count; i++) {
      if (parsed.segmentLength(i) == 0) {
        throw malformed(id, "it has an empty segment");
      }
    }
    return new ResourceId(text, starts, parsed.validate(id));
  }

  /** Checks the grammar and returns the index of the last {@code providers} keyword, or -1. */
  private int validate(String original) {
    int size = starts.length;
    int lastProviders = -1;
    int i = 0;
    if (is(i, "subscriptions")) {
      requireName(original, i);
      i += 2;
      if (is(i, "resourceGroups")) {
        requireName(original, i);
        i += 2;
      }
    } else if (is(i, "tenants")) {
      requireName(original, i);
      i += 2;
    }
    while (i < size) {
      if (!is(i, "providers")) {
        throw malformed(
            original,
            "expected 'providers' at segment " + (i + 1) + " but found '" + segment(i) + "'");
      }
      if (i + 1 >= size) {
        throw malformed(original, "'providers' must be followed by a namespace");
      }
      lastProviders = i;
      i += 2;
      // '/providers/{namespace}/providers/...' names no resource; its parent() would not parse.
      if (i >= size || is(i, "providers")) {
        throw malformed(original, "a namespace must be followed by a type and a name");
      }
      while (i < size && !is(i, "providers")) {
        requireName(original, i);
        i += 2;
      }
    }
    return lastProviders;
  }

  /** The id of subscription {@code subscriptionId}. */
  public static ResourceId subscription(String subscriptionId) {
    return parse("/subscriptions/" + subscriptionId);
  }

  private String segment(int index) {
    return id.substring(starts[index], starts[index] + segmentLength(index));
  }

  private int segmentLength(int index) {
    int end = index + 1 < starts.length ? starts[index + 1] - 1 : id.length();
    return end - starts[index];
  }

  private boolean is(int index, String keyword) {
    return index < starts.length
        && segmentLength(index) == keyword.length()
        && id.regionMatches(true, starts[index], keyword, 0, keyword.length());
  }

  private void requireName(String original, int index) {
    if (index + 1 >= starts.length) {
      throw malformed(original, "'" + segment(index) + "' must be followed by a name");
    }
  }

  private static IllegalArgumentException malformed(String id, String why) {
    return new IllegalArgumentException("Malformed resource id '" + id + "': " + why + ".");
  }

  /** The subscription this id lies in, if any. */
  public Optional<String> subscriptionId() {
    return prefix == SUBSCRIPTION || prefix == RESOURCE_GROUP
        ? Optional.of(segment(1))
        : Optional.empty();
  }

  /** The resource group this id lies in, if any. */
  public Optional<String> resourceGroup() {
    return prefix == RESOURCE_GROUP ? Optional.of(segment(3)) : Optional.empty();
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
    if (prefix != NO_SCOPE) {
      return index == 2 || (index == 4 && prefix == RESOURCE_GROUP);
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
    StringBuilder type = new StringBuilder(segment(lastProviders + 1));
    for (int i = lastProviders + 2; i < starts.length; i += 2) {
      type.append('/').append(segment(i));
    }
    return ResourceType.of(type.toString());
  }

  private ResourceType scopeType() {
    if (starts.length == 0 || prefix == TENANT_PREFIX) {
      return TENANT_TYPE;
    }
    return starts.length > 2 ? RESOURCE_GROUP_TYPE : SUBSCRIPTION_TYPE;
  }

  /** The last name in the id: the resource's own name, or the subscription or group name. */
  public String name() {
    return starts.length == 0 ? "" : segment(starts.length - 1);
  }

  /**
   * The id this one hangs under: a nested resource's parent resource, an extension resource's
   * extended resource, a top-level resource's group (or subscription, or tenant), a group's
   * subscription, a subscription's tenant. The tenant root is its own parent.
   */
  public ResourceId parent() {
    if (starts.length == 0) {
      return this;
    }
    int end = parentEnd();
    if (end <= 0) {
      return TENANT;
    }
    // A prefix of a valid id ending before a type/name pair or a 'providers' keyword is valid too;
    // validating it again only finds where its own last 'providers' is, without copying segments.
    int[] prefix = java.util.Arrays.copyOf(starts, end);
    ResourceId parent = new ResourceId(id.substring(0, starts[end] - 1), prefix, -1);
    return new ResourceId(parent.id, prefix, parent.validate(parent.id));
  }

  /** The index in {@code starts} of the first segment the parent does not hold. */
  private int parentEnd() {
    return isScope() || starts.length - lastProviders > 4 ? starts.length - 2 : lastProviders;
  }

  /**
   * True when {@code candidate}, spelled exactly alike, is this id's {@link #parent()}: deciding it
   * costs a comparison of the prefix, where {@code parent()} builds and checks a new id.
   */
  boolean hasParentSpelled(ResourceId candidate) {
    if (starts.length == 0) {
      return false;
    }
    int end = parentEnd();
    int length = end <= 0 ? 1 : starts[end] - 1;
    return candidate.id.length() == length && id.startsWith(candidate.id);
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

  /**
   * True when this id is {@code scope} or lies below it; everything lies within the tenant root.
   */
  public boolean isWithin(ResourceId scope) {
    if (scope.starts.length == 0) {
      return true;
    }
    int length = scope.id.length();
    return id.length() >= length
        && id.regionMatches(true, 0, scope.id, 0, length)
        && (id.length() == length || id.charAt(length) == '/');
  }

  /** The id of a child of this resource, for example {@code child("blobServices", "default")}. */
  public ResourceId child(String type, String name) {
    return parse(id + "/" + type + "/" + name);
  }

  /** The lower-case form used for comparison and as a stable sort key. */
  public String key() {
    return id.toLowerCase(Locale.ROOT);
  }

  @Override
  public boolean equals(Object other) {
    // Ids of one snapshot nearly always agree in case too: the exact comparison is much cheaper,
    // and index lookups call this for every hit. Ids that differ share long prefixes, which the
    // comparison ignoring case would walk character by character: their cached hashes differ.
    return other instanceof ResourceId resourceId
        && (resourceId.id.equals(id)
            || resourceId.hashCode() == hashCode() && resourceId.id.equalsIgnoreCase(id));
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      h = continueHashIgnoringCase(0, id, 0, id.length());
      hash = h;
    }
    return h;
  }

  /**
   * Extends {@code hash}, the hash ignoring case of the first {@code from} characters of {@code
   * text}, to its first {@code to}: for a whole id its {@link #hashCode()}, for a prefix the hash
   * of the id that prefix spells.
   */
  static int continueHashIgnoringCase(int hash, String text, int from, int to) {
    int h = hash;
    for (int i = from; i < to; i++) {
      h = 31 * h + folded(text.charAt(i));
    }
    return h;
  }

  /** The character as {@link String#equalsIgnoreCase} compares it, cheaply for ASCII. */
  private static int folded(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  @Override
  public int compareTo(ResourceId other) {
    return String.CASE_INSENSITIVE_ORDER.compare(id, other.id);
  }

  @Override
  public String toString() {
    return id;
  }
}
