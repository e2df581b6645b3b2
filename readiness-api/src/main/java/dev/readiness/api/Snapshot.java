package dev.readiness.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable, indexed picture of a tenant: its resources as raw ARM JSON, where and when they
 * were taken, and the coverage that says what was collected, denied or failed. Lookups by id, by
 * type, and of the children or extension resources of a resource cost O(1) plus the size of the
 * result.
 */
// Over 400 lines as one job: the immutable snapshot and its indexes, with the nested Builder that
// is the only way to fill them (a separate builder class would need the indexes opened to it).
public final class Snapshot {
  private static final Comparator<Resource> BY_ID = Comparator.comparing(Resource::id);
  private static final String SUBSCRIPTIONS_PREFIX = "/subscriptions/";

  private final SnapshotMetadata metadata;
  private final List<Resource> resources;
  private final Coverage coverage;
  private final IdIndex byId;
  private final Map<ResourceType, List<Resource>> byType;

  /** parent id → child type → children, for nested and extension resources alike. */
  private final Map<ResourceId, Map<ResourceType, List<Resource>>> children;

  private final List<String> subscriptions;

  private Snapshot(SnapshotMetadata metadata, List<Resource> sorted, Coverage coverage) {
    this.metadata = metadata;
    this.resources = List.copyOf(sorted);
    this.coverage = coverage;
    this.byId = new IdIndex(this.resources);
    Map<ResourceType, List<Resource>> types = new HashMap<>();
    Map<ResourceId, Map<ResourceType, List<Resource>>> kids = new HashMap<>();
    ResourceId previousParent = null;
    Map<ResourceType, List<Resource>> siblings = null;
    for (Resource resource : sorted) {
      types.computeIfAbsent(resource.type(), t -> new ArrayList<>()).add(resource);
      if (!resource.id().isScope()) {
        // Resources in id order share parents in runs: the previous parent is usually this one's.
        if (previousParent == null || !resource.id().hasParentSpelled(previousParent)) {
          previousParent = canonical(resource.id().parent());
          siblings = kids.computeIfAbsent(previousParent, p -> new HashMap<>());
        }
        siblings.computeIfAbsent(resource.type(), t -> new ArrayList<>()).add(resource);
      }
    }
    types.replaceAll((type, list) -> List.copyOf(list));
    kids.values().forEach(byKind -> byKind.replaceAll((type, list) -> List.copyOf(list)));
    this.byType = types;
    this.children = kids;
    this.subscriptions = subscriptionsOf(metadata, this.resources);
  }

  /**
   * The metadata's subscriptions and those the resources lie in. Ids within one subscription are
   * contiguous in id order, so each subscription costs one binary search, not a pass over every
   * resource.
   */
  private static List<String> subscriptionsOf(SnapshotMetadata metadata, List<Resource> sorted) {
    java.util.TreeMap<String, String> byKey = new java.util.TreeMap<>();
    metadata.subscriptions().forEach(s -> byKey.putIfAbsent(s.toLowerCase(Locale.ROOT), s));
    int next = firstAtOrAfter(sorted, SUBSCRIPTIONS_PREFIX);
    while (next < sorted.size()) {
      Optional<String> subscription = sorted.get(next).id().subscriptionId();
      if (subscription.isEmpty()) {
        break;
      }
      byKey.putIfAbsent(subscription.get().toLowerCase(Locale.ROOT), subscription.get());
      next =
          firstAtOrAfter(sorted, pastEverythingWithin(SUBSCRIPTIONS_PREFIX + subscription.get()));
    }
    return List.copyOf(byKey.values());
  }

  /**
   * The resource's own id instance when {@code id} is in this snapshot: rules ask about children
   * with that instance, which a map then matches by reference.
   */
  private ResourceId canonical(ResourceId id) {
    int at = byId.positionOf(id);
    return at < 0 ? id : resources.get(at).id();
  }

