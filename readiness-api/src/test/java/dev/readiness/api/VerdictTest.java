package dev.readiness.api;

import static dev.readiness.api.TestResources.SETTINGS;
import static dev.readiness.api.TestResources.SUB;
import static dev.readiness.api.TestResources.VMS;
import static dev.readiness.api.TestResources.builder;
import static dev.readiness.api.TestResources.vm;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class VerdictTest {
  private static final ResourceId SUBSCRIPTION = ResourceId.subscription(SUB);

  private static List<Finding> run(Consumer<RuleContext> body) {
    return run(EngineTest.metadata("FR-TEST-09", VMS, SETTINGS).attestable().build(), body);
  }

  private static List<Finding> run(RuleMetadata metadata, Consumer<RuleContext> body) {
    Snapshot snapshot =
        builder()
            .add(vm("THA-VM"))
            .coverage(CoverageRecord.collected(SUBSCRIPTION, VMS))
            .coverage(CoverageRecord.collected(SUBSCRIPTION, SETTINGS))
            .build();
    return Engine.builder()
        .addRule(EngineTest.rule(metadata, body))
        .build()
        .evaluate(snapshot)
        .findings();
  }

  private static Finding one(Consumer<RuleContext> body) {
    List<Finding> findings = run(body);
    assertThat(findings).hasSize(1);
    return findings.get(0);
  }

  private static Consumer<RuleContext> onTheVm(Consumer<Verdict> parts) {
    return context -> {
      Verdict verdict = context.verdict(context.resources(VMS).get(0), "Virtual machine 'THA-VM'");
      parts.accept(verdict);
      verdict.report();
    };
  }

  @Test
  void aFailNamesEveryFailedClauseAndTheConsequence() {
    Evidence off = Evidence.absent(ResourceId.parse(TestResources.vmId("THA-VM")), "off", "on");
    Finding finding =
        one(
            onTheVm(
                v ->
                    v.pass("boot diagnostics are on")
                        .fail("guest logs are off", off)
                        .check(false, "flow logs are on", "flow logs are off")
                        .because("what ran on it could not be investigated")));
    assertThat(finding.status()).isEqualTo(Status.FAIL);
    assertThat(finding.message())
        .isEqualTo(
            "Virtual machine 'THA-VM': guest logs are off and flow logs are off, so what ran on"
                + " it could not be investigated.");
    assertThat(finding.evidence()).containsExactly(off);
  }

  @Test
  void anUndecidedPartMakesItUnknownUnlessAnotherFails() {
    assertThat(one(onTheVm(v -> v.pass("a is on").unknown("b was not read"))).message())
        .isEqualTo(
            "Virtual machine 'THA-VM': cannot decide because b was not read. Otherwise a is on.");
    Finding failed = one(onTheVm(v -> v.fail("a is off").unknown("b was not read")));
    assertThat(failed.status()).isEqualTo(Status.FAIL);
    assertThat(failed.message())
        .endsWith("a is off. The rest could not be decided, because b was not read.");
  }

  @Test
  void anyOfPassesOnOneMetOptionAndFailsOnlyWhenNoneIsMet() {
    Finding passed =
        one(
            onTheVm(
                v ->
                    v.anyOf(
                        Verdict.Option.notMet("security defaults are off"),
                        Verdict.Option.met("policy 'mfa' requires MFA"))));
    assertThat(passed.status()).isEqualTo(Status.PASS);
    assertThat(passed.message()).isEqualTo("Virtual machine 'THA-VM': policy 'mfa' requires MFA.");
    Finding undecided =
        one(
            onTheVm(
                v ->
                    v.anyOf(
                        Verdict.Option.notMet("security defaults are off"),
                        Verdict.Option.undecided("the policies were not read"))));
    assertThat(undecided.status()).isEqualTo(Status.UNKNOWN);
    Finding failed =
        one(
            onTheVm(
                v ->
                    v.anyOf(
                        Verdict.Option.notMet("neither security defaults are on"),
                        Verdict.Option.notMet("a policy requires MFA"))));
    assertThat(failed.message())
        .isEqualTo(
            "Virtual machine 'THA-VM': neither security defaults are on nor a policy requires MFA.");
  }

  @Test
  void aVerdictWithoutALabelReportsItsSentences() {
    Finding finding =
        one(
            context ->
                context
                    .verdict(context.resources(VMS).get(0))
                    .fail("Virtual machine 'THA-VM' sends no guest logs.")
                    .report());
    assertThat(finding.message()).isEqualTo("Virtual machine 'THA-VM' sends no guest logs.");
  }

  @Test
  void aManualPartNeedsAnAttestation() {
    Finding finding =
        one(
            context ->
                context
                    .verdict(Target.tenant(), "The incident response plan")
                    .manual("no API can show it")
                    .report());
    assertThat(finding.status()).isEqualTo(Status.MANUAL);
    assertThat(finding.message()).isEqualTo("The incident response plan: no API can show it.");
  }

  /** An automated rule that asks for an attestation must say it takes one, or none would apply. */
  @Test
  void aManualPartOfARuleThatTakesNoAttestationIsAnError() {
    RuleMetadata automated = EngineTest.metadata("FR-TEST-09", VMS, SETTINGS).build();
    List<Finding> findings =
        run(
            automated,
            context ->
                context
                    .verdict(Target.tenant(), "The incident response plan")
                    .manual("no API can show it")
                    .report());
    assertThat(findings).singleElement().extracting(Finding::status).isEqualTo(Status.ERROR);
    assertThat(findings.get(0).message())
        .contains("FR-TEST-09")
        .contains("as MANUAL, asking for an attestation, but its metadata does not declare");
  }

  @Test
  void aVerdictStartedAndNeverReportedIsAnErrorNamingTheRuleAndTarget() {
    Finding finding =
        one(
            context ->
                context
                    .verdict(context.resources(VMS).get(0), "Virtual machine 'THA-VM'")
                    .fail("guest logs are off"));
    assertThat(finding.status()).isEqualTo(Status.ERROR);
    assertThat(finding.target().name()).isEqualTo("THA-VM");
    assertThat(finding.message())
        .contains("FR-TEST-09", TestResources.vmId("THA-VM"), "never reported");
  }

  @Test
  void aFindingStartedAndNeverEndedIsAnErrorBesideTheReportedOnes() {
    List<Finding> findings =
        run(
            context -> {
              Resource machine = context.resources(VMS).get(0);
              context.report(machine).evidence(Evidence.absent(machine.id(), "x", "y"));
              context.report(Target.tenant()).pass("The tenant is fine.");
            });
    assertThat(findings)
        .extracting(Finding::status)
        .containsExactlyInAnyOrder(Status.PASS, Status.ERROR);
  }

  @Test
  void aVerdictWithNoPartsIsAnError() {
    Finding finding = one(context -> context.verdict(Target.tenant(), "The tenant").report());
    assertThat(finding.status()).isEqualTo(Status.ERROR);
    assertThat(finding.message()).contains("has no parts");
  }
}
