package dev.readiness.rules.support;

import dev.readiness.api.Evidence;
import dev.readiness.api.ResourceId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
 * @param setAt the workspace or workspace table whose retention setting decided the days, when one
 *     did; a storage lifecycle rule or an unknown retention has none
 */
public record Retention(
    Kind kind, int days, String description, List<Evidence> evidence, Optional<ResourceId> setAt) {
  /** Whether the retention is known. */
  public enum Kind {
    DAYS,
    UNLIMITED,
    UNKNOWN
  }

  /** Known retentions by how long they keep: unlimited is longest. */
  private static final Comparator<Retention> LONGER =
      Comparator.comparingInt(r -> r.kind == Kind.UNLIMITED ? Integer.MAX_VALUE : r.days);

  /** Validates and copies. */
  public Retention {
    Objects.requireNonNull(kind, "'kind' cannot be null.");
    Objects.requireNonNull(description, "'description' cannot be null.");
    Objects.requireNonNull(setAt, "'setAt' cannot be null.");
    evidence = List.copyOf(evidence);
  }

  /** A retention decided by no setting that a fix could change. */
  Retention(Kind kind, int days, String description, List<Evidence> evidence) {
    this(kind, days, description, evidence, Optional.empty());
  }

  /** The same retention, decided by the retention setting of {@code setting}. */
  Retention setAt(ResourceId setting) {
    return new Retention(kind, days, description, evidence, Optional.of(setting));
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
      return new Retention(cap.kind, cap.days, text, both, cap.setAt);
    }
    if (cap.kind == Kind.UNLIMITED) {
      return new Retention(kind, days, text, both, setAt);
    }
    Retention shorter = cap.days < days ? cap : this;
    return new Retention(Kind.DAYS, shorter.days, text, both, shorter.setAt);
  }

  /** The same retention, its description naming what it keeps ("the System event log: ..."). */
  public Retention about(String what) {
    return new Retention(kind, days, what + ": " + description, evidence, setAt);
  }

  /**
   * The outcome for a stream sent to several destinations, any of which may keep it: the longest
   * that meets {@code thresholdDays}; otherwise UNKNOWN when any is unknown (a longer retention
   * might be hidden there); otherwise the longest. The answer does not depend on the order of
   * {@code candidates}. An empty list is unknown.
   */
  public static Retention best(List<Retention> candidates, int thresholdDays) {
    List<Retention> ordered = inStableOrder(candidates);
    Optional<Retention> meeting = ordered.stream().filter(c -> c.meets(thresholdDays)).max(LONGER);
    if (meeting.isPresent()) {
      return meeting.get();
    }
    Optional<Retention> unknown = allUnknown(ordered);
    if (unknown.isPresent()) {
      return unknown.get();
    }
    return ordered.stream().max(LONGER).orElse(unknown("no destination keeps it"));
  }

  /**
   * The outcome for several streams that are all needed, as the guest logs of one machine: the
   * shortest known one when it falls short of {@code thresholdDays}; otherwise UNKNOWN when any is
   * unknown; otherwise the shortest. The answer does not depend on the order of {@code candidates}.
   * An empty list is unknown.
   */
  public static Retention shortest(List<Retention> candidates, int thresholdDays) {
    List<Retention> ordered = inStableOrder(candidates);
    Optional<Retention> shortestKnown = ordered.stream().filter(c -> !c.isUnknown()).min(LONGER);
    if (shortestKnown.isPresent() && !shortestKnown.get().meets(thresholdDays)) {
      return shortestKnown.get();
    }
    return allUnknown(ordered).or(() -> shortestKnown).orElse(unknown("nothing keeps them"));
  }

  /**
   * {@code candidates} sorted by description, so that ties and joined texts come out the same
   * whatever order the candidates were found in.
   */
  private static List<Retention> inStableOrder(List<Retention> candidates) {
    return candidates.stream()
        .sorted(Comparator.comparing(Retention::description).thenComparingInt(Retention::days))
        .toList();
  }

  /** The unknown candidates joined into one UNKNOWN, when there are any. */
  private static Optional<Retention> allUnknown(List<Retention> ordered) {
    List<Retention> unknown = ordered.stream().filter(Retention::isUnknown).toList();
    if (unknown.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Retention(
            Kind.UNKNOWN,
            0,
            unknown.stream()
                .map(Retention::description)
                .distinct()
                .collect(Collectors.joining("; ")),
            unknown.stream().flatMap(r -> r.evidence.stream()).toList()));
  }
}
