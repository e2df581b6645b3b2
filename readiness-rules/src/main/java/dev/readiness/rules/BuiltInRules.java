package dev.readiness.rules;

import dev.readiness.api.Rule;
import dev.readiness.rules.checklist.ChecklistOptions;
import dev.readiness.rules.data.BlobEvidencePreservation;
import dev.readiness.rules.data.EncryptionAtRest;
import dev.readiness.rules.data.EncryptionInTransit;
import dev.readiness.rules.data.FileIntegrityMonitoring;
import dev.readiness.rules.data.ImmutableBackups;
import dev.readiness.rules.data.KeyRotation;
import dev.readiness.rules.data.VmDiskEvidence;
import dev.readiness.rules.governance.AdministratorTraining;
import dev.readiness.rules.governance.ForensicReadinessPolicy;
import dev.readiness.rules.identity.AccessReviewsAndRoleMonitoring;
import dev.readiness.rules.identity.ConditionalAccessEnforced;
import dev.readiness.rules.identity.MfaForAllUsers;
import dev.readiness.rules.identity.PrivilegedIdentityManagement;
import dev.readiness.rules.identity.RbacLeastPrivilege;
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
import dev.readiness.rules.network.DdosProtection;
import dev.readiness.rules.network.NetworkSecurityGroups;
import dev.readiness.rules.network.PrivateManagementAccess;
import dev.readiness.rules.response.AutomatedResponse;
import dev.readiness.rules.response.Hunting;
import dev.readiness.rules.response.IncidentResponsePlan;
import dev.readiness.rules.response.SuspiciousActivityAlerts;
import dev.readiness.rules.response.ThreatIntelligence;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/** The built-in forensic readiness checklist: an explicit list, sorted by rule id. */
public final class BuiltInRules {
  /**
   * Each built-in rule, made from the options record of its area (rules without thresholds take
   * none). Keep sorted by rule id.
   */
  private static final List<Function<ChecklistOptions, Rule>> FACTORIES =
      List.of(
          options -> new EncryptionAtRest(options.dataProtection()), // FR-DATA-01
          options -> new EncryptionInTransit(options.dataProtection()), // FR-DATA-02
          options -> new KeyVaultProtectionRule(), // FR-DATA-03
          options -> new KeyRotation(options.dataProtection()), // FR-DATA-04
          options -> new ImmutableBackups(), // FR-DATA-05
          options -> new FileIntegrityMonitoring(), // FR-DATA-06
          options -> new VmDiskEvidence(options.dataProtection()), // FR-DATA-07
          options -> new BlobEvidencePreservation(), // FR-DATA-08
          options -> ForensicReadinessPolicy.create(), // FR-GOV-01
          options -> AdministratorTraining.create(), // FR-GOV-02
          options -> new MfaForAllUsers(options.identity()), // FR-IAM-01
          options -> new AccessReviewsAndRoleMonitoring(options.identity()), // FR-IAM-02
          options -> new RbacLeastPrivilege(options.identity()), // FR-IAM-03
          options -> new PrivilegedIdentityManagement(options.identity()), // FR-IAM-04
          options -> new EntraLogsRule(options.logging()), // FR-IAM-05
          options -> new ConditionalAccessEnforced(options.identity()), // FR-IAM-06
          options -> new SuspiciousActivityAlerts(), // FR-IR-01
          options -> new AutomatedResponse(), // FR-IR-02
          options -> new ThreatIntelligence(), // FR-IR-03
          options -> new Hunting(), // FR-IR-04
          options -> IncidentResponsePlan.create(), // FR-IR-05
          options -> new ActivityLogExportedRule(options.logging()), // FR-LOG-01
          options -> new DefenderPlansRule(options.logging()), // FR-LOG-02
          options -> new CriticalResourceLogsRule(options.logging()), // FR-LOG-03
          options -> new GuestOsLogsRule(options.logging()), // FR-LOG-04
          options -> new CentralizedLogsRule(options.logging()), // FR-LOG-05
          options -> new RetentionRule(options.logging()), // FR-LOG-06
          options -> new SentinelDetectionRule(options.logging()), // FR-LOG-07
          options -> new FlowLogsRule(options.logging()), // FR-LOG-08
          options -> new StorageDataPlaneLogsRule(options.logging()), // FR-LOG-09
          options -> new NetworkWatcherRule(options.logging()), // FR-LOG-10
          options -> new NetworkSecurityGroups(options.network()), // FR-NET-01
          options -> new DdosProtection(), // FR-NET-02
          options -> new PrivateManagementAccess(options.network())); // FR-NET-03

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
