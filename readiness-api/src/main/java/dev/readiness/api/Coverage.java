package dev.readiness.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The coverage records of a snapshot: for each scope and resource type, whether the data was
 * collected, denied or failed. A record covers its scope and everything below it; the most specific
 * record wins, so a failed call for one resource overrides a subscription that was otherwise
 * collected.
 */
public final class Coverage {
  private static final Comparator<CoverageRecord> ORDER =
      Comparator.comparing(CoverageRecord::scope).thenComparing(CoverageRecord::type);

  private final List<CoverageRecord> records;

  /** type key → scope key → record. */
  private final Map<String, Map<String, CoverageRecord>> index;

  private Coverage(List<CoverageRecord> records, Map<String, Map<String, CoverageRecord>> index) {
    this.records = records;
    this.index = index;
  }

  /**
   * Coverage from records. When two records name the same scope and type, the one that is not
   * COLLECTED wins: a gap reported by any source is never hidden.
   */
  public static Coverage of(Collection<CoverageRecord> records) {
    Map<String, Map<String, CoverageRecord>> index = new HashMap<>();
    for (CoverageRecord record : records) {
      index
          .computeIfAbsent(record.type().key(), k -> new HashMap<>())
          .merge(record.scope().key(), record, Coverage::worse);
    }
    List<CoverageRecord> kept = new ArrayList<>();
    index.values().forEach(byScope -> kept.addAll(byScope.values()));
    kept.sort(ORDER);
    return new Coverage(List.copyOf(kept), index);
  }

  private static CoverageRecord worse(CoverageRecord a, CoverageRecord b) {
    return a.isCollected() ? b : a;
  }

  /** No records at all: nothing is known to be collected. */
  public static Coverage empty() {
    return of(List.of());
  }

  /** Every record, sorted by scope and type. */
  public List<CoverageRecord> records() {
    return records;
  }

  /** The records that are not COLLECTED, sorted by scope and type. */
  public List<CoverageRecord> gaps() {
    return records.stream().filter(r -> !r.isCollected()).toList();
  }

  /**
   * The record that decides whether {@code type} was collected at {@code scope}: the record of the
   * scope itself or of its nearest ancestor; NOT_COLLECTED when there is none.
   */
  public CoverageRecord decide(ResourceId scope, ResourceType type) {
    CoverageRecord exact = nearest(index.get(type.key()), scope);
    if (exact != null) {
      return exact;
    }
    if (!type.isNested()) {
      CoverageRecord inventory = nearest(index.get(ResourceType.ALL_TOP_LEVEL.key()), scope);
      if (inventory != null) {
        return inventory;
      }
    }
    return CoverageRecord.notCollected(
        index.containsKey(type.key()) ? scope : ResourceId.TENANT, type);
  }

  /** The record of {@code scope} or of its nearest ancestor, or null. */
  private static CoverageRecord nearest(Map<String, CoverageRecord> byScope, ResourceId scope) {
    if (byScope == null) {
      return null;
    }
    String key = scope.key();
    // Every ancestor id of an ARM id is a prefix of it ending before a '/': walk them upwards.
    for (int end = key.length(); end > 0; end = key.lastIndexOf('/', end - 1)) {
      CoverageRecord record = byScope.get(key.substring(0, end));
      if (record != null) {
        return record;
      }
    }
    return byScope.get(ResourceId.TENANT.key());
  }

  /** True when {@code type} was collected at {@code scope}. */
  public boolean isCollected(ResourceId scope, ResourceType type) {
    return decide(scope, type).isCollected();
  }

  /** This coverage and {@code other} together; on conflict the gap wins. */
  public Coverage merge(Coverage other) {
    List<CoverageRecord> all = new ArrayList<>(records);
    all.addAll(other.records);
    return of(all);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Coverage coverage && coverage.records.equals(records);
  }

  @Override
  public int hashCode() {
    return records.hashCode();
  }

  @Override
  public String toString() {
    return "Coverage" + records;
  }
}
