package dev.readiness.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.readiness.api.Attestation;
import dev.readiness.api.Report;
import dev.readiness.api.ResourceId;
import dev.readiness.api.ResourceType;
import dev.readiness.api.Status;
import dev.readiness.testkit.fixtures.DataCollectionRule;
import dev.readiness.testkit.fixtures.ResourceGroup;
import dev.readiness.testkit.fixtures.Subscription;
import dev.readiness.testkit.fixtures.Tenant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RuleTestHelperTest {
  private Tenant tenant;
  private Subscription prod;
  private DataCollectionRule securityEvents;

  @BeforeEach
  void aTenantWithOneGoodAndOneBlindVm() {
    tenant = Tenant.create();
    prod = tenant.subscription("prod");
    ResourceGroup app = prod.resourceGroup("rg-app");
    ResourceGroup log = prod.resourceGroup("rg-log");
    securityEvents =
        log.dataCollectionRule("dcr-security")
            .collectsWindowsSecurityEvents()
            .sendsTo(log.logAnalyticsWorkspace("law-sec"));
    app.virtualMachine("THA-VM");
    app.virtualMachine("GOOD-VM").withAzureMonitorAgent().associatedWith(securityEvents);
  }

  private RuleTestHelper helper() {
    return RuleTestHelper.forRule(new SampleRules.GuestLogs());
  }

  @Test
  void passesWhenEveryFindingIsExpected() {
    Report report =
        helper()
            .given(tenant)
            .expectFail("THA-VM", "no Azure Monitor Agent")
            .expectPass("GOOD-VM")
            .withEvidenceAt("/properties/dataCollectionRuleId")
            .expectNoOtherFindings()
            .doTest();

    assertThat(report.findings()).hasSize(2);
  }

  @Test
  void matchesResourcesByIdToo() {
    helper()
        .given(tenant)
        .expectFail(
            prod.id() + "/resourceGroups/rg-app/providers/Microsoft.Compute/virtualMachines/tha-vm")
        .expectPass("good-vm")
        .doTest();
  }

  @Test
  void failsOnAWrongExpectationAndListsTheActualFindings() {
    AssertionError error =
        assertThrows(
            AssertionError.class,
            () -> helper().given(tenant).expectPass("THA-VM").expectPass("GOOD-VM").doTest());

    assertThat(error.getMessage())
        .contains("Rule TEST-GUEST-01 did not report what the test expected.")
        .contains("Expected but not reported:\n  PASS on THA-VM")
        .contains("Reported (* marks a finding the test did not expect):")
        .contains("\n  TEST-GUEST-01 PASS on GOOD-VM")
        .contains("\n* TEST-GUEST-01 FAIL on THA-VM")
        .contains("TEST-GUEST-01 PASS on GOOD-VM");
  }

  @Test
  void failsWhenTheMessageFragmentDoesNotMatch() {
    AssertionError error =
        assertThrows(
            AssertionError.class,
            () ->
                helper()
                    .given(tenant)
                    .expectFail("THA-VM", "retention")
                    .expectPass("GOOD-VM")
                    .doTest());

    assertThat(error.getMessage())
        .contains("FAIL on THA-VM with a message containing \"retention\"");
  }

  @Test
  void failsWhenTheEvidencePointerDoesNotMatch() {
    AssertionError error =
        assertThrows(
            AssertionError.class,
            () ->
                helper()
                    .given(tenant)
                    .expectFail("THA-VM")
                    .expectPass("GOOD-VM")
                    .withEvidenceAt("/properties/somethingElse")
                    .doTest());

    assertThat(error.getMessage())
        .contains("PASS on GOOD-VM with evidence at /properties/somethingElse");
  }

  @Test
  void failsOnAnUnexpectedFinding() {
    AssertionError error =
        assertThrows(
            AssertionError.class, () -> helper().given(tenant).expectFail("THA-VM").doTest());

    assertThat(error.getMessage())
        .contains("\n* TEST-GUEST-01 PASS on GOOD-VM")
        .doesNotContain("Expected but not reported");
  }

  @Test
  void allowsOtherFindingsWhenAsked() {
    helper().given(tenant).expectFail("THA-VM").allowOtherFindings().doTest();
  }

  @Test
  void aRuleThatCrashesFailsEvenWhenOtherFindingsAreAllowed() {
    dev.readiness.api.Rule crashing =
        new dev.readiness.api.Rule() {
          private final dev.readiness.api.RuleMetadata metadata =
              SampleRules.sampleMetadata("TEST-CRASH-01", SampleRules.VMS).build();

          @Override
          public dev.readiness.api.RuleMetadata metadata() {
            return metadata;
          }

          @Override
          public void evaluate(dev.readiness.api.RuleContext context) {
            throw new IllegalStateException("boom");
          }
        };

    AssertionError error =
        assertThrows(
            AssertionError.class,
            () ->
                RuleTestHelper.forRule(crashing)
                    .given(tenant)
                    .expectFail("THA-VM")
                    .allowOtherFindings()
                    .doTest());

    assertThat(error.getMessage())
        .contains("\n* TEST-CRASH-01 ERROR on tenant")
        .contains("IllegalStateException: boom");
  }

  @Test
  void aRuleThatCrashesIsTheCauseOfTheFailureWithTheFileAndLineItThrewAt() {
    int[] throwsAt = new int[1];
    dev.readiness.api.Rule crashing =
        new dev.readiness.api.Rule() {
          private final dev.readiness.api.RuleMetadata metadata =
              SampleRules.sampleMetadata("TEST-CRASH-02", SampleRules.VMS).build();

          @Override
          public dev.readiness.api.RuleMetadata metadata() {
            return metadata;
          }

          @Override
          public void evaluate(dev.readiness.api.RuleContext context) {
            throwsAt[0] = new Throwable().getStackTrace()[0].getLineNumber() + 1;
            throw new IllegalStateException("boom");
          }
        };

    AssertionError error =
        assertThrows(
            AssertionError.class,
            () -> RuleTestHelper.forRule(crashing).given(tenant).expectFail("THA-VM").doTest());

    assertThat(error.getCause()).isNotNull().hasMessageContaining("IllegalStateException: boom");
    StackTraceElement top = error.getCause().getStackTrace()[0];
    assertThat(top.getClassName()).isEqualTo(crashing.getClass().getName());
    assertThat(top.getFileName()).isEqualTo("RuleTestHelperTest.java");
    assertThat(top.getLineNumber()).isEqualTo(throwsAt[0]).isPositive();
  }

  @Test
  void aFailureWithoutACrashHasNoCause() {
    AssertionError error =
        assertThrows(
            AssertionError.class, () -> helper().given(tenant).expectPass("THA-VM").doTest());

    assertThat(error.getCause()).isNull();
  }

  @Test
  void failsWhenTheRuleSelectsNothing() {
    Tenant empty = Tenant.create();
    empty.subscription("prod").resourceGroup("rg").storageAccount("stonly");

    AssertionError error =
        assertThrows(
            AssertionError.class, () -> helper().given(empty).expectPass("anything").doTest());

    assertThat(error.getMessage())
        .contains("Rule TEST-GUEST-01 reported nothing: it selected no resource of the fixture")
        .contains("Microsoft.Compute/virtualMachines");
  }

  @Test
  void acceptsSilenceWhenItIsThePoint() {
    Tenant empty = Tenant.create();
    empty.subscription("prod").resourceGroup("rg").storageAccount("stonly");

    helper().given(empty).expectNoFindings().doTest();
  }

  @Test
  void failsWhenSilenceWasExpectedButTheRuleSpoke() {
    AssertionError error =
        assertThrows(
            AssertionError.class, () -> helper().given(tenant).expectNoFindings().doTest());

    assertThat(error.getMessage()).contains("was expected to report nothing").contains("THA-VM");
  }

  @Test
  void failsWithoutAFixture() {
    AssertionError error =
        assertThrows(AssertionError.class, () -> helper().expectPass("GOOD-VM").doTest());

    assertThat(error.getMessage()).contains("No fixture: call given(tenant) or given(snapshot)");
  }

  @Test
  void failsWhenDoTestIsCalledTwice() {
    RuleTestHelper helper = helper().given(tenant).expectFail("THA-VM").expectPass("GOOD-VM");
    helper.doTest();

    AssertionError error = assertThrows(AssertionError.class, helper::doTest);

    assertThat(error.getMessage()).contains("doTest() was already called");
  }

  @Test
  void failsWhenTheMetadataIsInvalid() {
    AssertionError error =
        assertThrows(
            AssertionError.class,
            () ->
                RuleTestHelper.forRule(new SampleRules.NoReads())
                    .given(tenant)
                    .expectPass("GOOD-VM")
                    .doTest());

    assertThat(error.getMessage())
        .contains("SampleRules$NoReads has invalid metadata")
        .contains("it reads no resource types");
  }

  @Test
  void runsThroughTheEngineSoDeniedDataIsUnknown() {
    prod.denied(
        ResourceType.of("Microsoft.Insights/dataCollectionRuleAssociations"),
        "Microsoft.Insights/dataCollectionRuleAssociations/read");

    helper()
        .given(tenant)
        .expectUnknown("THA-VM", "missing permission")
        .expectUnknown("GOOD-VM", "was denied")
        .doTest();
  }

  @Test
  void givenTwiceIsAMistake() {
    RuleTestHelper helper = helper().given(tenant);

    assertThrows(IllegalStateException.class, () -> helper.given(tenant));
  }

  @Test
  void expectsAFindingOfAnyStatus() {
    helper()
        .given(tenant)
        .expectFinding(Status.FAIL, "THA-VM", "no guest OS logs")
        .expectFinding(Status.PASS, "GOOD-VM", "")
        .doTest();
  }

  @Test
  void aTypoInAnExpectedNameSuggestsTheNearNames() {
    AssertionError error =
        assertThrows(
            AssertionError.class,
            () -> helper().given(tenant).expectFail("THA-VM").expectPass("GOOD-MV").doTest());

    assertThat(error.getMessage())
        .contains(
            "PASS on GOOD-MV\n    (nothing in the fixture is called GOOD-MV; did you mean 'GOOD-VM'?)");
  }

  @Test
  void printsEachFindingOnce() {
    AssertionError error =
        assertThrows(
            AssertionError.class, () -> helper().given(tenant).expectPass("GOOD-VM").doTest());

    assertThat(error.getMessage().split("TEST-GUEST-01 FAIL on THA-VM", -1)).hasSize(2);
    assertThat(error.getMessage().split("TEST-GUEST-01 PASS on GOOD-VM", -1)).hasSize(2);
  }

  @Test
  void aGapInATypeTheRuleDoesNotReadIsRefusedWithTheNearType() {
    prod.denied(
        ResourceType.of("Microsoft.Insights/dataCollectionRuleAssociation"),
        "Microsoft.Insights/read");

    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class,
            () -> helper().given(tenant).expectFail("THA-VM").doTest());

    assertThat(error.getMessage())
        .contains(
            "The fixture marks Microsoft.Insights/dataCollectionRuleAssociation DENIED at "
                + prod.id()
                + ", but rule TEST-GUEST-01 does not read that type, so the gap would change"
                + " nothing; did you mean 'Microsoft.Insights/dataCollectionRuleAssociations'?");
  }

  @Test
  void aFindingStartedAndNeverReportedFailsTheTestNamingTheRuleAndTheTarget() {
    AssertionError error =
        assertThrows(
            AssertionError.class,
            () ->
                RuleTestHelper.forRule(new SampleRules.ForgetsToReport())
                    .given(tenant)
                    .expectFail("THA-VM")
                    .allowOtherFindings()
                    .doTest());

    assertThat(error.getMessage())
        .contains("TEST-FORGET-01 ERROR on THA-VM")
        .contains("started a finding about")
        .contains("never reported it")
        .doesNotContain("selected no resource");
  }

  @Test
  void aManualRuleIsAnsweredByTheAttestationsGiven() {
    Tenant empty = Tenant.create();
    RuleTestHelper.forRule(new SampleRules.AttestedPlan())
        .given(empty)
        .expectManual("tenant")
        .doTest();
    RuleTestHelper.forRule(new SampleRules.AttestedPlan())
        .given(empty)
        .withAttestations(
            Attestation.builder("TEST-MANUAL-01")
                .scope(ResourceId.TENANT)
                .evidence("https://wiki.contoso.example/ir-plan")
                .owner("secops@contoso.example")
                .date(LocalDate.parse("2024-06-01"))
                .build())
        .expectPass("tenant")
        .doTest();
  }
}
