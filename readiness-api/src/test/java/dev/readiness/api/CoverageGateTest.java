package dev.readiness.api;

import static dev.readiness.api.TestResources.SETTINGS;
import static dev.readiness.api.TestResources.SUB;
import static dev.readiness.api.TestResources.VMS;
import static dev.readiness.api.TestResources.builder;
import static dev.readiness.api.TestResources.vm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The coverage gate on its own, fed reported findings directly: no engine, no threads. */
class CoverageGateTest {
  private static final ResourceId SUBSCRIPTION = ResourceId.subscription(SUB);
  private static final CoverageRecord DENIED =
      CoverageRecord.denied(
          SUBSCRIPTION,
          SETTINGS,
          403,
          "Microsoft.Insights/diagnosticSettings/read",
          "GET .../diagnosticSettings");
  private static final RuleMetadata RULE =
      RuleMetadataTest.complete("FR-TEST-05").reads(VMS, SETTINGS).build();

  private static Snapshot snapshot() {
    return builder()
        .add(vm("THA-VM"))
        .coverage(CoverageRecord.collected(SUBSCRIPTION, VMS))
        .coverage(DENIED)
        .build();
  }

  private static RuleContext.Reported aboutTheSubscription(
      Status status, String message, Set<CoverageRecord> named) {
    return new RuleContext.Reported(
        Target.subscription(SUB), status, message, List.of(), Set.of(), Set.of(), Fix.NONE, named);
  }

  private static List<Finding> gate(RuleContext.Reported... reported) {
    return CoverageGate.apply(RULE, List.of(reported), new ReadLog(), snapshot());
  }

  @Test
  void aFindingThatNamesTheGapSpeaksForIt() {
    List<Finding> findings =
        gate(
            aboutTheSubscription(
                Status.UNKNOWN, "The diagnostic settings could not be read.", Set.of(DENIED)));
    assertThat(findings).singleElement().extracting(Finding::status).isEqualTo(Status.UNKNOWN);
  }

  @Test
  void aReasonQuotedInAMessageDoesNotSpeakForTheGap() {
    List<Finding> findings =
        gate(aboutTheSubscription(Status.UNKNOWN, "Unknown: " + DENIED.reason() + ".", Set.of()));
    assertThat(findings).hasSize(2);
    assertThat(findings.get(1).message()).isEqualTo("Not evaluated: " + DENIED.reason() + ".");
    assertThat(findings.get(1).target().id()).isEqualTo(SUBSCRIPTION);
  }

  @Test
  void aFindingTurnedUnknownByTheGateSpeaksForTheGapItNames() {
    RuleContext.Reported pass =
        new RuleContext.Reported(
            Target.subscription(SUB),
            Status.PASS,
            "Every VM is fine.",
            List.of(),
            Set.of(SETTINGS),
            Set.of(),
            Fix.NONE,
            Set.of());
    List<Finding> findings = gate(pass);
    assertThat(findings)
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.status()).isEqualTo(Status.UNKNOWN);
              assertThat(finding.message()).isEqualTo("Not evaluated: " + DENIED.reason() + ".");
            });
  }

  @Test
  void aGapNamedByAFindingInAnotherSubscriptionIsStillSilentHere() {
    RuleContext.Reported elsewhere =
        new RuleContext.Reported(
            Target.subscription("00000000-0000-0000-0000-000000000002"),
            Status.UNKNOWN,
            "Not read.",
            List.of(),
            Set.of(),
            Set.of(),
            Fix.NONE,
            Set.of(DENIED));
    assertThat(gate(elsewhere)).extracting(f -> f.target().id()).contains(SUBSCRIPTION);
  }

  /** Runs a rule through the engine on the snapshot whose diagnostic settings were denied. */
  private static List<Finding> engine(java.util.function.Consumer<RuleContext> body) {
    return Engine.builder()
        .addRule(EngineTest.rule("FR-TEST-06", body, VMS, SETTINGS))
        .build()
        .evaluate(snapshot())
        .findings();
  }

  @Test
  void aFindingWorkedOutAfterAskingWhyDataIsMissingNamesTheGap() {
    List<Finding> findings =
        engine(
            context -> {
              String why = context.coverage().whyMissing(SUBSCRIPTION, SETTINGS).orElseThrow();
              context
                  .verdict(Target.subscription(SUB))
                  .unknown("The settings are unknown (" + why.length() + " characters of reason)")
                  .report();
            });
    assertThat(findings).singleElement().extracting(Finding::status).isEqualTo(Status.UNKNOWN);
  }

  @Test
  void aPassDoesNotSpeakForAGapItWasToldOf() {
    List<Finding> findings =
        engine(
            context -> {
              context.coverage().missing(SUBSCRIPTION, SETTINGS);
              context.report(Target.subscription(SUB)).pass("The subscription has other proof.");
            });
    assertThat(findings)
        .extracting(Finding::message)
        .contains("Not evaluated: " + DENIED.reason() + ".");
  }

  @Test
  void aLookupMadeForOneFindingDoesNotGateTheNext() {
    List<Finding> findings =
        engine(
            context -> {
              Resource vm = context.resources(VMS).get(0);
              // A setting below the VM, which the denial hides: it gates the subscription's
              // finding worked out now, and says nothing about the VM's finding after it.
              context
                  .snapshot()
                  .resource(
                      ResourceId.parse(vm.id() + "/providers/" + SETTINGS + "/not-collected"));
              context.report(Target.subscription(SUB)).pass("The subscription is fine.");
              context.report(vm).pass("The VM is fine.");
            });
    assertThat(findings)
        .extracting(f -> f.target().id(), Finding::status)
        .containsExactlyInAnyOrder(
            tuple(SUBSCRIPTION, Status.UNKNOWN), tuple(vm("THA-VM").id(), Status.PASS));
  }

  @Test
  void aGapToldForOneFindingIsNotNamedByTheNext() {
    List<Finding> findings =
        engine(
            context -> {
              context.coverage().missing(SUBSCRIPTION, SETTINGS);
              context
                  .report(Target.subscription("00000000-0000-0000-0000-000000000002"))
                  .unknown("The other subscription could not be read.");
              context.report(Target.subscription(SUB)).unknown("Something else is unknown here.");
            });
    // The finding about this subscription was told of nothing, so the gap is still silent here.
    assertThat(findings)
        .filteredOn(f -> f.target().id().equals(SUBSCRIPTION))
        .extracting(Finding::message)
        .contains("Not evaluated: " + DENIED.reason() + ".");
  }
}
