package dev.readiness.api;

import java.util.List;
import java.util.Optional;

/**
 * Refuses findings the rule's metadata does not declare. A finding about a resource type the rule
 * did not declare: the collector fetches only what rules declare, so an undeclared type is data the
 * rule may silently not have. A MANUAL finding of a rule not declared {@linkplain
 * RuleMetadata#attestable() attestable}: it would ask for an attestation that is never applied.
 */
final class DeclarationCheck {
  private final RuleMetadata rule;

  /**
   * The declared types met so far, remembered by reference: findings name the same few type
   * instances over and over, and a scan of a handful of references costs less than hashing.
   * Bounded: past it (types spelled in many ways) each check asks the rule again.
   */
  private final ResourceType[] declared = new ResourceType[16];

  private int count;

  private DeclarationCheck(RuleMetadata rule) {
    this.rule = rule;
  }

  /**
   * The ERROR finding for the first of {@code reported} that is about, or depends on, a type the
   * rule does not declare, or that asks for an attestation the rule does not take; empty when every
   * finding keeps to the declarations.
   */
  static Optional<Finding> firstViolation(RuleMetadata rule, List<RuleContext.Reported> reported) {
    DeclarationCheck isDeclared = new DeclarationCheck(rule);
    for (RuleContext.Reported item : reported) {
      if (item.status() == Status.MANUAL && !rule.attestable()) {
        return Optional.of(
            RuleErrors.error(
                rule,
                "reported '"
                    + item.target().id()
                    + "' as MANUAL, asking for an attestation, but its metadata does not declare"
                    + " attestable()"));
      }
      if (!item.target().isScope() && !isDeclared.test(item.target().type())) {
        return Optional.of(
            RuleErrors.error(
                rule,
                "reported a finding about '"
                    + item.target().id()
                    + "' of type "
                    + item.target().type()
                    + ", which the rule does not declare in reads(...)"));
      }
      for (ResourceType type : item.dependsOn()) {
        if (!isDeclared.test(type)) {
          return Optional.of(
              RuleErrors.error(
                  rule,
                  "made a finding about '"
                      + item.target().id()
                      + "' depend on "
                      + type
                      + ", which the rule does not declare in reads(...)"));
        }
      }
    }
    return Optional.empty();
  }

  private boolean test(ResourceType type) {
    for (int i = 0; i < count; i++) {
      if (declared[i] == type) {
        return true;
      }
    }
    if (!rule.declares(type)) {
      return false;
    }
    if (count < declared.length) {
      declared[count++] = type;
    }
    return true;
  }
}
