package dev.readiness.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

  /** type key → the records of that type by scope. */
  private final Map<String, ScopeRecords> index;

  private Coverage(List<CoverageRecord> records, Map<String, ScopeRecords> index) {
    this.records = records;
    this.index = index;
  }

  /**
   * The records of one type by scope, and the distinct lengths of their scope ids, longest first.
   * Rules ask about every finding's target, and records sit at few scope depths (the tenant,
   * subscriptions, a few resources): only prefixes of those lengths can match, so only they are
   * looked up, in place, without copying the prefix.
   */
  private record ScopeRecords(Map<ScopeKey, CoverageRecord> byScope, int[] lengths) {
    static ScopeRecords of(Map<ScopeKey, CoverageRecord> byScope) {
      int[] lengths =
          byScope.keySet().stream()
              .mapToInt(ScopeKey::length)
              .distinct()
              .boxed()
              .sorted(Comparator.reverseOrder())
              .mapToInt(Integer::intValue)
              .toArray();
      return new ScopeRecords(byScope, lengths);
    }

    /** The record of {@code scope} or of its nearest ancestor, or null. */
    CoverageRecord nearest(ResourceId scope) {
      String id = scope.toString();
      // The hashes of every prefix length in one pass over the id, shortest first.
      int[] hashes = new int[lengths.length];
      int hash = 0;
      int hashed = 0;
      for (int i = lengths.length - 1; i >= 0 && lengths[i] <= id.length(); i--) {
        hash = ResourceId.continueHashIgnoringCase(hash, id, hashed, lengths[i]);
        hashed = lengths[i];
        hashes[i] = hash;
      }
      for (int i = 0; i < lengths.length; i++) {
        int length = lengths[i];
        // The tenant root "/" is everyone's ancestor; any other prefix must end at a segment.
        boolean ancestor =
            length == 1
                || (length <= id.length() && (length == id.length() || id.charAt(length) == '/'));
        if (ancestor) {
          CoverageRecord record = byScope.get(new ScopeKey(id, length, hashes[i]));
          if (record != null) {
            return record;
          }
        }
      }
      return null;
    }
  }

  /**
   * The first {@code length} characters of {@code text}, compared and hashed ignoring case as
   * resource ids are.
   */
  private static final class ScopeKey {
    private final String text;
    private final int length;
    private final int hash;

    ScopeKey(String text, int length, int hash) {
      this.text = text;
      this.length = length;
      this.hash = hash;
    }

    static ScopeKey of(ResourceId scope) {
      String text = scope.toString();
      return new ScopeKey(text, text.length(), scope.hashCode());
    }

    int length() {
      return length;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof ScopeKey key
          && key.length == length
          && key.text.regionMatches(true, 0, text, 0, length);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  /**
   * Coverage from records. When two records name the same scope and type, the one that is not
   * COLLECTED wins: a gap reported by any source is never hidden.
   */
  public static Coverage of(Collection<CoverageRecord> records) {
    Map<String, Map<ScopeKey, CoverageRecord>> byType = new HashMap<>();
    for (CoverageRecord record : records) {
      byType
          .computeIfAbsent(record.type().key(), k -> new HashMap<>())
          .merge(ScopeKey.of(record.scope()), record, Coverage::worse);
    }
    List<CoverageRecord> kept = new ArrayList<>();
    Map<String, ScopeRecords> index = new HashMap<>();
    byType.forEach(
        (type, byScope) -> {
          kept.addAll(byScope.values());
          index.put(type, ScopeRecords.of(byScope));
        });
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
    if (listedByInventory(type)) {
      CoverageRecord inventory = nearest(index.get(ResourceType.ALL_TOP_LEVEL.key()), scope);
      if (inventory != null) {
        return inventory;
      }
    }
    return CoverageRecord.notCollected(
        index.containsKey(type.key()) ? scope : ResourceId.TENANT, type);
  }

  /**
   * True when an inventory ({@code *}/{@code *}) of a subscription or group lists resources of
   * {@code type}: top-level ARM types. {@linkplain ResourceType#isTenantLevel() Tenant-level} types
   * live above every subscription, so no subscription's inventory vouches for them.
   */
  private static boolean listedByInventory(ResourceType type) {
    return !type.isNested() && !type.isTenantLevel();
  }

  /** The record of {@code scope} or of its nearest ancestor in {@code records}, or null. */
  private static CoverageRecord nearest(ScopeRecords records, ResourceId scope) {
    return records == null ? null : records.nearest(scope);
  }

  /** True when {@code type} was collected at {@code scope}. */
  public boolean isCollected(ResourceId scope, ResourceType type) {
    return decide(scope, type).isCollected();
  }

  /**
   * Why data of {@code type} at {@code scope} is missing: the {@link CoverageRecord#reason()
   * reason} of the record that {@link #decide decides} it, such as "... failed to collect (HTTP 502
   * on GET ...)"; empty when it was collected. The engine and rules ask this one question whenever
   * a verdict needs data, so every finding names a gap in the same words.
   */
  public Optional<String> whyMissing(ResourceId scope, ResourceType type) {
    return missing(scope, type).map(CoverageRecord::reason);
  }

  /**
   * The gap that leaves data of {@code type} at {@code scope} missing: the record that {@link
   * #decide decides} it; empty when it was collected. A finding that tells of the gap {@linkplain
   * RuleContext.FindingBuilder#names names} this record; while a rule runs, the finding it reports
   * next names the gaps it was told of here without being asked to, unless it is a PASS.
   */
  public Optional<CoverageRecord> missing(ResourceId scope, ResourceType type) {
    CoverageRecord record = decide(scope, type);
    if (record.isCollected()) {
      return Optional.empty();
    }
    ReadLog.recordGap(record);
    return Optional.of(record);
  }

  /**
   * The gaps that leave each of {@code types} missing at {@code scope}, in the order given; empty
   * when all were collected.
   */
  public List<CoverageRecord> missing(ResourceId scope, Collection<ResourceType> types) {
    List<CoverageRecord> gaps = new ArrayList<>();
    for (ResourceType type : types) {
      missing(scope, type).ifPresent(gaps::add);
    }
    return gaps;
  }

  /**
   * Why each of {@code types} is missing at {@code scope}, in the order given, one reason per type
   * that was not collected; empty when all were.
   */
  public List<String> whyMissing(ResourceId scope, Collection<ResourceType> types) {
    List<String> reasons = new ArrayList<>();
    for (ResourceType type : types) {
      whyMissing(scope, type).ifPresent(reasons::add);
    }
    return reasons;
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
