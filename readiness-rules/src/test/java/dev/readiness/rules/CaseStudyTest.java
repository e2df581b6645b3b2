package dev.readiness.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.Engine;
import dev.readiness.api.Finding;
import dev.readiness.api.Report;
import dev.readiness.api.Status;
import dev.readiness.api.format.SnapshotWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseStudyTest {
  private static Report report;

  /** The checklist's report on the bundled case study, computed once. */
  private static synchronized Report report() {
    if (report == null) {
      report = Engine.builder().addRules(BuiltInRules.all()).build().evaluate(CaseStudy.snapshot());
    }
    return report;
  }

  /**
   * The bundled JSON is written from {@link CaseStudyTenant}; run with {@code
   * -Dreadiness.updateCaseStudy=true} to rewrite it after changing the story.
   */
  @Test
  void theBundledSnapshotIsWrittenFromTheStory() throws IOException {
    String expected = SnapshotWriter.toJson(CaseStudyTenant.build().snapshot());
    if (Boolean.getBoolean("readiness.updateCaseStudy")) {
      Files.writeString(
          Path.of("src/main/resources" + CaseStudy.RESOURCE), expected, StandardCharsets.UTF_8);
    }
    String bundled;
    try (InputStream in = CaseStudy.class.getResourceAsStream(CaseStudy.RESOURCE)) {
      bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(bundled)
        .as("case-study.json is stale: rerun with -Dreadiness.updateCaseStudy=true")
        .isEqualTo(expected);
  }

  @Test
  void thaVmFailsOnGuestLogsFlowLogsAndDiskEvidenceWithEvidence() {
    assertOutcome("FR-LOG-04", CaseStudyTenant.THA_VM, Status.FAIL);
    assertOutcome("FR-LOG-08", CaseStudyTenant.THA_NSG, Status.FAIL);
    assertOutcome("FR-DATA-07", CaseStudyTenant.THA_VM, Status.FAIL);
    assertThat(finding("FR-LOG-08", CaseStudyTenant.THA_NSG).message())
        .contains("guarding virtual machine THA-VM");
  }

  @Test
  void theStagingAccountFailsOnDataPlaneLogsWithEvidence() {
    assertOutcome("FR-LOG-09", CaseStudyTenant.STAGING_ACCOUNT, Status.FAIL);
  }

  @Test
  void theCounterpartsPassWithEvidence() {
    assertOutcome("FR-LOG-04", CaseStudyTenant.GOOD_VM, Status.PASS);
    assertOutcome("FR-LOG-08", CaseStudyTenant.GOOD_NSG, Status.PASS);
    assertOutcome("FR-DATA-07", CaseStudyTenant.GOOD_VM, Status.PASS);
    assertOutcome("FR-LOG-09", CaseStudyTenant.GOOD_ACCOUNT, Status.PASS);
    assertOutcome("FR-DATA-03", CaseStudyTenant.GOOD_VAULT, Status.PASS);
  }

  @Test
  void theGoodVmsGuestLogsAreKeptAsLongAsTheirShortestTable() {
    assertOutcome("FR-LOG-06", CaseStudyTenant.GOOD_VM, Status.PASS);
    assertThat(finding("FR-LOG-06", CaseStudyTenant.GOOD_VM).message())
        .contains("the Security event log for 730 days (table SecurityEvent of workspace")
        .contains("the System event log for 400 days (workspace 'law-central')");
  }

  @Test
  void theShortWorkspaceFailsRetention() {
    Finding entra = finding("FR-IAM-05", "tenant");
    assertThat(entra.status()).isEqualTo(Status.FAIL);
    assertThat(entra.evidence()).isNotEmpty();
  }

  @Test
  void mfaFailsForWantOfEnforcementAndNamesTheDeniedRegistrationReport() {
    Finding mfa = finding("FR-IAM-01", "tenant");
    assertThat(mfa.status()).isEqualTo(Status.FAIL);
    assertThat(mfa.message()).contains("AuditLog.Read.All");
  }

  @Test
  void noRuleCrashesOnTheCaseStudy() {
    assertThat(report().findings()).noneMatch(f -> f.status() == Status.ERROR);
  }

  private static void assertOutcome(String ruleId, String resource, Status status) {
    Finding finding = finding(ruleId, resource);
    assertThat(finding.status())
        .as(ruleId + " on " + resource + ": " + finding.message())
        .isEqualTo(status);
    assertThat(finding.evidence())
        .as(ruleId + " on " + resource + " carries evidence")
        .isNotEmpty();
  }

  private static Finding finding(String ruleId, String resource) {
    List<Finding> found =
        report().findings().stream()
            .filter(f -> f.ruleId().equals(ruleId) && f.target().name().equalsIgnoreCase(resource))
            .toList();
    assertThat(found).as("findings of " + ruleId + " on " + resource).hasSize(1);
    return found.get(0);
  }
}
