package dev.readiness.testkit;

import dev.readiness.api.ArmChange;
import dev.readiness.api.Attestation;
import dev.readiness.api.Attestations;
import dev.readiness.api.Change;
import dev.readiness.api.Engine;
import dev.readiness.api.Finding;
import dev.readiness.api.Fix;
import dev.readiness.api.Report;
import dev.readiness.api.Rule;
import dev.readiness.api.RuleMetadata;
import dev.readiness.api.Snapshot;
import dev.readiness.api.Status;
import dev.readiness.api.Target;
import dev.readiness.api.fix.FixDeployment;
import dev.readiness.testkit.fixtures.NearNames;
import dev.readiness.testkit.fixtures.Tenant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Tests one rule against a fixture, in the spirit of Error Prone's {@code CompilationTestHelper}:
 *
 * <pre>{@code
 * Tenant tenant = Tenant.create();
 * ResourceGroup app = tenant.subscription("prod").resourceGroup("rg-app");
 * DataCollectionRule securityAndSystem =
 *     app.dataCollectionRule("dcr-windows")
 *         .collectsWindowsSecurityEvents()
 *         .collectsWindowsEvents("System!*")
 *         .sendsTo(app.logAnalyticsWorkspace("law-central"));
 * app.virtualMachine("THA-VM");
 * app.virtualMachine("GOOD-VM").withAzureMonitorAgent().associatedWith(securityAndSystem);
 *
 * RuleTestHelper.forRule(new GuestOsLogsRule(ChecklistOptions.defaults().logging()))
 *     .given(tenant)
 *     .expectFail("THA-VM", "no Azure Monitor Agent")
 *     .expectPass("GOOD-VM")
 *     .doTest();
 * }</pre>
 *
 * <p>The rule runs through the real {@link Engine}, so coverage gating applies: a finding whose
 * data was denied comes out UNKNOWN. {@link #doTest()} fails with an {@link AssertionError} that
 * lists every actual finding when an expectation is not met, when the rule reports a finding no
 * expectation matches (unless {@link #allowOtherFindings()}), when the rule reports nothing at all
 * (unless {@link #expectNoFindings()}), when no fixture was given, when the rule's metadata is
 * invalid, and when it is called a second time. When the failure is a rule that threw, the
 * AssertionError's cause carries the rule's own stack frames, so the test report points at the line
 * that threw.
 *
 * <p>Expectations name resources by name ({@code "THA-VM"}) or, starting with {@code /}, by id;
 * both ignore case. A finding about the tenant as a whole is named {@link #TENANT}, {@code /} or
 * the tenant's id. One expectation may match several findings. An expectation that matches nothing
 * names the fixture's resources whose names are near it, so a typo shows as one.
 */
// Over 400 lines as one job, the one fluent test of one rule: the expectations a test states and
// the comparison that explains each mismatch read the same findings and must agree line by line.
public final class RuleTestHelper {
  /** The name that expects a finding about the tenant as a whole, such as Entra ID logging. */
  public static final String TENANT = "tenant";

  private final Rule rule;
  private final List<Expectation> expectations = new ArrayList<>();

  /** Each resource whose FAIL the fix must resolve, and the resource the rule then passes. */
  private final Map<String, String> fixedByTheirRemediation = new LinkedHashMap<>();

  private Tenant tenant;
  private Snapshot snapshot;
  private boolean strict = true;
  private boolean expectNothing;
  private Attestations attestations = Attestations.none();
  private boolean done;

  private RuleTestHelper(Rule rule) {
    this.rule = rule;
  }

  /** A helper for {@code rule}. */
  public static RuleTestHelper forRule(Rule rule) {
    return new RuleTestHelper(Objects.requireNonNull(rule, "'rule' cannot be null."));
  }

  /**
   * Runs the rule on the snapshot of {@code fixture}, taken when {@link #doTest()} runs. The types
   * the rule reads count as collected unless the fixture says otherwise (a VM with no data
   * collection rule association means "none", not "nobody looked").
   */
  public RuleTestHelper given(Tenant fixture) {
    requireNoFixtureYet();
    this.tenant = Objects.requireNonNull(fixture, "'fixture' cannot be null.");
    return this;
  }

  /** Runs the rule on {@code fixture} exactly as it is, coverage included. */
  public RuleTestHelper given(Snapshot fixture) {
    requireNoFixtureYet();
    this.snapshot = Objects.requireNonNull(fixture, "'fixture' cannot be null.");
    return this;
  }

  /**
   * Evaluates with {@code items} attested, as {@code readiness scan --attestations} does: a manual
   * rule's MANUAL finding becomes PASS with a valid attestation, FAIL with an expired one.
   */
  public RuleTestHelper withAttestations(Attestation... items) {
    return withAttestations(Attestations.of(List.of(items)));
  }

  /** Evaluates with {@code attested}; see {@link #withAttestations(Attestation...)}. */
  public RuleTestHelper withAttestations(Attestations attested) {
    this.attestations = Objects.requireNonNull(attested, "'attested' cannot be null.");
    return this;
  }

  private void requireNoFixtureYet() {
    if (tenant != null || snapshot != null) {
      throw new IllegalStateException("given(..) was already called; a test has one fixture.");
    }
  }

  /** Expects a PASS about {@code resource}. */
  public RuleTestHelper expectPass(String resource) {
    return expectFinding(Status.PASS, resource, "");
  }

  /** Expects a PASS about {@code resource} whose message contains {@code messageFragment}. */
  public RuleTestHelper expectPass(String resource, String messageFragment) {
    return expectFinding(Status.PASS, resource, messageFragment);
  }

  /**
   * Expects a FAIL about {@code resource} (named after {@link Status#FAIL}, as each expectation
   * is).
   */
  public RuleTestHelper expectFail(String resource) {
    return expectFinding(Status.FAIL, resource, "");
  }

  /** Expects a FAIL about {@code resource} whose message contains {@code messageFragment}. */
  public RuleTestHelper expectFail(String resource, String messageFragment) {
    return expectFinding(Status.FAIL, resource, messageFragment);
  }

  /** Expects an UNKNOWN about {@code resource}. */
  public RuleTestHelper expectUnknown(String resource) {
    return expectFinding(Status.UNKNOWN, resource, "");
  }

  /** Expects an UNKNOWN about {@code resource} whose reason contains {@code messageFragment}. */
  public RuleTestHelper expectUnknown(String resource, String messageFragment) {
    return expectFinding(Status.UNKNOWN, resource, messageFragment);
  }

  /** Expects a MANUAL finding about {@code resource}. */
  public RuleTestHelper expectManual(String resource) {
    return expectFinding(Status.MANUAL, resource, "");
  }

  /**
   * Expects a finding with {@code status} about {@code resource} (a name, or an id starting with
   * {@code /}) whose message contains {@code messageFragment} ({@code ""} for any message).
   */
  public RuleTestHelper expectFinding(Status status, String resource, String messageFragment) {
    if (expectNothing) {
      throw new IllegalStateException("expectNoFindings() contradicts expecting a finding.");
    }
    expectations.add(
        new Expectation(
            Objects.requireNonNull(status, "'status' cannot be null."),
            Objects.requireNonNull(resource, "'resource' cannot be null."),
            Objects.requireNonNull(messageFragment, "'messageFragment' cannot be null."),
            null));
    return this;
  }

  /**
   * Requires the finding expected just before to carry evidence read at JSON pointer {@code
   * pointer}, for example {@code /properties/retentionInDays}.
   */
  public RuleTestHelper withEvidenceAt(String pointer) {
    if (expectations.isEmpty()) {
      throw new IllegalStateException("withEvidenceAt(..) refines an expectation; add one first.");
    }
    Expectation last = expectations.remove(expectations.size() - 1);
    expectations.add(
        new Expectation(
            last.status, last.resource, last.fragment, Objects.requireNonNull(pointer, "pointer")));
    return this;
  }

  /**
   * Expects a FAIL about {@code resource} whose own fix, applied to the fixture as a deployment
   * would (with each parameter at its default), turns every finding about {@code resource} into a
   * PASS when the rule runs again: the proof that the remediation fixes what it says.
   */
  public RuleTestHelper expectFixedByItsRemediation(String resource) {
    return expectFixedByItsRemediation(resource, resource);
  }

  /**
   * As {@link #expectFixedByItsRemediation(String)}, for a rule that, once fixed, passes on the
   * resource its fix creates ({@code passing}) rather than on the failing one: a region's missing
   * Network Watcher fails each network in the region and, once created, passes on the watcher.
   */
  public RuleTestHelper expectFixedByItsRemediation(String resource, String passing) {
    expectFinding(Status.FAIL, resource, "");
    fixedByTheirRemediation.put(resource, passing);
    return this;
  }

  /**
   * Fails the test on any finding that no expectation matches. This is the default; say it to make
   * the test's intent plain, or to undo {@link #allowOtherFindings()}.
   */
  public RuleTestHelper expectNoOtherFindings() {
    strict = true;
    return this;
  }

  /**
   * Lets the rule report findings that no expectation matches, for a test that looks at a few
   * resources of a large fixture.
   */
  public RuleTestHelper allowOtherFindings() {
    strict = false;
    return this;
  }

  /**
   * Expects the rule to report nothing at all: the fixture holds nothing it is about. Without this,
   * a rule that reports nothing fails the test, because an empty selection usually means the
   * fixture or the rule is wrong.
   */
  public RuleTestHelper expectNoFindings() {
    if (!expectations.isEmpty()) {
      throw new IllegalStateException("expectNoFindings() contradicts the expected findings.");
    }
    expectNothing = true;
    return this;
  }

  /**
   * Runs the rule and checks the expectations.
   *
   * @return the report, for further assertions
   * @throws AssertionError describing what was expected and listing what the rule reported
   */
  public Report doTest() {
    if (done) {
      throw new AssertionError("doTest() was already called; make a new helper for each test.");
    }
    done = true;
    RuleMetadata metadata = ValidMetadata.of(rule);
    if (tenant == null && snapshot == null) {
      throw new AssertionError(
          "No fixture: call given(tenant) or given(snapshot) before doTest() for rule "
              + metadata.id()
              + ".");
    }
    Snapshot evaluated = snapshot != null ? snapshot : tenant.snapshotFor(rule);
    Report report = evaluate(metadata, evaluated);
    List<Finding> findings = report.findings();
    if (expectNothing) {
      if (!findings.isEmpty()) {
        throw RuleCrash.causing(
            new AssertionError(
                "Rule "
                    + metadata.id()
                    + " was expected to report nothing, but reported:\n"
                    + FindingText.describeAll(findings)),
            findings);
      }
      return report;
    }
    if (findings.isEmpty()) {
      throw new AssertionError(
          "Rule "
              + metadata.id()
              + " reported nothing: it selected no resource of the fixture ("
              + evaluated.size()
              + " resources). Check that the fixture holds resources of the types the rule reads "
              + metadata.reads()
              + ", or call expectNoFindings() if silence is the point.");
    }
    check(metadata, findings, evaluated);
    fixedByTheirRemediation.forEach(
        (resource, passing) -> checkFixed(metadata, evaluated, findings, resource, passing));
    return report;
  }

  private void checkFixed(
      RuleMetadata metadata,
      Snapshot evaluated,
      List<Finding> findings,
      String resource,
      String passing) {
    List<Fix> fixes =
        findings.stream()
            .filter(f -> f.status() == Status.FAIL && FindingText.isAbout(f.target(), resource))
            .map(Finding::fix)
            .toList();
    if (fixes.stream().anyMatch(Fix::isEmpty)) {
      throw new AssertionError(
          "Rule " + metadata.id() + " reported a FAIL about " + resource + " with no fix.");
    }
    checkAgainstDefinitions(metadata, fixes);
    Snapshot fixed = FixDeployment.withValues(Map.of()).apply(evaluated, fixes);
    List<Finding> after =
        evaluate(metadata, fixed).findings().stream()
            .filter(f -> FindingText.isAbout(f.target(), passing))
            .toList();
    if (after.isEmpty() || after.stream().anyMatch(f -> f.status() != Status.PASS)) {
      throw RuleCrash.causing(
          new AssertionError(
              "Rule "
                  + metadata.id()
                  + ": the fix of "
                  + resource
                  + " did not turn "
                  + passing
                  + " into a PASS. After the fix:\n"
                  + FindingText.describeAll(after)),
          after);
    }
  }

  /**
   * Checks each ARM change of {@code fixes} against Azure's REST API definition of its type and API
   * version, when the test classpath holds {@link ArmDefinitions#RESOURCE}.
   */
  private static void checkAgainstDefinitions(RuleMetadata metadata, List<Fix> fixes) {
    Optional<ArmDefinitions> definitions = ArmDefinitions.onClasspath();
    if (definitions.isEmpty()) {
      return;
    }
    List<String> problems = new ArrayList<>();
    for (Fix fix : fixes) {
      for (Change change : fix.changes()) {
        if (change instanceof ArmChange arm) {
          definitions
              .get()
              .problems(arm)
              .forEach(p -> problems.add(arm.type() + "@" + arm.apiVersion() + " " + p));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new AssertionError(
          "Rule "
              + metadata.id()
              + ": its fix does not keep to Azure's REST API definitions:\n- "
              + String.join("\n- ", problems));
    }
  }

  private Report evaluate(RuleMetadata metadata, Snapshot evaluated) {
    Engine engine;
    try {
      engine = Engine.builder().addRule(rule).parallelism(1).build();
    } catch (IllegalArgumentException rejected) {
      throw new AssertionError(
          "The engine rejects rule " + metadata.id() + ": " + rejected.getMessage(), rejected);
    }
    return engine.evaluate(evaluated, attestations);
  }

  private void check(RuleMetadata metadata, List<Finding> findings, Snapshot evaluated) {
    String tenantId = evaluated.metadata().tenantId().orElse("");
    List<Expectation> unmet = new ArrayList<>();
    boolean[] matched = new boolean[findings.size()];
    for (Expectation expectation : expectations) {
      boolean found = false;
      for (int i = 0; i < findings.size(); i++) {
        if (expectation.matches(findings.get(i), tenantId)) {
          matched[i] = true;
          found = true;
        }
      }
      if (!found) {
        unmet.add(expectation);
      }
    }
    boolean[] unexpected = new boolean[findings.size()];
    List<Finding> unexpectedFindings = new ArrayList<>();
    for (int i = 0; i < findings.size(); i++) {
      if (!matched[i] && (strict || findings.get(i).status() == Status.ERROR)) {
        unexpected[i] = true;
        unexpectedFindings.add(findings.get(i));
      }
    }
    boolean anyUnexpected = !unexpectedFindings.isEmpty();
    if (unmet.isEmpty() && !anyUnexpected) {
      return;
    }
    StringBuilder message =
        new StringBuilder("Rule ")
            .append(metadata.id())
            .append(" did not report what the test expected.");
    if (!unmet.isEmpty()) {
      message.append("\nExpected but not reported:");
      for (Expectation expectation : unmet) {
        message
            .append("\n  ")
            .append(expectation)
            .append(whyNothingMatched(expectation.resource, findings, evaluated, tenantId));
      }
    }
    // Each finding is printed once; the mark says which ones no expectation matched.
    message
        .append("\nReported")
        .append(anyUnexpected ? " (* marks a finding the test did not expect):" : ":");
    for (int i = 0; i < findings.size(); i++) {
      message
          .append('\n')
          .append(unexpected[i] ? "* " : "  ")
          .append(FindingText.describe(findings.get(i)));
    }
    throw RuleCrash.causing(new AssertionError(message.toString()), unexpectedFindings);
  }

  /**
   * Why an expectation's resource matched no finding at all, when it did not: a name no resource of
   * the fixture has (with the near names), or a resource the rule said nothing about.
   */
  private static String whyNothingMatched(
      String resource, List<Finding> findings, Snapshot evaluated, String tenantId) {
    if (findings.stream().anyMatch(f -> FindingText.isAbout(f.target(), resource, tenantId))) {
      return "";
    }
    if (evaluated.resources().stream()
        .anyMatch(r -> FindingText.isAbout(Target.of(r), resource, tenantId))) {
      return "\n    (the fixture holds " + resource + ", but the rule reported nothing about it)";
    }
    Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    findings.forEach(f -> names.add(f.target().name()));
    evaluated.resources().forEach(r -> names.add(r.name()));
    return "\n    (nothing in the fixture is called "
        + resource
        + NearNames.didYouMean(resource, names)
        + ")";
  }

  /** One expected finding. */
  private record Expectation(Status status, String resource, String fragment, String pointer) {
    boolean matches(Finding finding, String tenantId) {
      return finding.status() == status
          && FindingText.isAbout(finding.target(), resource, tenantId)
          && finding.message().contains(fragment)
          && (pointer == null || FindingText.hasEvidenceAt(finding, pointer));
    }

    @Override
    public String toString() {
      return status
          + " on "
          + resource
          + (fragment.isEmpty() ? "" : " with a message containing \"" + fragment + "\"")
          + (pointer == null ? "" : " with evidence at " + pointer);
    }
  }
}
