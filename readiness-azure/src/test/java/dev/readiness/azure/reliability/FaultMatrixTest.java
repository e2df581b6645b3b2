package dev.readiness.azure.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.Finding;
import dev.readiness.api.Report;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceType;
import dev.readiness.api.Snapshot;
import dev.readiness.api.Status;
import dev.readiness.api.Target;
import dev.readiness.azure.CollectorBuilder;
import dev.readiness.testkit.fakeazure.AzureService;
import dev.readiness.testkit.fakeazure.FakeAzure;
import dev.readiness.testkit.fakeazure.Fault;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fault matrix: each fault FakeAzure can inject, on a generated three-subscription tenant,
 * collected by the real collector and evaluated with every built-in rule, compared finding by
 * finding with the fault-free scan of the same tenant. A fault may cost findings (they turn
 * UNKNOWN, naming the cause) but never invents one: no PASS or FAIL that the clean scan does not
 * hold identically.
 */
class FaultMatrixTest {
  private static final String DIAGNOSTICS = "Microsoft.Insights/diagnosticSettings";
  private static final String KEYS = "Microsoft.KeyVault/vaults/keys";
  private static final String BLOB_SERVICES_TYPE = "Microsoft.Storage/storageAccounts/blobServices";
  private static final String VAULTS = "Microsoft.KeyVault/vaults";
  private static final String UNPLACED = "cannot be placed";

  private static Snapshot served;
  private static Report clean;

  /** What a fault may do to the report. */
  enum Outcome {
    /** The collector rides it out: the report equals the clean one. */
    RECOVERS,
    /** Data is lost: some findings turn UNKNOWN naming the cause, all others are unchanged. */
    DEGRADES
  }

  record FaultCase(
      String name,
      Function<Snapshot, List<Fault>> faults,
      UnaryOperator<CollectorBuilder> settings,
      Outcome outcome,
      String cause) {
    @Override
    public String toString() {
      return name;
    }
  }

  @BeforeAll
  static void scanTheTenantWithoutFaults() {
    served = LiveScan.tenant();
    try (FakeAzure azure = LiveScan.fake(served).unthrottled().start()) {
      Snapshot collected = LiveScan.collect(azure, UnaryOperator.identity());
      assertThat(collected.coverage().gaps()).as("gaps of the clean scan").isEmpty();
      clean = LiveScan.ENGINE.evaluate(collected);
    }
  }

  @Test
  void theCleanScanHoldsEveryKindOfVerdict() {
    // Without PASS and FAIL findings to lose, the matrix below could not catch a false verdict.
    assertThat(clean.count(Status.PASS)).isGreaterThan(10);
    assertThat(clean.count(Status.FAIL)).isGreaterThan(10);
    assertThat(clean.findings(Status.ERROR)).isEmpty();
  }

