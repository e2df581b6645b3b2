package dev.readiness.azure;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What to collect: every subscription the principal can read (the default), a list of
 * subscriptions, or the subscriptions below management groups. Tenant-level data (Microsoft Graph,
 * Entra ID diagnostic settings) is collected in every scope when it is requested.
 */
public final class CollectionScope {
  /** How the subscriptions are chosen. */
  public enum Kind {
    /** Every subscription {@code GET /subscriptions} returns. */
    TENANT,
    /** The listed subscriptions. */
    SUBSCRIPTIONS,
    /** The subscriptions below the listed management groups. */
    MANAGEMENT_GROUPS
  }

  private static final CollectionScope TENANT = new CollectionScope(Kind.TENANT, List.of());

  private final Kind kind;
  private final List<String> ids;

  private CollectionScope(Kind kind, List<String> ids) {
    this.kind = kind;
    this.ids = ids;
  }

  /** Every subscription the principal can read. */
  public static CollectionScope tenant() {
    return TENANT;
  }

  /**
   * The given subscriptions.
   *
   * @throws IllegalArgumentException when the list is empty or holds a blank id
   */
  public static CollectionScope subscriptions(List<String> subscriptionIds) {
    return new CollectionScope(Kind.SUBSCRIPTIONS, ids(subscriptionIds, "subscriptionIds"));
  }

  /**
   * The subscriptions below the given management groups.
   *
   * @throws IllegalArgumentException when the list is empty or holds a blank id
   */
  public static CollectionScope managementGroups(List<String> managementGroupIds) {
    return new CollectionScope(
        Kind.MANAGEMENT_GROUPS, ids(managementGroupIds, "managementGroupIds"));
  }

  private static List<String> ids(List<String> ids, String what) {
    Objects.requireNonNull(ids, "'" + what + "' cannot be null.");
    TreeSet<String> sorted = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    for (String id : ids) {
      if (id == null || id.isBlank()) {
        throw new IllegalArgumentException("'" + what + "' cannot hold a blank id.");
      }
      sorted.add(id.strip());
    }
    if (sorted.isEmpty()) {
      throw new IllegalArgumentException("'" + what + "' cannot be empty.");
    }
    return List.copyOf(sorted);
  }

  /** How subscriptions are chosen. */
  public Kind kind() {
    return kind;
  }

  /** The subscription or management group ids, sorted; empty for {@link Kind#TENANT}. */
  public List<String> ids() {
    return ids;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CollectionScope scope && scope.kind == kind && scope.ids.equals(ids);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, ids);
  }

  @Override
  public String toString() {
    return kind == Kind.TENANT ? "every readable subscription" : kind + " " + ids;
  }
}
