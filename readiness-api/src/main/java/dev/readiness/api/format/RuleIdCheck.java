package dev.readiness.api.format;

import com.fasterxml.jackson.databind.JsonNode;
import dev.readiness.api.RuleMetadata;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Warns of an entry that applies to nothing: a waiver or attestation naming a rule id no available
 * rule answers to, or an attestation for a rule that takes none. A typo there would otherwise go
 * unnoticed while the gap it meant to cover still fails, or the row it meant to answer stays
 * unanswered.
 */
final class RuleIdCheck {
  private final List<RuleMetadata> rules;
  private final Consumer<String> warnings;
  private final boolean checks;

  private RuleIdCheck(Collection<RuleMetadata> rules, Consumer<String> warnings, boolean checks) {
    this.rules = List.copyOf(rules);
    this.warnings = warnings;
    this.checks = checks;
  }

  /** Checks ids against {@code rules}, the rules available, telling {@code warnings}. */
  static RuleIdCheck against(Collection<RuleMetadata> rules, Consumer<String> warnings) {
    Objects.requireNonNull(rules, "'rules' cannot be null.");
    Objects.requireNonNull(warnings, "'warnings' cannot be null.");
    return new RuleIdCheck(rules, warnings, true);
  }

  /** Accepts every id and says nothing: for callers that do not know the rules. */
  static RuleIdCheck none() {
    return new RuleIdCheck(List.of(), warning -> {}, false);
  }

  /** Checks the rule id of a waiver, read from {@code node} of {@code json}. */
  void waiver(LocatedJson json, JsonNode node, String ruleId) {
    rule(json, node, ruleId, "waiver");
  }

  /** Checks the rule id of an attestation, read from {@code node} of {@code json}. */
  void attestation(LocatedJson json, JsonNode node, String ruleId) {
    rule(json, node, ruleId, "attestation")
        .filter(rule -> !rule.attestable())
        .ifPresent(
            rule ->
                warnings.accept(
                    json.where(node)
                        + ": rule "
                        + rule.id()
                        + " is decided from the snapshot and takes no attestation, so this"
                        + " attestation applies to nothing."));
  }

  /** The rule answering to {@code ruleId}; a warning when there is none. */
  private Optional<RuleMetadata> rule(LocatedJson json, JsonNode node, String ruleId, String kind) {
    if (!checks) {
      return Optional.empty();
    }
    Optional<RuleMetadata> rule = rules.stream().filter(r -> r.answersTo(ruleId)).findFirst();
    if (rule.isEmpty()) {
      warnings.accept(
          json.where(node)
              + ": unknown rule id '"
              + ruleId
              + "'; no available rule has it, so this "
              + kind
              + " applies to nothing.");
    }
    return rule;
  }
}