  static Stream<FaultCase> faults() {
    return Stream.of(
        recovers(
            "429 storm with Retry-After on one subscription, shorter than the retries",
            s -> List.of(Fault.throttled(Duration.ofSeconds(2)).onScope(sub(s, 0)).times(12)),
            c -> c.maxRetries(12)),
        degrades(
            "429 storm with Retry-After on one subscription that never ends",
            s -> List.of(Fault.throttled(Duration.ofSeconds(2)).onScope(sub(s, 1))),
            "throttled"),
        degrades(
            "429 with a Retry-After longer than the collector waits",
            s -> List.of(Fault.throttled(Duration.ofMinutes(10)).onType(KEYS)),
            "throttled"),
        recovers(
            "429 storm without Retry-After on Microsoft Graph, shorter than the retries",
            s -> List.of(Fault.throttledWithoutRetryAfter().on(AzureService.GRAPH).times(12)),
            c -> c.maxRetries(12)),
        degrades(
            "429 storm without Retry-After on diagnostic settings that never ends",
            s -> List.of(Fault.throttledWithoutRetryAfter().onType(DIAGNOSTICS)),
            "throttled"),
        recovers(
            "500 on a few ARM calls",
            s -> List.of(Fault.serverError(500).on(AzureService.ARM).times(3)),
            c -> c),
        degrades(
            "500 on every Resource Graph query of one subscription",
            s -> List.of(Fault.serverError(500).on(AzureService.RESOURCE_GRAPH).onScope(sub(s, 2))),
            "HTTP 500"),
        degrades(
            "502 on every key list", s -> List.of(Fault.serverError(502).onType(KEYS)), "HTTP 502"),
        degrades(
            "503 on every diagnostic settings list",
            s -> List.of(Fault.serverError(503).onType(DIAGNOSTICS)),
            "HTTP 503"),
        degrades(
            "connection reset on every blob service list",
            s -> List.of(Fault.connectionReset().onType(BLOB_SERVICES_TYPE)),
            "the connection closed before the answer"),
        degrades(
            "answers slower than the request timeout on every key list",
            s -> List.of(Fault.delay(Duration.ofSeconds(20)).onType(KEYS)),
            c -> c.requestTimeout(Duration.ofMillis(400)).maxRetries(1),
            "no answer within the request timeout"),
        degrades(
            "truncated JSON on every diagnostic settings list",
            s -> List.of(Fault.truncatedBody().onType(DIAGNOSTICS)),
            "unreadable answer"),
        degrades(
            "malformed JSON from Microsoft Graph",
            s -> List.of(Fault.malformedBody().on(AzureService.GRAPH)),
            "unreadable answer"),
        degrades(
            "truncated JSON from Resource Graph",
            s -> List.of(Fault.truncatedBody().on(AzureService.RESOURCE_GRAPH).onScope(sub(s, 0))),
            "unreadable answer"),
        degrades(
            "a nextLink that repeats forever on key lists",
            s -> List.of(Fault.endlessPaging().onType(KEYS)),
            "paging stopped"),
        degrades(
            "a $skipToken that repeats forever in Resource Graph",
            s -> List.of(Fault.endlessPaging().on(AzureService.RESOURCE_GRAPH).onScope(sub(s, 1))),
            "paging stopped"),
        degrades(
            "a vault deleted between inventory and detail (404 on its reads)",
            s -> List.of(Fault.notFound().on(AzureService.ARM).onScope(firstOf(s, VAULTS))),
            "HTTP 404"),
        degrades(
            "403 on one subscription",
            s -> List.of(Fault.forbidden().onScope(sub(s, 1))),
            "HTTP 403"),
        degrades(
            "403 on one resource type", s -> List.of(Fault.forbidden().onType(KEYS)), "HTTP 403"),
        degrades(
            "403 on all of Microsoft Graph",
            s -> List.of(Fault.forbidden().on(AzureService.GRAPH)),
            "was denied"),
        // Items that arrive but whose id does not say where they belong: each is placed where it
        // was listed, or its list is incomplete; never dropped while its list counts as collected.
        recovers(
            "ids without a leading slash in every ARM answer",
            s -> List.of(Fault.idsWithoutLeadingSlash().on(AzureService.ARM)),
            c -> c),
        recovers(
            "ids without a leading slash in every Resource Graph row",
            s -> List.of(Fault.idsWithoutLeadingSlash().on(AzureService.RESOURCE_GRAPH)),
            c -> c),
        recovers(
            "diagnostic setting and key ids that name another subscription",
            s ->
                List.of(
                    Fault.idsInAnotherSubscription().onType(DIAGNOSTICS),
                    Fault.idsInAnotherSubscription().onType(KEYS)),
            c -> c),
        degrades(
            "diagnostic settings without id or name",
            s -> List.of(Fault.itemsWithoutId().onType(DIAGNOSTICS)),
            UNPLACED),
        degrades(
            "Resource Graph rows of one subscription without id or name",
            s -> List.of(Fault.itemsWithoutId().on(AzureService.RESOURCE_GRAPH).onScope(sub(s, 2))),
            UNPLACED),
        degrades(
            "Resource Graph rows of one subscription that name another subscription",
            s ->
                List.of(
                    Fault.idsInAnotherSubscription()
                        .on(AzureService.RESOURCE_GRAPH)
                        .onScope(sub(s, 0))),
            UNPLACED),
        degrades(
            "Microsoft Graph objects without id",
            s -> List.of(Fault.itemsWithoutId().on(AzureService.GRAPH)),
            UNPLACED));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("faults")
  @Timeout(120)
  void aFaultCostsFindingsButNeverInventsOne(FaultCase fault) {
    FakeAzure.Builder builder = LiveScan.fake(served).unthrottled();
    fault.faults().apply(served).forEach(builder::fault);
    Snapshot collected;
    try (FakeAzure azure = builder.start()) {
      collected = LiveScan.collect(azure, fault.settings());
    }
    Report faulty = LiveScan.ENGINE.evaluate(collected);

    assertNoInventedVerdicts(faulty, fault.cause());
    assertEveryCleanFindingKeptOrUnknown(faulty, fault);
    if (fault.outcome() == Outcome.RECOVERS) {
      assertThat(collected.coverage().gaps()).as("coverage gaps").isEmpty();
      assertThat(faulty.findings()).containsExactlyElementsOf(clean.findings());
    } else {
      assertThat(collected.coverage().gaps())
          .as("coverage gaps")
          .isNotEmpty()
          .anySatisfy(gap -> assertThat(gap.reason()).contains(fault.cause()));
      assertLostFindingsNameTheCause(faulty, fault.cause());
    }
  }

  /** Every type a built-in rule reads, required or optionally: each one denied on its own below. */
  static Stream<ResourceType> typesTheRulesRead() {
    return LiveScan.ENGINE.typesToCollect().stream();
  }

  /**
   * The converse of the matrix above: a gap in one type changes only the findings that looked that
   * type up. Every other finding is identical to the clean scan's; a changed one names the denial.
   */
  @ParameterizedTest(name = "403 on {0} alone")
  @MethodSource("typesTheRulesRead")
  @Timeout(120)
  void aGapInOneTypeLeavesEveryFindingThatDidNotReadItAsItWas(ResourceType type) {
    FakeAzure.Builder builder =
        LiveScan.fake(served).unthrottled().fault(Fault.forbidden().onType(type.toString()));
    Snapshot collected;
    try (FakeAzure azure = builder.start()) {
      collected = LiveScan.collect(azure, UnaryOperator.identity());
    }
    Report faulty = LiveScan.ENGINE.evaluate(collected);

    Set<Finding> cleanFindings = new HashSet<>(clean.findings());
    assertThat(faulty.findings())
        .as("findings that changed without naming the denial of %s", type)
        .filteredOn(f -> !cleanFindings.contains(f))
        .filteredOn(f -> !namesTheCause(f, "HTTP 403"))
        .extracting(FaultMatrixTest::describe)
        .isEmpty();
    assertNoInventedVerdicts(faulty, "HTTP 403");
    assertEveryCleanFindingKeptOrUnknown(
        faulty, degrades("403 on " + type, s -> List.of(), "HTTP 403"));
  }

  /**
   * Zero false PASS, zero false FAIL: every verdict of the faulty scan has the same status for the
   * same rule and target in the clean scan. A verdict that still stands on partial data (a FAIL
   * decided by what was read) may word its message differently, but then it names the lost data.
   */
  private static void assertNoInventedVerdicts(Report faulty, String cause) {
    Set<Finding> cleanFindings = new HashSet<>(clean.findings());
    List<Finding> invented = new ArrayList<>();
    for (Finding finding : faulty.findings()) {
      if (finding.status() == Status.UNKNOWN || cleanFindings.contains(finding)) {
        continue;
      }
      boolean sameVerdict = clean.findings().stream().anyMatch(c -> sameVerdict(c, finding));
      boolean explained = !cause.isEmpty() && finding.message().contains(cause);
      if (!sameVerdict || !explained) {
        invented.add(finding);
      }
    }
    assertThat(invented)
        .as("verdicts the clean scan does not hold, or that do not name the lost data")
        .extracting(FaultMatrixTest::describe)
        .isEmpty();
  }

  /**
   * Every finding of the clean scan is still there, identical, or UNKNOWN for the same rule and
   * target.
   */
  private static void assertEveryCleanFindingKeptOrUnknown(Report faulty, FaultCase fault) {
    Set<Finding> faultyFindings = new HashSet<>(faulty.findings());
    List<Finding> lost = new ArrayList<>();
    for (Finding finding : clean.findings()) {
      boolean kept =
          faultyFindings.contains(finding)
              || faulty.findings().stream().anyMatch(f -> sameVerdict(f, finding));
      boolean unknown =
          faulty.findings().stream()
              .anyMatch(
                  f ->
                      f.status() == Status.UNKNOWN
                          && f.ruleId().equals(finding.ruleId())
                          && sameTargetOrWithin(f.target(), finding.target()));
      if (!kept && !unknown) {
        lost.add(finding);
      }
    }
    assertThat(lost)
        .as("clean findings that vanished under '%s'", fault.name())
        .extracting(FaultMatrixTest::describe)
        .isEmpty();
  }

  /**
   * The message names the fault, also when the data was lost because its parents were (a vault's
   * keys cannot be read when the vaults could not be listed).
   */
  private static boolean namesTheCause(Finding finding, String cause) {
    return finding.message().contains(cause);
  }

  private static boolean sameVerdict(Finding a, Finding b) {
    return a.ruleId().equals(b.ruleId())
        && a.target().equals(b.target())
        && a.status() == b.status();
  }

  /**
   * A finding about a resource may turn into an UNKNOWN finding about its subscription (a denied
   * scope), or about the part of it whose data was lost (its blob service).
   */
  private static boolean sameTargetOrWithin(Target unknown, Target original) {
    return original.id().isWithin(unknown.id()) || unknown.id().isWithin(original.id());
  }

  private static void assertLostFindingsNameTheCause(Report faulty, String cause) {
    Set<Finding> cleanFindings = new HashSet<>(clean.findings());
    List<Finding> changed =
        faulty.findings().stream().filter(f -> !cleanFindings.contains(f)).toList();
    // Changed verdicts were checked above; what turned UNKNOWN must say why.
    List<Finding> unknown = changed.stream().filter(f -> f.status() == Status.UNKNOWN).toList();
    boolean lost = !new HashSet<>(faulty.findings()).containsAll(clean.findings());
    assertThat(lost).as("the fault cost at least one finding").isTrue();
    assertThat(unknown)
        .as("UNKNOWN findings that do not name the cause '%s'", cause)
        .filteredOn(f -> !namesTheCause(f, cause))
        .extracting(FaultMatrixTest::describe)
        .isEmpty();
  }

  /** A finding in one line, with its clean counterparts, for failure messages. */
  private static String describe(Finding finding) {
    String counterparts =
        clean.findings().stream()
            .filter(c -> c.ruleId().equals(finding.ruleId()) && c.target().equals(finding.target()))
            .map(c -> c.status() + " " + c.message() + " " + c.evidence())
            .toList()
            .toString();
    return finding.ruleId()
        + " "
        + finding.status()
        + " "
        + finding.target().id()
        + ": "
        + finding.message()
        + " "
        + finding.evidence()
        + "\n    clean: "
        + counterparts;
  }

  private static String sub(Snapshot snapshot, int index) {
    return "/subscriptions/" + snapshot.metadata().subscriptions().get(index);
  }

  private static String firstOf(Snapshot snapshot, String type) {
    Resource first = snapshot.resources(ResourceType.of(type)).get(0);
    return first.id().toString();
  }

  private static FaultCase recovers(
      String name,
      Function<Snapshot, List<Fault>> faults,
      UnaryOperator<CollectorBuilder> settings) {
    return new FaultCase(name, faults, settings, Outcome.RECOVERS, "");
  }

  private static FaultCase degrades(
      String name, Function<Snapshot, List<Fault>> faults, String cause) {
    return degrades(name, faults, UnaryOperator.identity(), cause);
  }

  private static FaultCase degrades(
      String name,
      Function<Snapshot, List<Fault>> faults,
      UnaryOperator<CollectorBuilder> settings,
      String cause) {
    return new FaultCase(name, faults, settings, Outcome.DEGRADES, cause);
  }
}
