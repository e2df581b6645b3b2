package dev.readiness.testkit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import dev.readiness.testkit.fixtures.Tenant;
import dev.readiness.testkit.synthetic.SyntheticTenant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
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
 *   <li>when the data it declares was denied or not collected, it reports UNKNOWN, never PASS or
 *       FAIL;
 *   <li>it reports only about resource types it declares (the engine turns anything else into an
 *       ERROR finding, so no run may produce ERROR).
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
  private static final Set<String> TENANT_LEVEL_NAMESPACES =
      Set.of("microsoft.graph", "microsoft.aadiam");

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

  /** {@code base} with every type of {@code types} denied, or not collected, tenant-wide. */
  private static Snapshot withGaps(Snapshot base, Set<ResourceType> types, boolean denied) {
    Snapshot.Builder builder = copy(base);
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
    boolean tenantLevel = TENANT_LEVEL_NAMESPACES.contains(segments[0].toLowerCase(Locale.ROOT));
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
    return Resource.of(json);
  }
}
