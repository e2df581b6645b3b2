package dev.readiness.rules;

import dev.readiness.api.Rule;
import dev.readiness.rules.logging.ActivityLogExportedRule;
import dev.readiness.rules.logging.CentralizedLogsRule;
import dev.readiness.rules.logging.CriticalResourceLogsRule;
import dev.readiness.rules.logging.DefenderPlansRule;
import dev.readiness.rules.logging.EntraLogsRule;
import dev.readiness.rules.logging.FlowLogsRule;
import dev.readiness.rules.logging.GuestOsLogsRule;
import dev.readiness.rules.logging.KeyVaultProtectionRule;
import dev.readiness.rules.logging.NetworkWatcherRule;
import dev.readiness.rules.logging.RetentionRule;
import dev.readiness.rules.logging.SentinelDetectionRule;
import dev.readiness.rules.logging.StorageDataPlaneLogsRule;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/** The built-in forensic readiness checklist: an explicit list, sorted by rule id. */
public final class BuiltInRules {
  /** Each built-in rule, made from the options. Keep sorted by rule id. */
  private static final List<Function<ChecklistOptions, Rule>> FACTORIES =
      List.of(
          KeyVaultProtectionRule::new, // FR-DATA-03
          EntraLogsRule::new, // FR-IAM-05
          ActivityLogExportedRule::new, // FR-LOG-01
          DefenderPlansRule::new, // FR-LOG-02
          CriticalResourceLogsRule::new, // FR-LOG-03
          GuestOsLogsRule::new, // FR-LOG-04
          CentralizedLogsRule::new, // FR-LOG-05
          RetentionRule::new, // FR-LOG-06
          SentinelDetectionRule::new, // FR-LOG-07
          FlowLogsRule::new, // FR-LOG-08
          StorageDataPlaneLogsRule::new, // FR-LOG-09
          NetworkWatcherRule::new); // FR-LOG-10

  private BuiltInRules() {}

  /** Every built-in rule with the default options. */
  public static List<Rule> all() {
    return all(ChecklistOptions.defaults());
  }

  /** Every built-in rule configured with {@code options}, sorted by id. */
  public static List<Rule> all(ChecklistOptions options) {
    return FACTORIES.stream()
        .map(factory -> factory.apply(options))
        .sorted(Comparator.comparing(rule -> rule.metadata().id()))
        .toList();
  }

  static Stream<Function<ChecklistOptions, Rule>> factories() {
    return FACTORIES.stream();
  }
}
