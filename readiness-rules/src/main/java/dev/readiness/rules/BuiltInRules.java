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
  /** Each built-in rule, made from the options. Keep sorted by rule id. */
  private static final List<Function<ChecklistOptions, Rule>> FACTORIES =
      List.of(
          EncryptionAtRest::new, // FR-DATA-01
          EncryptionInTransit::new, // FR-DATA-02
          KeyVaultProtectionRule::new, // FR-DATA-03
          KeyRotation::new, // FR-DATA-04
          ImmutableBackups::new, // FR-DATA-05
          FileIntegrityMonitoring::new, // FR-DATA-06
          VmDiskEvidence::new, // FR-DATA-07
          BlobEvidencePreservation::new, // FR-DATA-08
          ForensicReadinessPolicy::create, // FR-GOV-01
          AdministratorTraining::create, // FR-GOV-02
          MfaForAllUsers::new, // FR-IAM-01
          AccessReviewsAndRoleMonitoring::new, // FR-IAM-02
          RbacLeastPrivilege::new, // FR-IAM-03
          PrivilegedIdentityManagement::new, // FR-IAM-04
          EntraLogsRule::new, // FR-IAM-05
          ConditionalAccessEnforced::new, // FR-IAM-06
          SuspiciousActivityAlerts::new, // FR-IR-01
          AutomatedResponse::new, // FR-IR-02
          ThreatIntelligence::new, // FR-IR-03
          Hunting::new, // FR-IR-04
          IncidentResponsePlan::create, // FR-IR-05
          ActivityLogExportedRule::new, // FR-LOG-01
          DefenderPlansRule::new, // FR-LOG-02
          CriticalResourceLogsRule::new, // FR-LOG-03
          GuestOsLogsRule::new, // FR-LOG-04
          CentralizedLogsRule::new, // FR-LOG-05
          RetentionRule::new, // FR-LOG-06
          SentinelDetectionRule::new, // FR-LOG-07
          FlowLogsRule::new, // FR-LOG-08
          StorageDataPlaneLogsRule::new, // FR-LOG-09
          NetworkWatcherRule::new, // FR-LOG-10
          NetworkSecurityGroups::new, // FR-NET-01
          DdosProtection::new, // FR-NET-02
          PrivateManagementAccess::new); // FR-NET-03

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