  /** The index of the first resource whose id sorts at or after {@code id}, ignoring case. */
  private static int firstAtOrAfter(List<Resource> sorted, String id) {
    int low = 0;
    int high = sorted.size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (String.CASE_INSENSITIVE_ORDER.compare(sorted.get(middle).id().toString(), id) < 0) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  /**
   * An id that sorts after {@code scope} and every id below it, and before anything else: '0' is
   * the character right after '/'.
   */
  private static String pastEverythingWithin(String scope) {
    return scope + "0";
  }

  /** A builder for a snapshot with the given metadata. */
  public static Builder builder(SnapshotMetadata metadata) {
    return new Builder(metadata);
  }

  /** Where and when the snapshot was taken. */
  public SnapshotMetadata metadata() {
    return metadata;
  }

  /** What was collected, denied or failed. */
  public Coverage coverage() {
    return coverage;
  }

  /** Every resource, sorted by id. */
  public List<Resource> resources() {
    return resources;
  }

  /** The number of resources. */
  public int size() {
    return resources.size();
  }

  /** The resources of {@code type}, sorted by id. */
  public List<Resource> resources(ResourceType type) {
    ReadLog.record(type, ResourceId.TENANT, true);
    return byType.getOrDefault(type, List.of());
  }

  /**
   * The resources of {@code type} that are {@code scope} or lie below it, sorted by id: the virtual
   * machines of a subscription, the storage accounts of a resource group. Costs a binary search
   * plus the size of the result.
   */
  public List<Resource> resources(ResourceType type, ResourceId scope) {
    Objects.requireNonNull(type, "'type' cannot be null.");
    Objects.requireNonNull(scope, "'scope' cannot be null.");
    ReadLog.record(type, scope, true);
    List<Resource> ofType = byType.getOrDefault(type, List.of());
    if (scope.equals(ResourceId.TENANT)) {
      return ofType;
    }
    // Everything below the scope starts with "scope/": one contiguous run in id order. The scope
    // itself sorts before that run, but ids such as "scope-2/..." may lie between the two.
    String self = scope.toString();
    List<Resource> below =
        ofType.subList(
            firstAtOrAfter(ofType, self + "/"), firstAtOrAfter(ofType, pastEverythingWithin(self)));
    int at = firstAtOrAfter(ofType, self);
    if (at == ofType.size() || !ofType.get(at).id().equals(scope)) {
      return below;
    }
    List<Resource> withScope = new ArrayList<>(below.size() + 1);
    withScope.add(ofType.get(at));
    withScope.addAll(below);
    return List.copyOf(withScope);
  }

  /**
   * The subscriptions the snapshot speaks of, each once, sorted: those its metadata names and those
   * its resources lie in.
   */
  public List<String> subscriptions() {
    return subscriptions;
  }

  /** The resource with {@code id}, compared case-insensitively. */
  public Optional<Resource> resource(ResourceId id) {
    int position = byId.positionOf(id);
    if (position < 0) {
      // Held data is never in doubt; only a missing one could be a gap's doing.
      ReadLog.record(id.type(), id, false);
      return Optional.empty();
    }
    return Optional.of(resources.get(position));
  }

  /**
   * The position of the resource with {@code id} in {@link #resources()}, or -1: ordering ids of
   * this snapshot by position orders them as {@link ResourceId#compareTo} does.
   */
  int position(ResourceId id) {
    return byId.positionOf(id);
  }

  /** The resource with {@code id}, parsed from text; empty as well when the text is not an id. */
  public Optional<Resource> resource(String id) {
    try {
      return resource(ResourceId.parse(id));
    } catch (IllegalArgumentException notAnId) {
      return Optional.empty();
    }
  }

  /**
   * The child or extension resources of {@code parent} of {@code type}, sorted by id: the keys of a
   * vault, the diagnostic settings of a VM, the blob service of a storage account.
   */
  public List<Resource> children(ResourceId parent, ResourceType type) {
    ReadLog.record(type, parent, false);
    Map<ResourceType, List<Resource>> byKind = children.get(parent);
    return byKind == null ? List.of() : byKind.getOrDefault(type, List.of());
  }

  /** The children of {@code parent} of {@code type}. */
  public List<Resource> children(Resource parent, ResourceType type) {
    return children(parent.id(), type);
  }

  /**
   * This snapshot and {@code other} taken together, as when a tenant is collected in shards by
   * subscription. A resource present in both must be identical.
   *
   * @throws IllegalArgumentException when tenants differ or a resource differs between shards
   */
  public Snapshot merge(Snapshot other) {
    Builder merged = builder(metadata.merge(other.metadata));
    merged.addAll(resources);
    for (Resource resource : other.resources) {
      Resource mine = resource(resource.id()).orElse(null);
      if (mine == null) {
        merged.add(resource);
      } else if (!mine.equals(resource)) {
        throw new IllegalArgumentException(
            "Cannot merge snapshots: resource '" + resource.id() + "' differs between them.");
      }
    }
    return merged.coverage(coverage.merge(other.coverage)).build();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Snapshot snapshot
        && snapshot.metadata.equals(metadata)
        && snapshot.coverage.equals(coverage)
        && snapshot.resources.equals(resources);
  }

  @Override
  public int hashCode() {
    return Objects.hash(metadata, coverage, resources);
  }

  @Override
  public String toString() {
    return "Snapshot of tenant '"
        + metadata.tenantId().orElse("")
        + "' with "
        + resources.size()
        + " resources and "
        + coverage.records().size()
        + " coverage records";
  }

  /** Collects resources and coverage records; not thread-safe. */
  public static final class Builder {
    private SnapshotMetadata metadata;

    /** In the order added. */
    private final List<Resource> resources = new ArrayList<>();

    /**
     * True while every id added sorts after the one before, as in a file written by this library:
     * then no id can repeat an earlier one, and the snapshot needs no sorting.
     */
    private boolean inOrder = true;

    /** Every resource by id, kept only once ids arrive out of order. */
    private Map<ResourceId, Resource> byId;

    private final List<CoverageRecord> coverage = new ArrayList<>();

    private Builder(SnapshotMetadata metadata) {
      this.metadata = Objects.requireNonNull(metadata, "'metadata' cannot be null.");
    }

    /** Replaces the metadata. */
    public Builder metadata(SnapshotMetadata metadata) {
      this.metadata = Objects.requireNonNull(metadata, "'metadata' cannot be null.");
      return this;
    }

    /**
     * Adds a resource.
     *
     * @throws IllegalArgumentException when a resource with the same id (ignoring case) was added
     */
    public Builder add(Resource resource) {
      Objects.requireNonNull(resource, "'resource' cannot be null.");
      ResourceId id = resource.id();
      if (inOrder && !resources.isEmpty()) {
        int order = resources.get(resources.size() - 1).id().compareTo(id);
        if (order == 0) {
          throw duplicate(id);
        }
        if (order > 0) {
          inOrder = false;
          byId = new HashMap<>(resources.size() * 2);
          resources.forEach(r -> byId.put(r.id(), r));
        }
      }
      if (!inOrder && byId.putIfAbsent(id, resource) != null) {
        throw duplicate(id);
      }
      resources.add(resource);
      return this;
    }

    private static IllegalArgumentException duplicate(ResourceId id) {
      return new IllegalArgumentException("Duplicate resource id '" + id + "'.");
    }

    /** Adds resources. */
    public Builder addAll(Collection<Resource> added) {
      added.forEach(this::add);
      return this;
    }

    /** The resource added with {@code id} (ignoring case), if any. */
    public Optional<Resource> added(ResourceId id) {
      if (!inOrder) {
        return Optional.ofNullable(byId.get(id));
      }
      int low = 0;
      int high = resources.size() - 1;
      while (low <= high) {
        int middle = (low + high) >>> 1;
        int order = resources.get(middle).id().compareTo(id);
        if (order == 0) {
          return Optional.of(resources.get(middle));
        }
        if (order < 0) {
          low = middle + 1;
        } else {
          high = middle - 1;
        }
      }
      return Optional.empty();
    }

    /** Adds a coverage record. */
    public Builder coverage(CoverageRecord record) {
      coverage.add(Objects.requireNonNull(record, "'record' cannot be null."));
      return this;
    }

    /** Adds every record of {@code records}. */
    public Builder coverage(Coverage records) {
      coverage.addAll(records.records());
      return this;
    }

    /** Records that every type in {@code types} was collected at {@code scope}. */
    public Builder collected(ResourceId scope, Collection<ResourceType> types) {
      types.forEach(type -> coverage(CoverageRecord.collected(scope, type)));
      return this;
    }

    /** The immutable, indexed snapshot. */
    public Snapshot build() {
      return new Snapshot(
          metadata, inOrder ? resources : sortedById(resources), Coverage.of(coverage));
    }

    /**
     * The resources in id order. Comparing ids ignoring case character by character was the largest
     * cost of loading a large snapshot, so when every id is ASCII (ARM ids in practice) each id's
     * lower-case key is computed once and the keys are compared as plain strings, which gives the
     * same order.
     */
    private static List<Resource> sortedById(Collection<Resource> unsorted) {
      List<Map.Entry<String, Resource>> keyed = new ArrayList<>(unsorted.size());
      for (Resource resource : unsorted) {
        String key = resource.id().key();
        if (!isAscii(key)) {
          List<Resource> sorted = new ArrayList<>(unsorted);
          sorted.sort(BY_ID);
          return sorted;
        }
        keyed.add(Map.entry(key, resource));
      }
      keyed.sort(Map.Entry.comparingByKey());
      List<Resource> sorted = new ArrayList<>(keyed.size());
      keyed.forEach(entry -> sorted.add(entry.getValue()));
      return sorted;
    }

    private static boolean isAscii(String text) {
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) >= 128) {
          return false;
        }
      }
      return true;
    }
  }
}
