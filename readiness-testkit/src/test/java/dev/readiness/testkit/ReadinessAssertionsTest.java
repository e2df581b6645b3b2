package dev.readiness.testkit;

import static dev.readiness.testkit.ReadinessAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.api.Engine;
import dev.readiness.api.Report;
import dev.readiness.api.ResourceType;
import dev.readiness.api.Status;
import dev.readiness.testkit.fixtures.ResourceGroup;
import dev.readiness.testkit.fixtures.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReadinessAssertionsTest {
  private Report report;

  @BeforeEach
  void evaluateATenantWithAGoodAndABlindVm() {
    Tenant tenant = Tenant.create();
    ResourceGroup log = tenant.subscription("prod").resourceGroup("rg-log");
    ResourceGroup app = tenant.subscription("dev").resourceGroup("rg-app");
    app.virtualMachine("THA-VM");
    app.virtualMachine("GOOD-VM")
        .withAzureMonitorAgent()
        .associatedWith(
            log.dataCollectionRule("dcr")
                .collectsWindowsSecurityEvents()
                .sendsTo(log.logAnalyticsWorkspace("law")));
    app.virtualMachine("HIDDEN-VM")
        .withAzureMonitorAgent()
        .denied(
            ResourceType.of("Microsoft.Insights/dataCollectionRuleAssociations"),
            "Microsoft.Insights/dataCollectionRuleAssociations/read");
    SampleRules.GuestLogs rule = new SampleRules.GuestLogs();
    report = Engine.builder().addRule(rule).build().evaluate(tenant.snapshotFor(rule));
  }

  @Test
  void findsFindingsByRuleStatusAndResource() {
    assertThat(report)
        .hasFail("TEST-GUEST-01", "THA-VM")
        .withMessageContaining("no Azure Monitor Agent")
        .isAbout("tha-vm");
    assertThat(report)
        .hasPass("TEST-GUEST-01", "GOOD-VM")
        .withEvidenceAt("/properties/dataCollectionRuleId");
    assertThat(report)
        .hasUnknown("TEST-GUEST-01", "HIDDEN-VM")
        .withMessageContaining("was denied")
        .hasStatus(Status.UNKNOWN);
    assertThat(report).hasNoFindingsWithStatus(Status.ERROR).hasFindingCount(Status.FAIL, 1);
    assertThat(report).hasNoFindingFor("TEST-GUEST-01", "law");
  }

  @Test
  void failsWithTheActualFindingsWhenNoneMatches() {
    assertThatThrownBy(() -> assertThat(report).hasPass("TEST-GUEST-01", "THA-VM"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected the report to have a PASS of rule TEST-GUEST-01 on THA-VM")
        .hasMessageContaining("TEST-GUEST-01 FAIL on THA-VM");
  }

  @Test
  void failsOnAWrongMessageOrEvidence() {
    assertThatThrownBy(
            () ->
                assertThat(report)
                    .hasFail("TEST-GUEST-01", "THA-VM")
                    .withMessageContaining("retention"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected the message to contain \"retention\"");
    assertThatThrownBy(
            () ->
                assertThat(report)
                    .hasPass("TEST-GUEST-01", "GOOD-VM")
                    .withEvidenceAt("/properties/dataCollectionRuleId", "\"elsewhere\""))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("observing \"elsewhere\"");
  }

  @Test
  void failsWhenAForbiddenStatusIsPresent() {
    assertThatThrownBy(() -> assertThat(report).hasNoFindingsWithStatus(Status.FAIL))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected no FAIL finding, but found 1")
        .hasMessageContaining("THA-VM");
    assertThatThrownBy(() -> assertThat(report).hasNoFindingFor("TEST-GUEST-01", "GOOD-VM"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected no finding of rule TEST-GUEST-01 on GOOD-VM");
  }
}
