package dev.readiness.rules;

import dev.readiness.api.Rule;
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
          MfaForAllUsers::new,
          AccessReviewsAndRoleMonitoring::new,
          RbacLeastPrivilege::new,
          PrivilegedIdentityManagement::new,
          ConditionalAccessEnforced::new,
          EncryptionAtRest::new,
          EncryptionInTransit::new,
          KeyRotation::new,
          ImmutableBackups::new,
          FileIntegrityMonitoring::new,
          VmDiskEvidence::new,
          BlobEvidencePreservation::new,
          NetworkSecurityGroups::new,
          DdosProtection::new,
          PrivateManagementAccess::new,
          SuspiciousActivityAlerts::new,
          AutomatedResponse::new,
          ThreatIntelligence::new,
          Hunting::new,
          IncidentResponsePlan::create,
          ForensicReadinessPolicy::create,
          AdministratorTraining::create);

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
