package dev.readiness.rules.support;

import dev.readiness.api.RuleMetadata;
import java.util.Objects;

/**
 * A built-in rule with thresholds: it keeps the options record of its checklist area (for example
 * {@link dev.readiness.rules.checklist.LoggingOptions}) and nothing of the other areas.
 *
 * @param <O> the area's options record
 */
public abstract class ConfiguredChecklistRule<O> extends ChecklistRule {
  private final O options;

  /** A rule declared by {@code metadata} that judges by {@code options}. */
  protected ConfiguredChecklistRule(RuleMetadata metadata, O options) {
    super(metadata);
    this.options = Objects.requireNonNull(options, "'options' cannot be null.");
  }

  /** The thresholds this rule was made with. */
  protected final O options() {
    return options;
  }
}
