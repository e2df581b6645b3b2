package dev.readiness.rules.support;

import dev.readiness.api.Rule;
import dev.readiness.api.RuleMetadata;
import java.util.Objects;

/**
 * A built-in rule: its metadata, declared once. A rule with thresholds extends {@link
 * ConfiguredChecklistRule} and takes only its checklist area's options.
 */
public abstract class ChecklistRule implements Rule {
  private final RuleMetadata metadata;

  /** A rule declared by {@code metadata}. */
  protected ChecklistRule(RuleMetadata metadata) {
    this.metadata = Objects.requireNonNull(metadata, "'metadata' cannot be null.");
  }

  @Override
  public final RuleMetadata metadata() {
    return metadata;
  }
}
