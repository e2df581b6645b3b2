package dev.readiness.testkit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.api.ArmChange;
import dev.readiness.api.CoverageRecord;
import dev.readiness.api.Engine;
import dev.readiness.api.Finding;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceId;
import dev.readiness.api.ResourceType;
import dev.readiness.api.Rule;
import dev.readiness.api.RuleMetadata;
import dev.readiness.api.Snapshot;
import dev.readiness.api.Status;
import dev.readiness.api.fix.FixDeployment;
import dev.readiness.api.implementation.JacksonAccess;
import dev.readiness.testkit.fixtures.Tenant;
import dev.readiness.testkit.synthetic.SyntheticTenant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * The contract every rule keeps, built-in or custom:
 *
 * <ol>
 *   <li>its metadata is valid and the same object on every call;
 *   <li>it does not fail on an empty snapshot;
 *   <li>it is deterministic: evaluated twice on the same synthetic tenant, it reports the same
 *       findings;
 *   <li>when the data it declares was denied or not collected, and so none of it is held, it
 *       reports UNKNOWN, never PASS or FAIL;
 *   <li>a gap in one type it requires turns UNKNOWN at least every finding whose outcome that
 *       type's data decides: each finding that changes when the type's resources are taken away
 *       (but still counted as collected) is UNKNOWN when the type was denied instead;
 *   <li>it reports only about resource types it declares (the engine turns anything else into an
 *       ERROR finding, so no run may produce ERROR);
 *   <li>its fixes fix: the fixes of its failures on the synthetic tenant that make ARM or Graph
 *       changes and wait for no person, applied as a deployment would (every parameter at its
 *       default), leave no FAIL about those targets; and where the test classpath holds {@link
 *       ArmDefinitions#RESOURCE}, every ARM change keeps to Azure's definition of its type.
 * </ol>
 *
 * <p>Use {@link #verify(Rule)} in a test of one rule, or {@link #dynamicTests(Collection)} for a
 * whole rule set:
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> everyRuleKeepsTheContract() {
 *   return RuleContract.dynamicTests(BuiltInRules.all());
 * }
 * }</pre>
 */
public final class RuleContract {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private RuleContract() {}

  /**
   * Checks that {@code rule} keeps the contract.
   *
   * @throws AssertionError listing every clause the rule breaks, with the findings that show it
   */
  public static void verify(Rule rule) {
    RuleMetadata metadata = ValidMetadata.of(rule);
    List<String> broken = new ArrayList<>();
    if (rule.metadata() != metadata) {
      broken.add(
          "metadata() returns a new object on each call; build the metadata once and keep it.");
    }
    Engine engine = Engine.builder().addRule(rule).parallelism(1).build();

    Tenant nothing = Tenant.create();
    nothing.subscription("empty");
    Snapshot empty = nothing.snapshotFor(rule);
    List<Finding> onEmpty = engine.evaluate(empty).findings();
    requireNoErrors("On an empty snapshot", onEmpty, broken);

    Set<ResourceType> declared = new TreeSet<>(metadata.reads());
    declared.addAll(metadata.optionalReads());
    Snapshot tenant = withResourcesOf(declared, synthetic());
    List<Finding> first = engine.evaluate(tenant).findings();
    List<Finding> second = engine.evaluate(tenant).findings();
    requireNoErrors("On a synthetic tenant", first, broken);
    if (!first.equals(second)) {
      broken.add(
          "It is not deterministic: two evaluations of the same snapshot differ.\nFirst:\n"
              + FindingText.describeAll(first)
              + "\nSecond:\n"
              + FindingText.describeAll(second));
    }

    if (!declared.isEmpty()) {
      requireUnknownWhenMissing(engine, "denied", withGaps(tenant, declared, true), broken);
      requireUnknownWhenMissing(engine, "not collected", withGaps(tenant, declared, false), broken);
    }
    for (ResourceType type : metadata.reads()) {
      requireGatedOn(engine, type, tenant, first, broken);
    }
    requireFixesThatFix(engine, tenant, first, broken);
    if (!broken.isEmpty()) {
      throw new AssertionError(
          "Rule " + metadata.id() + " breaks the rule contract:\n- " + String.join("\n- ", broken));
    }
  }

  /**
   * One dynamic test per rule, named after it, each running {@link #verify(Rule)}.
   *
   * @throws IllegalArgumentException when {@code rules} is empty: a contract test over nothing
   *     proves nothing
   */
  public static Stream<DynamicTest> dynamicTests(Collection<? extends Rule> rules) {
    if (rules.isEmpty()) {
      throw new IllegalArgumentException("No rules to check: the collection is empty.");
    }
    return rules.stream()
        .map(
            rule ->
                DynamicTest.dynamicTest(
                    nameOf(rule) + " keeps the rule contract", () -> verify(rule)));
  }

  private static String nameOf(Rule rule) {
    try {
      return rule.metadata().id();
    } catch (RuntimeException invalid) {
      return rule.getClass().getName();
    }
  }

  private static Snapshot synthetic() {
    return SyntheticTenant.builder()
        .seed(42)
        .subscriptions(2)
        .resourcesPerSubscription(150)
        .misconfiguredFraction(0.5)
        .users(5)
        .build()
        .snapshot();
  }

  /**
   * Applies the automated fixes of the failures in {@code findings} to {@code tenant} and requires
   * that no FAIL about their targets is left, and that each ARM change keeps to its definition
   * where the classpath has definitions.
   */
  private static void requireFixesThatFix(
      Engine engine, Snapshot tenant, List<Finding> findings, List<String> broken) {
    List<Finding> automated =
        findings.stream()
            .filter(f -> f.status() == Status.FAIL)
            .filter(f -> !f.fix().isEmpty() && !f.fix().needsHuman())
            .toList();
    if (automated.isEmpty()) {
      return;
    }
    ArmDefinitions.onClasspath()
        .ifPresent(
            definitions ->
                automated.stream()
                    .flatMap(f -> f.fix().changes().stream())
                    .filter(ArmChange.class::isInstance)
                    .map(ArmChange.class::cast)
                    .distinct()
                    .forEach(
                        change ->
                            definitions
                                .problems(change)
                                .forEach(
                                    problem ->
                                        broken.add(
                                            "Its fix "
                                                + change.type()
                                                + "@"
                                                + change.apiVersion()
                                                + " does not keep to Azure's definition: "
                                                + problem))));
    Snapshot fixed =
        FixDeployment.withValues(Map.of())
            .apply(tenant, automated.stream().map(Finding::fix).toList());
    Set<String> stillFailing = new TreeSet<>();
    engine.evaluate(fixed).findings().stream()
        .filter(f -> f.status() == Status.FAIL)
        .forEach(f -> stillFailing.add(f.target().id().key()));
    List<Finding> notFixed =
        automated.stream().filter(f -> stillFailing.contains(f.target().id().key())).toList();
    if (!notFixed.isEmpty()) {
      broken.add(
          "Its own fixes, applied to the synthetic tenant, leave these failures standing:\n"
              + FindingText.describeAll(notFixed));
    }
  }

  private static void requireNoErrors(String when, List<Finding> findings, List<String> broken) {
    List<Finding> errors = findings.stream().filter(f -> f.status() == Status.ERROR).toList();
    if (!errors.isEmpty()) {
      broken.add(when + " it produced ERROR:\n" + FindingText.describeAll(errors));
    }
  }

  private static void requireUnknownWhenMissing(
      Engine engine, String how, Snapshot snapshot, List<String> broken) {
    List<Finding> findings = engine.evaluate(snapshot).findings();
    requireNoErrors("With its data " + how, findings, broken);
    List<Finding> decided =
        findings.stream()
            .filter(f -> f.status() == Status.PASS || f.status() == Status.FAIL)
            .toList();
    if (!decided.isEmpty()) {
      broken.add(
          "With every type it declares "
              + how
              + ", it still decided (PASS or FAIL instead of UNKNOWN); check the types given to"
              + " dependsOn(..):\n"
              + FindingText.describeAll(decided));
    }
  }

  /**
   * A gap in {@code type} may cost findings but never leaves one standing that the missing data
   * decides. Each PASS or FAIL reported with {@code type} denied (and so none of its resources
   * held) must be reported alike both with the data and with the type's resources taken away while
   * still counted as collected; a verdict that differs between those two rests on that data. A
   * verdict that stands either way may read differently only when it names the gap.
   */
  private static void requireGatedOn(
      Engine engine, ResourceType type, Snapshot base, List<Finding> clean, List<String> broken) {
    Snapshot.Builder emptied = Snapshot.builder(base.metadata()).coverage(base.coverage());
    base.resources().stream().filter(r -> !r.type().equals(type)).forEach(emptied::add);
    List<Finding> withoutData = engine.evaluate(emptied.build()).findings();
    List<Finding> ungated =
        engine.evaluate(withGaps(base, Set.of(type), true)).findings().stream()
            .filter(f -> f.status() == Status.PASS || f.status() == Status.FAIL)
            .filter(f -> !standsAlike(f, clean, type) || !standsAlike(f, withoutData, type))
            .toList();
    if (!ungated.isEmpty()) {
      broken.add(
          "With "
              + type
              + " denied, it still decided findings that data decides (PASS or FAIL instead of"
              + " UNKNOWN, or a verdict that reads otherwise without naming the gap); read that"
              + " data through the snapshot on the rule's thread, or name the type with"
              + " dependsOn(..):\n"
              + FindingText.describeAll(ungated));
    }
  }

  /**
   * True when {@code findings} hold {@code finding} itself, or a finding about its target with its
   * status while {@code finding} names the gap in {@code type}.
   */
  private static boolean standsAlike(Finding finding, List<Finding> findings, ResourceType type) {
    if (findings.contains(finding)) {
      return true;
    }
    boolean namesTheGap = finding.message().toLowerCase(Locale.ROOT).contains(type.key());
    return namesTheGap
        && findings.stream()
            .anyMatch(f -> f.target().equals(finding.target()) && f.status() == finding.status());
  }

  /**
   * {@code base} plus, for every type in {@code declared} that has no resource in it, one minimal
   * resource of that type, so the rule has something to look at; every declared type COLLECTED.
   */
  private static Snapshot withResourcesOf(Set<ResourceType> declared, Snapshot base) {
    Snapshot.Builder builder = copy(base).coverage(base.coverage());
    String subscription = base.metadata().subscriptions().get(0);
    for (ResourceType type : declared) {
      if (base.resources(type).isEmpty()) {
        builder.add(minimalResource(type, subscription));
      }
    }
    return builder.collected(ResourceId.TENANT, declared).build();
  }

  /**
   * {@code base} with every type of {@code types} denied, or not collected, tenant-wide, and so
   * none of their resources held.
   */
  private static Snapshot withGaps(Snapshot base, Set<ResourceType> types, boolean denied) {
    Snapshot.Builder builder = Snapshot.builder(base.metadata());
    base.resources().stream().filter(r -> !types.contains(r.type())).forEach(builder::add);
    for (CoverageRecord record : base.coverage().records()) {
      if (!types.contains(record.type())) {
        builder.coverage(record);
      }
    }
    if (denied) {
      for (ResourceType type : types) {
        builder.coverage(
            CoverageRecord.denied(ResourceId.TENANT, type, 403, type + "/read", "GET " + type));
      }
    }
    return builder.build();
  }

  private static Snapshot.Builder copy(Snapshot base) {
    return Snapshot.builder(base.metadata()).addAll(base.resources());
  }

  /** A resource of {@code type} with empty properties, where ARM would put one. */
  private static Resource minimalResource(ResourceType type, String subscription) {
    String[] segments = type.toString().split("/");
    boolean tenantLevel = type.isTenantLevel();
    StringBuilder id =
        new StringBuilder(
            tenantLevel ? "" : "/subscriptions/" + subscription + "/resourceGroups/rg-contract");
    id.append("/providers/").append(segments[0]);
    for (int i = 1; i < segments.length; i++) {
      id.append('/').append(segments[i]).append("/contract-").append(i);
    }
    ObjectNode json = MAPPER.createObjectNode();
    json.put("id", id.toString());
    json.put("name", "contract-" + (segments.length - 1));
    json.put("type", type.toString());
    json.putObject("properties");
    return JacksonAccess.forms().resource(json);
  }
}
