package dev.readiness.examples.cli;

import dev.readiness.api.CoverageRecord;
import dev.readiness.api.CoverageStatus;
import dev.readiness.api.ResourceType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The coverage gaps of a live collection as one line per cause: which permission was missing or
 * what failed, how many scopes it cost, and which types. Hundreds of gaps usually have a handful of
 * causes, and a cause is what the reader can act on.
 */
final class GapLines {
  private static final int TYPES_NAMED = 3;

  private GapLines() {}

  /** One line per cause, sorted by cause. */
  static List<String> of(List<CoverageRecord> gaps) {
    Map<String, List<CoverageRecord>> byCause = new TreeMap<>();
    for (CoverageRecord gap : gaps) {
      byCause.computeIfAbsent(cause(gap), c -> new ArrayList<>()).add(gap);
    }
    List<String> lines = new ArrayList<>();
    byCause.forEach(
        (cause, records) -> {
          Set<String> scopes = new TreeSet<>();
          Set<ResourceType> types = new TreeSet<>();
          for (CoverageRecord record : records) {
            scopes.add(record.scope().toString().toLowerCase(java.util.Locale.ROOT));
            types.add(record.type());
          }
          lines.add(
              "gap: "
                  + cause
                  + " — "
                  + Plural.count(types.size(), "type", "types")
                  + " in "
                  + Plural.count(scopes.size(), "scope", "scopes")
                  + " ("
                  + named(types)
                  + ")");
        });
    return lines;
  }

  /**
   * What the reader can act on: the permission of a denial; the HTTP status, or the words, of a
   * failure. Identifiers inside a message would make every scope a cause of its own.
   */
  private static String cause(CoverageRecord gap) {
    if (gap.status() == CoverageStatus.DENIED) {
      return "denied"
          + (gap.httpStatus() == 0 ? "" : " (HTTP " + gap.httpStatus() + ")")
          + (gap.permission() == null ? "" : ", needs " + gap.permission());
    }
    if (gap.httpStatus() != 0 && gap.httpStatus() != 200) {
      return "failed (HTTP " + gap.httpStatus() + ")";
    }
    String message = gap.message() == null ? "" : gap.message();
    int detail = message.indexOf(" (");
    return "failed: " + (detail > 0 ? message.substring(0, detail) : message);
  }

  private static String named(Set<ResourceType> types) {
    List<String> names = new ArrayList<>();
    for (ResourceType type : types) {
      if (names.size() == TYPES_NAMED) {
        names.add("and " + (types.size() - TYPES_NAMED) + " more");
        break;
      }
      names.add(type.toString());
    }
    return String.join(", ", names);
  }
}
