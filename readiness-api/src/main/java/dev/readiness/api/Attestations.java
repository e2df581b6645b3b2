package dev.readiness.api;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The attestations that apply to an evaluation. */
public final class Attestations {
  private static final Attestations NONE = new Attestations(List.of());
  private final List<Attestation> items;

  private Attestations(List<Attestation> items) {
    this.items = items;
  }

  /** The given attestations. */
  public static Attestations of(List<Attestation> items) {
    return new Attestations(List.copyOf(items));
  }

  /** No attestations. */
  public static Attestations none() {
    return NONE;
  }

  /** Every attestation. */
  public List<Attestation> all() {
    return items;
  }

  /**
   * The attestation for {@code rule} that covers {@code target} most specifically (the longest
   * scope), the newest among equals.
   */
  public Optional<Attestation> find(RuleMetadata rule, Target target) {
    return items.stream()
        .filter(a -> rule.answersTo(a.ruleId()) && a.covers(target))
        .max(
            Comparator.comparingInt((Attestation a) -> a.scope().key().length())
                .thenComparing(Attestation::date));
  }
}
