package dev.readiness.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class CaseFilesTest {
  @TestFactory
  Stream<DynamicNode> guestLogCases() {
    return CaseFiles.run("cases/guest-logs.json", new SampleRules.GuestLogs());
  }

  @TestFactory
  Stream<DynamicNode> attestedCases() {
    return CaseFiles.run("cases/attested-plan.json", new SampleRules.AttestedPlan());
  }

  @Test
  void anAttestationWithoutAnOwnerNamesTheCaseFile() {
    assertThatThrownBy(
            () -> CaseFiles.run("cases/bad-attestation.json", new SampleRules.AttestedPlan()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad-attestation.json, case 1 ('an attestation without owner')")
        .hasMessageContaining("owner");
  }

  @TestFactory
  Stream<DynamicNode> subscriptionsNamedOnTheirOwnAreInTheSnapshot() {
    return CaseFiles.run(
        "cases/empty-subscription.json", new SampleRules.StorageInEverySubscription());
  }

  @TestFactory
  Stream<DynamicNode> guestLogCasesInYaml() {
    return CaseFiles.run("cases/guest-logs.yaml", new SampleRules.GuestLogs());
  }

  @Test
  void makesOneContainerPerCaseAndOneTestPerRule() {
    List<DynamicNode> nodes =
        CaseFiles.run("cases/guest-logs.json", new SampleRules.GuestLogs()).toList();

    assertThat(nodes)
        .extracting(DynamicNode::getDisplayName)
        .containsExactly(
            "a VM without the agent fails, one with agent and association passes",
            "associations denied for one VM make it unknown, never a pass",
            "a tenant without VMs gives no finding");
    assertThat(tests(nodes.get(0)))
        .extracting(DynamicTest::getDisplayName)
        .containsExactly("TEST-GUEST-01: PASS GOOD-VM; FAIL THA-VM");
    assertThat(tests(nodes.get(2)))
        .extracting(DynamicTest::getDisplayName)
        .containsExactly("TEST-GUEST-01: no findings");
  }

  @Test
  void aWrongExpectationFailsNamingTheFileAndCase() {
    DynamicTest test =
        tests(
                CaseFiles.run("cases/wrong-expectation.json", new SampleRules.GuestLogs())
                    .toList()
                    .get(0))
            .get(0);

    assertThatThrownBy(() -> test.getExecutable().execute())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(
            "cases/wrong-expectation.json, case 1 ('THA-VM is wrongly expected to pass')")
        .hasMessageContaining("Expected but not reported:\n  PASS on THA-VM")
        .hasMessageContaining("TEST-GUEST-01 FAIL on THA-VM");
  }

  @Test
  void anExpectedMessageThatTheFindingDoesNotContainFailsTheCase() {
    DynamicTest test =
        tests(
                CaseFiles.run("cases/wrong-message.json", new SampleRules.GuestLogs())
                    .toList()
                    .get(0))
            .get(0);

    assertThatThrownBy(() -> test.getExecutable().execute())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(
            "Expected but not reported:\n  FAIL on THA-VM with a message containing"
                + " \"no data collection rule association\"")
        .hasMessageContaining("VM 'THA-VM' has no Azure Monitor Agent");
  }

  @Test
  void anExpectedEvidencePointerThatTheFindingDoesNotHaveFailsTheCase() {
    DynamicTest test =
        tests(
                CaseFiles.run("cases/wrong-evidence.json", new SampleRules.GuestLogs())
                    .toList()
                    .get(0))
            .get(0);

    assertThatThrownBy(() -> test.getExecutable().execute())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(
            "Expected but not reported:\n  FAIL on THA-VM with evidence at /properties/extensions")
        .hasMessageContaining("* TEST-GUEST-01 FAIL on THA-VM");
  }

  @Test
  void malformedFilesFailWithTheFileAndWhatWasExpected() {
    SampleRules.GuestLogs rule = new SampleRules.GuestLogs();
    assertThatThrownBy(() -> CaseFiles.run("cases/unknown-status.json", rule))
        .hasMessage(
            "cases/unknown-status.json: case 1 ('misspelt status'): TEST-GUEST-01 has 'FAILED';"
                + " expected PASS, FAIL, UNKNOWN or MANUAL.");
    assertThatThrownBy(() -> CaseFiles.run("cases/unknown-rule.json", rule))
        .hasMessageContaining("rule 'TEST-OTHER-01' is not among the rules given: [TEST-GUEST-01]");
    assertThatThrownBy(() -> CaseFiles.run("cases/unknown-field.json", rule))
        .hasMessageContaining("unknown field 'resource'");
    assertThatThrownBy(() -> CaseFiles.run("cases/bad-expected-finding.json", rule))
        .hasMessageContaining(
            "cases/bad-expected-finding.json: case 1 ('an expected finding with a misspelt"
                + " field'): TEST-GUEST-01.FAIL holds")
        .hasMessageContaining("unknown field 'mesage'");
    assertThatThrownBy(
            () ->
                CaseFiles.run(
                    "cases/bad-subscriptions.json", new SampleRules.StorageInEverySubscription()))
        .hasMessage(
            "cases/bad-subscriptions.json: case 1 ('a subscription given as its ARM id'):"
                + " 'subscriptions' holds \"/subscriptions/00000000-0000-0000-0001-000000000001\";"
                + " expected subscription ids such as 00000000-0000-0000-0001-000000000001.");
    assertThatThrownBy(() -> CaseFiles.run("cases/malformed.json", rule))
        .hasMessage(
            "cases/malformed.json:2:1: Unexpected end-of-input: expected close marker for Object");
    assertThatThrownBy(() -> CaseFiles.run("cases/none.json", rule))
        .hasMessage("No case file 'cases/none.json' on the test class path.");
  }

  private static List<DynamicTest> tests(DynamicNode node) {
    List<DynamicTest> tests = new ArrayList<>();
    ((DynamicContainer) node).getChildren().forEach(child -> tests.add((DynamicTest) child));
    return tests;
  }
}
