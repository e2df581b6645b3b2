package dev.readiness.examples.docs;

import dev.readiness.api.Rule;
import dev.readiness.rules.ChecklistRuleProvider;
import dev.readiness.rules.checklist.ChecklistOptions;
import java.util.List;

/** The rule provider of docs/custom-rules.md: its rules judge by the checklist options. */
public final class AcmeRules implements ChecklistRuleProvider {
  @Override
  public List<Rule> rules(ChecklistOptions options) {
    return List.of(new ConfidentialLogsRule(options.logging().retentionDays()));
  }
}
