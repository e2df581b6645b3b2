package dev.readiness.rules.support;

import dev.readiness.api.Evidence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * How long a destination keeps a log stream, as decided at the end of the chain resource →
 * diagnostic setting → destination.
 *
 * @param kind whether the time is a number of days, unlimited, or unknown
 * @param days the days kept, for {@link Kind#DAYS}; 0 otherwise
 * @param description a clause for messages, such as "workspace 'law-ops' keeps 30 days" or the
 *     reason the retention is unknown
 * @param evidence the values that decided it
 */
public record Retention(Kind kind, int days, String description, List<Evidence> evidence) {
  /** Whether the retention is known. */
  public enum Kind {
    DAYS,
    UNLIMITED,
    UNKNOWN
  }

  /** Validates and copies. */
  public Retention {
    Objects.requireNonNull(kind, "'kind' cannot be null.");
    Objects.requireNonNull(description, "'description' cannot be null.");
    evidence = List.copyOf(evidence);
  }

  static Retention days(int days, String description, Evidence... evidence) {
    return new Retention(Kind.DAYS, days, description, List.of(evidence));
  }

  static Retention unlimited(String description, Evidence... evidence) {
    return new Retention(Kind.UNLIMITED, 0, description, List.of(evidence));
  }

  static Retention unknown(String reason, Evidence... evidence) {
    return new Retention(Kind.UNKNOWN, 0, reason, List.of(evidence));
  }

  /** True when the retention is known and at least {@code thresholdDays}. */
  public boolean meets(int thresholdDays) {
    return kind == Kind.UNLIMITED || (kind == Kind.DAYS && days >= thresholdDays);
  }

  /** True when the retention could not be decided. */
  public boolean isUnknown() {
    return kind == Kind.UNKNOWN;
  }

  /** This retention or {@code cap}, whichever deletes first (logs pass through both). */
  Retention cappedBy(Retention cap) {
    List<Evidence> both = new ArrayList<>(evidence);
    both.addAll(cap.evidence);
    String text = description + " and " + cap.description;
    if (kind == Kind.UNKNOWN || cap.kind == Kind.UNKNOWN) {
      return new Retention(Kind.UNKNOWN, 0, text, both);
    }
    if (kind == Kind.UNLIMITED) {
      return new Retention(cap.kind, cap.days, text, both);
    }
    if (cap.kind == Kind.UNLIMITED) {
      return new Retention(kind, days, text, both);
    }
    return new Retention(Kind.DAYS, Math.min(days, cap.days), text, both);
  }

  /**
   * The outcome for a stream sent to several destinations, any of which may keep it: the first that
   * meets {@code thresholdDays}; otherwise UNKNOWN when any is unknown (a longer retention might be
   * hidden there); otherwise the longest. An empty list is unknown.
   */
  public static Retention best(List<Retention> candidates, int thresholdDays) {
    for (Retention candidate : candidates) {
      if (candidate.meets(thresholdDays)) {
        return candidate;
      }
    }
    List<Retention> unknown = candidates.stream().filter(Retention::isUnknown).toList();
    if (!unknown.isEmpty()) {
      return new Retention(
          Kind.UNKNOWN,
          0,
          unknown.stream().map(Retention::description).collect(Collectors.joining("; ")),
          unknown.stream().flatMap(r -> r.evidence.stream()).toList());
    }
    return candidates.stream()
        .max(Comparator.comparingInt(Retention::days))
        .orElse(unknown("no destination keeps it"));
  }
}
