package dev.readiness.testkit;

import dev.readiness.api.Rule;
import dev.readiness.api.RuleMetadata;

/** Reads a rule's metadata for a test, turning invalid metadata into a failed assertion. */
final class ValidMetadata {
  private ValidMetadata() {}

  /**
   * The metadata of {@code rule}.
   *
   * @throws AssertionError naming the rule class when building the metadata throws or gives null
   */
  static RuleMetadata of(Rule rule) {
    RuleMetadata metadata;
    try {
      metadata = rule.metadata();
    } catch (RuntimeException invalid) {
      throw new AssertionError(
          "Rule " + rule.getClass().getName() + " has invalid metadata: " + invalid.getMessage(),
          invalid);
    }
    if (metadata == null) {
      throw new AssertionError("Rule " + rule.getClass().getName() + " returned no metadata.");
    }
    return metadata;
  }
}
