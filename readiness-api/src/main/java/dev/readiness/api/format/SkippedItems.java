package dev.readiness.api.format;

import com.fasterxml.jackson.core.JsonLocation;
import dev.readiness.api.CoverageRecord;
import dev.readiness.api.CoverageStatus;
import dev.readiness.api.ResourceId;
import dev.readiness.api.ResourceType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The items an import received but could not keep as they were. Each skipped item leaves its type
 * incomplete at the scope it was listed from: a FAILED coverage record, which also withdraws any
 * COLLECTED claim for that type at or below that scope, so findings that depend on it are UNKNOWN
 * rather than PASS. The file's reader is told once, in one line, what was skipped and why.
 */
final class SkippedItems {
  private final String source;
  private final Map<String, Tally> skipped = new LinkedHashMap<>();
  private final Map<String, CoverageRecord> gaps = new LinkedHashMap<>();
  private Tally rebuilt;

  private static final class Tally {
    private final String what;
    private final String firstAt;
    private int count;

    Tally(String what, String firstAt) {
      this.what = what;
      this.firstAt = firstAt;
    }
  }

  SkippedItems(String source) {
    this.source = source;
  }

  /** An item of {@code type}, listed at {@code scope}, could not be kept: {@code why}. */
  void skip(JsonLocation at, ResourceId scope, ResourceType type, String why) {
    // The gap names the line, not the file: the same content read from elsewhere gives the same
    // snapshot.
    gaps.putIfAbsent(
        scope.key() + ' ' + type.key(),
        CoverageRecord.failed(
            scope,
            type,
            0,
            null,
            "an imported item was skipped (line " + at.getLineNr() + "): " + why));
    skipped.computeIfAbsent(type + " (" + why + ")", what -> new Tally(what, where(at))).count++;
  }

  /** An item's id was rebuilt from the scope it was listed under, its type and its name. */
  void rebuilt(JsonLocation at) {
    if (rebuilt == null) {
      rebuilt = new Tally("", where(at));
    }
    rebuilt.count++;
  }

  private String where(JsonLocation at) {
    return source + ":" + at.getLineNr() + ":" + at.getColumnNr();
  }

  /**
   * {@code records} with every COLLECTED claim that a skipped item contradicts withdrawn, followed
   * by the gaps: a claim falls when an item of its type, or of a parent type, was skipped at its
   * scope or above.
   */
  List<CoverageRecord> apply(Collection<CoverageRecord> records) {
    List<CoverageRecord> kept = new ArrayList<>();
    for (CoverageRecord record : records) {
      if (record.status() != CoverageStatus.COLLECTED || !contradicted(record)) {
        kept.add(record);
      }
    }
    kept.addAll(gaps.values());
    return kept;
  }

  private boolean contradicted(CoverageRecord claim) {
    for (CoverageRecord gap : gaps.values()) {
      if (covers(gap.type(), claim.type()) && claim.scope().isWithin(gap.scope())) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a gap of {@code skipped} leaves {@code claimed} unknown: the same type, a type nested
   * beneath it (a dropped parent's children cannot be complete), or any top-level type when the
   * skipped item's type is unknown.
   */
  private static boolean covers(ResourceType skipped, ResourceType claimed) {
    if (skipped.equals(ResourceType.ALL_TOP_LEVEL)) {
      return !claimed.isNested();
    }
    for (ResourceType type = claimed; ; type = type.parent()) {
      if (type.equals(skipped)) {
        return true;
      }
      if (!type.isNested()) {
        return false;
      }
    }
  }

  /** One line naming what was skipped (count per type and why) and what was rebuilt, if any. */
  Optional<String> summary() {
    if (skipped.isEmpty() && rebuilt == null) {
      return Optional.empty();
    }
    StringBuilder line = new StringBuilder(source).append(": ");
    if (!skipped.isEmpty()) {
      int total = skipped.values().stream().mapToInt(tally -> tally.count).sum();
      line.append("skipped ").append(count(total)).append(", each recorded as a coverage gap: ");
      String separator = "";
      for (Tally tally : skipped.values()) {
        line.append(separator)
            .append(tally.count)
            .append(' ')
            .append(tally.what)
            .append(", first at ")
            .append(tally.firstAt);
        separator = "; ";
      }
      line.append('.');
    }
    if (rebuilt != null) {
      line.append(skipped.isEmpty() ? "" : " ")
          .append("Rebuilt the id of ")
          .append(count(rebuilt.count))
          .append(" from the scope it was listed under, its type and name, first at ")
          .append(rebuilt.firstAt)
          .append('.');
    }
    return Optional.of(line.toString());
  }

  private static String count(int items) {
    return items == 1 ? "1 item" : items + " items";
  }
}
