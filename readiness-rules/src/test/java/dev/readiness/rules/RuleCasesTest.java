package dev.readiness.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.Rule;
import dev.readiness.rules.checklist.ChecklistOptions;
import dev.readiness.rules.checklist.DataProtectionOptions;
import dev.readiness.rules.checklist.IdentityOptions;
import dev.readiness.rules.checklist.LoggingOptions;
import dev.readiness.rules.checklist.NetworkOptions;
import dev.readiness.rules.checklist.OptionTable;
import dev.readiness.rules.data.BlobEvidencePreservation;
import dev.readiness.rules.data.EncryptionAtRest;
import dev.readiness.rules.data.EncryptionInTransit;
import dev.readiness.rules.data.FileIntegrityMonitoring;
import dev.readiness.rules.data.ImmutableBackups;
import dev.readiness.rules.data.KeyRotation;
import dev.readiness.rules.data.VmDiskEvidence;
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
import dev.readiness.rules.response.SuspiciousActivityAlerts;
import dev.readiness.rules.response.ThreatIntelligence;
import dev.readiness.testkit.CaseFiles;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The built-in rules' table tests, kept as data: each file of {@code src/test/resources/cases} is
 * named after the id of the rule it tests and holds that rule's described cases (see {@code
 * docs/case-files.md}). Tests that follow a fix, read a report, need other options or tell a
 * step-by-step story stay in Java next to the rule's other tests.
 */
class RuleCasesTest {
  private static final String FOLDER = "cases";
  private static final LoggingOptions LOGGING = ChecklistOptions.defaults().logging();
  private static final NetworkOptions NETWORK = ChecklistOptions.defaults().network();
  private static final DataProtectionOptions DATA = ChecklistOptions.defaults().dataProtection();
  private static final IdentityOptions IDENTITY = ChecklistOptions.defaults().identity();

  /**
   * The rules whose cases the folder holds, each made with the options its cases assume: the
   * defaults, but for FR-LOG-02, whose cases require two plans so that one case can show a free
   * plan and a missing one side by side, and FR-IAM-04, whose cases name a break-glass account.
   */
  private static final List<Rule> RULES =
      List.of(
          new ActivityLogExportedRule(LOGGING),
          new DefenderPlansRule(
              ChecklistOptions.defaults().toBuilder()
                  .set(OptionTable.REQUIRED_DEFENDER_PLANS, List.of("VirtualMachines", "KeyVaults"))
                  .build()
                  .logging()),
          new CriticalResourceLogsRule(LOGGING),
          new GuestOsLogsRule(LOGGING),
          new CentralizedLogsRule(LOGGING),
          new RetentionRule(LOGGING),
          new SentinelDetectionRule(LOGGING),
          new FlowLogsRule(LOGGING),
          new StorageDataPlaneLogsRule(LOGGING),
          new NetworkWatcherRule(LOGGING),
          new EntraLogsRule(LOGGING),
          new KeyVaultProtectionRule(),
          new NetworkSecurityGroups(NETWORK),
          new DdosProtection(),
          new PrivateManagementAccess(NETWORK),
          new EncryptionAtRest(DATA),
          new EncryptionInTransit(DATA),
          new KeyRotation(DATA),
          new ImmutableBackups(),
          new FileIntegrityMonitoring(),
          new VmDiskEvidence(DATA),
          new BlobEvidencePreservation(),
          new MfaForAllUsers(IDENTITY),
          new AccessReviewsAndRoleMonitoring(IDENTITY),
          new RbacLeastPrivilege(IDENTITY),
          new PrivilegedIdentityManagement(
              ChecklistOptions.defaults().toBuilder()
                  .set(OptionTable.BREAK_GLASS_ACCOUNTS, List.of("breakglass@contoso.example"))
                  .build()
                  .identity()),
          new ConditionalAccessEnforced(IDENTITY),
          new SuspiciousActivityAlerts(),
          new AutomatedResponse(),
          new ThreatIntelligence(),
          new Hunting());

  @TestFactory
  Stream<DynamicNode> everyRulesCases() {
    return RULES.stream()
        .map(
            rule ->
                DynamicContainer.dynamicContainer(
                    rule.metadata().id(), CaseFiles.run(caseFile(rule), rule)));
  }

  @Test
  void everyCaseFileInTheFolderBelongsToARuleThatRunsIt() throws IOException, URISyntaxException {
    Path folder = Path.of(getClass().getClassLoader().getResource(FOLDER).toURI());
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files.map(file -> FOLDER + "/" + file.getFileName()))
          .containsExactlyInAnyOrderElementsOf(
              RULES.stream().map(RuleCasesTest::caseFile).toList());
    }
  }

  private static String caseFile(Rule rule) {
    return FOLDER + "/" + rule.metadata().id() + ".json";
  }
}
