package dev.readiness.api.format;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Warns of a rule id no available rule answers to: a waiver or attestation naming it applies to
 * nothing, and a typo there would otherwise go unnoticed while the gap it meant to cover still
 * fails, or the row it meant to answer stays unanswered.
 */
final class RuleIdCheck {
  private final Predicate<String> known;
  private final Consumer<String> warnings;

  RuleIdCheck(Predicate<String> known, Consumer<String> warnings) {
    this.known = known;
    this.warnings = warnings;
  }

  /** Accepts every id and says nothing: for callers that do not know the rules. */
  static RuleIdCheck none() {
    return new RuleIdCheck(id -> true, warning -> {});
  }

  /**
   * Checks {@code ruleId}, read from {@code node} of {@code json}, for an entry of {@code kind}.
   */
  void check(LocatedJson json, JsonNode node, String ruleId, String kind) {
    if (!known.test(ruleId)) {
      warnings.accept(
          json.where(node)
              + ": unknown rule id '"
              + ruleId
              + "'; no available rule has it, so this "
              + kind
              + " applies to nothing.");
    }
  }
}
