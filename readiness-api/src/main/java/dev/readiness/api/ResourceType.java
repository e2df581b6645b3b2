package dev.readiness.api;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An ARM resource type such as {@code Microsoft.Compute/virtualMachines} or the nested {@code
 * Microsoft.Network/networkWatchers/flowLogs}.
 *
 * <p>Types compare case-insensitively, as ARM does: {@code microsoft.compute/virtualmachines}
 * equals {@code Microsoft.Compute/virtualMachines}. The spelling given first is kept for display.
 */
public final class ResourceType implements Comparable<ResourceType> {
  /**
   * In coverage records only: every top-level resource type at once. A record of this type says the
   * scope's whole inventory was read (as an export of every resource of a subscription does), so a
   * top-level type absent from the snapshot has no resources there rather than unknown ones.
   */
  public static final ResourceType ALL_TOP_LEVEL = new ResourceType("*/*");

  /**
   * Types already named, by their exact spelling. A snapshot names a few hundred types across
   * hundreds of thousands of resources: sharing one instance per spelling spares each resource its
   * own copy and each lookup a parse. Bounded, so that hostile input naming endless types cannot
   * grow it.
   */
  private static final Set<String> TENANT_NAMESPACES =
      Set.of("microsoft.graph", "microsoft.aadiam");

  private static final Map<String, ResourceType> KNOWN = new ConcurrentHashMap<>();

  private static final int KNOWN_LIMIT = 4096;

  private final String name;
  private final String key;

  private ResourceType(String name) {
    this.name = name;
    this.key = name.toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the type named {@code name}, which must be {@code Namespace/type[/childType]...}.
   *
   * @throws IllegalArgumentException when the name has no namespace or an empty segment
   */
  public static ResourceType of(String name) {
    Objects.requireNonNull(name, "'name' cannot be null.");
    ResourceType known = KNOWN.get(name);
    if (known != null) {
      return known;
    }
    ResourceType parsed = parse(name);
    if (KNOWN.size() < KNOWN_LIMIT) {
      KNOWN.putIfAbsent(name, parsed);
    }
    return parsed;
  }

  private static ResourceType parse(String name) {
    String trimmed = name.strip();
    String[] segments = trimmed.split("/", -1);
    if (segments.length < 2) {
      throw new IllegalArgumentException(
          "Resource type '"
              + name
              + "' must look like 'Namespace/type', for example"
              + " 'Microsoft.Compute/virtualMachines'.");
    }
    for (String segment : segments) {
      if (segment.isEmpty()) {
        throw new IllegalArgumentException("Resource type '" + name + "' has an empty segment.");
      }
    }
    return new ResourceType(trimmed);
  }

  /** The provider namespace, for example {@code Microsoft.Compute}. */
  public String namespace() {
    return name.substring(0, name.indexOf('/'));
  }

  /**
   * True for types whose resources live in the tenant, above every subscription: Microsoft Graph
   * objects and Entra ID's own settings ({@code /providers/microsoft.aadiam/...};
   * azure-rest-api-specs
   * specification/azureactivedirectory/resource-manager/Microsoft.Aadiam/stable/2017-04-01/examples/listDiagnosticSettings.json).
   */
  public boolean isTenantLevel() {
    return TENANT_NAMESPACES.contains(namespace().toLowerCase(Locale.ROOT));
  }

  /**
   * The last segment, for example {@code flowLogs} of {@code
   * Microsoft.Network/networkWatchers/flowLogs}.
   */
  public String simpleName() {
    return name.substring(name.lastIndexOf('/') + 1);
  }

  /** The type of the parent resource, or the type itself when it is top-level. */
  public ResourceType parent() {
    int last = name.lastIndexOf('/');
    return last == name.indexOf('/') ? this : new ResourceType(name.substring(0, last));
  }

  /** The type of a child resource of this type, for example {@code blobServices} under storage. */
  public ResourceType child(String childType) {
    return of(name + "/" + childType);
  }

  /** True when this type is nested under another type. */
  public boolean isNested() {
    return name.indexOf('/') != name.lastIndexOf('/');
  }

  /** The lower-case form used for comparison and as a stable sort key. */
  public String key() {
    return key;
  }

  @Override
  public boolean equals(Object other) {
    return this == other || other instanceof ResourceType type && type.key.equals(key);
  }

  @Override
  public int hashCode() {
    return key.hashCode();
  }

  @Override
  public int compareTo(ResourceType other) {
    return key.compareTo(other.key);
  }

  @Override
  public String toString() {
    return name;
  }
}
