package dev.readiness.rules.support;

import dev.readiness.api.Rule;
import dev.readiness.api.RuleMetadata;
import dev.readiness.rules.checklist.ChecklistOptions;
import java.util.Objects;

/** A built-in rule: its metadata, declared once, and the checklist options it was made with. */
public abstract class ChecklistRule implements Rule {
  private final RuleMetadata metadata;
  private final ChecklistOptions options;

  protected ChecklistRule(RuleMetadata metadata, ChecklistOptions options) {
    this.metadata = Objects.requireNonNull(metadata, "'metadata' cannot be null.");
    this.options = Objects.requireNonNull(options, "'options' cannot be null.");
  }

  @Override
  public final RuleMetadata metadata() {
    return metadata;
  }

  /** The thresholds this rule was made with. */
  protected final ChecklistOptions options() {
    return options;
  }
}
