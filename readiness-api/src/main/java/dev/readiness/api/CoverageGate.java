package dev.readiness.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Decides which missing data could have changed a finding: the required types the rule looked up
 * for it, each where it looked. A gap in data the finding never looked up leaves it decided, so one
 * denied provider does not blank findings about resources that have nothing to do with it.
 *
 * <p>Two kinds of lookup count for a finding (see {@link ReadLog}): those made while it was worked
 * out, and those about its target or a scope above it made at any time during the run. A listing of
 * a type the rule reports on each resource of only picks the rule's targets; it does not count for
 * a finding about such a resource, whose own data the rule holds. Where such a listing is
 * incomplete, the engine reports the scope as UNKNOWN instead.
 *
 * <p>{@link #apply} is the whole gate for one rule's run: it turns each finding whose data is
 * missing into UNKNOWN and adds an UNKNOWN finding for each gap the rule left silent.
 */
final class CoverageGate {
  private final RuleMetadata rule;
  private final ReadLog reads;
  private final Coverage coverage;
  private final List<ResourceId> subscriptions;

  /** The types the rule reports on each resource of: declared, or the types of its targets. */
  private final Set<ResourceType> enumerated;

  CoverageGate(
      RuleMetadata rule,
      Collection<RuleContext.Reported> reported,
      ReadLog reads,
      Snapshot snapshot) {
    this.rule = rule;
    this.reads = reads;
    this.coverage = snapshot.coverage();
    this.subscriptions = snapshot.subscriptions().stream().map(ResourceId::subscription).toList();
    this.enumerated = new HashSet<>(rule.reportsOnEach());
    for (RuleContext.Reported item : reported) {
      if (!item.target().isScope()) {
        enumerated.add(item.target().type());
      }
    }
  }

  /**
   * The gaps in the data the finding depends on, each once, in the order met; empty when none. When
   * the rule named the types the outcome rests on, only lookups of those count, and each is checked
   * at the target as well.
   */
  List<CoverageRecord> whyMissing(RuleContext.Reported item) {
    ResourceId target = item.target().id();
    Set<ResourceType> named = item.dependsOn();
    boolean aboutAnEnumeratedResource =
        !item.target().isScope() && enumerated.contains(item.target().type());
    // Made on the first gap found: most findings have none.
    Set<CoverageRecord> reasons = Set.of();
    for (ReadLog.Read read : item.lookedUp()) {
      reasons = add(reasons, whyMissing(item, aboutAnEnumeratedResource, read));
    }
    for (ReadLog.Read read : reads.aboutItself(target)) {
      reasons = add(reasons, whyMissing(item, aboutAnEnumeratedResource, read));
    }
    for (ReadLog.Read read : reads.aboutAbove(target)) {
      reasons = add(reasons, whyMissing(item, aboutAnEnumeratedResource, read));
    }
    for (ResourceType type : named) {
      // Holding the target is proof enough of its own type.
      if (item.target().isScope() || !type.equals(item.target().type())) {
        reasons = add(reasons, whyMissing(target, type));
      }
    }
    return List.copyOf(reasons);
  }

  /** The gap, if any, that {@code read} made for {@code item}. */
  private Optional<CoverageRecord> whyMissing(
      RuleContext.Reported item, boolean aboutAnEnumeratedResource, ReadLog.Read read) {
    boolean onlyPickedTargets =
        read.listing() && aboutAnEnumeratedResource && enumerated.contains(read.type());
    Set<ResourceType> named = item.dependsOn();
    // Optional types are the rule's to speak for; it says UNKNOWN for that part itself.
    boolean counts =
        named.isEmpty() ? rule.reads().contains(read.type()) : named.contains(read.type());
    if (!counts || onlyPickedTargets) {
      return Optional.empty();
    }
    ResourceId target = item.target().id();
    ResourceId where = target.isWithin(read.scope()) ? target : read.scope();
    return whyMissing(where, read.type());
  }

  /** {@code reasons} with {@code reason} added, made modifiable on the first one. */
  private static Set<CoverageRecord> add(
      Set<CoverageRecord> reasons, Optional<CoverageRecord> reason) {
    if (reason.isEmpty()) {
      return reasons;
    }
    Set<CoverageRecord> grown = reasons.isEmpty() ? new LinkedHashSet<>() : reasons;
    grown.add(reason.get());
    return grown;
  }

  /**
   * The gap that leaves {@code type} missing at {@code scope}. A lookup over the whole tenant of a
   * type that is collected per subscription is complete when every subscription was collected.
   */
  private Optional<CoverageRecord> whyMissing(ResourceId scope, ResourceType type) {
    Optional<CoverageRecord> reason = coverage.missing(scope, type);
    if (reason.isPresent()
        && scope.equals(ResourceId.TENANT)
        && !subscriptions.isEmpty()
        && subscriptions.stream().allMatch(s -> coverage.isCollected(s, type))) {
      return Optional.empty();
    }
    return reason;
  }

  /**
   * A finding after the gate, with the gaps it speaks for: those the rule named, or those that
   * turned it UNKNOWN when the gate replaced its message.
   */
  private record Gated(Finding finding, Set<CoverageRecord> named) {}

  /**
   * Applies coverage: no PASS or FAIL on data that was not collected; no silent gaps. A gap is
   * spoken for by the findings that name its record, never by the words of their messages.
   */
  static List<Finding> apply(
      RuleMetadata rule, List<RuleContext.Reported> reported, ReadLog reads, Snapshot snapshot) {
    CoverageGate coverageGate = new CoverageGate(rule, reported, reads, snapshot);
    List<Gated> gated = new ArrayList<>(reported.size());
    // Findings turned UNKNOWN by the same gaps share one message.
    Map<List<CoverageRecord>, String> messages = new HashMap<>();
    for (RuleContext.Reported item : reported) {
      // The rule's own set, unmodifiable; replaced, not changed, when the gate names gaps.
      Set<CoverageRecord> named = item.named();
      Finding finding =
          new Finding(
              rule.id(),
              item.status(),
              rule.severity(),
              item.target(),
              item.message(),
              item.evidence(),
              rule.remediation(),
              item.fix());
      if (item.status() == Status.PASS || item.status() == Status.FAIL) {
        List<CoverageRecord> gaps = coverageGate.whyMissing(item);
        if (!gaps.isEmpty()) {
          finding =
              finding.withOutcome(
                  Status.UNKNOWN, messages.computeIfAbsent(gaps, CoverageGate::notEvaluated));
          // The rule's message is replaced, and with it whatever gaps the rule told of.
          named = new LinkedHashSet<>(gaps);
        }
      }
      gated.add(new Gated(finding, named));
    }
    List<Finding> findings = new ArrayList<>(gated.stream().map(Gated::finding).toList());
    findings.addAll(silentGaps(rule, gated, snapshot));
    return findings;
  }

  /** "Not evaluated: " and the reason of each gap, each reason once. */
  private static String notEvaluated(Collection<CoverageRecord> gaps) {
    return "Not evaluated: "
        + String.join("; ", new LinkedHashSet<>(gaps.stream().map(CoverageRecord::reason).toList()))
        + ".";
  }

  /**
   * UNKNOWN findings for the scopes where the rule's data is missing and the rule reported nothing:
   * a denied subscription holds resources nobody saw, and must not look clean.
   */
  private static List<Finding> silentGaps(RuleMetadata rule, List<Gated> gated, Snapshot snapshot) {
    List<Finding> findings = gated.stream().map(Gated::finding).toList();
    Coverage coverage = snapshot.coverage();
    // Every type the rule cannot do without is checked in every subscription (or the tenant).
    Map<ResourceId, Set<ResourceType>> checks = new LinkedHashMap<>();
    snapshot
        .metadata()
        .subscriptions()
        .forEach(s -> checks.put(ResourceId.subscription(s), new LinkedHashSet<>(rule.reads())));
    if (checks.isEmpty()) {
      checks.put(ResourceId.TENANT, new LinkedHashSet<>(rule.reads()));
    }
    // Where a gap itself lies, only its own type is checked: a tenant-wide Microsoft Graph failure
    // says nothing of the per-subscription types, which have no record at the tenant root.
    for (CoverageRecord gap : coverage.gaps()) {
      if (hides(rule, gap)) {
        checks.computeIfAbsent(gap.scope(), s -> new LinkedHashSet<>()).add(gap.type());
      }
    }
    Map<ResourceId, Set<CoverageRecord>> reasonsByScope = new TreeMap<>();
    // Resources the rule reports on each of, lost with a listing, are named where they were lost:
    // a finding elsewhere that names the same gap (a tenant-wide count, say) does not stand in
    // for them.
    Set<CoverageRecord> lostListings = new HashSet<>();
    checks.forEach(
        (scope, types) -> {
          for (ResourceType type : types) {
            CoverageRecord record = coverage.decide(scope, type);
            if (!record.isCollected() && rule.reportsOnEach().contains(type)) {
              lostListings.add(record);
            }
            if (!record.isCollected()) {
              // Report at the scope that decided the gap: one finding for a tenant-wide denial.
              ResourceId decidedAt =
                  record.scope().key().length() < scope.key().length() ? record.scope() : scope;
              reasonsByScope.computeIfAbsent(decidedAt, s -> new LinkedHashSet<>()).add(record);
            }
          }
        });
    List<Finding> unknown = new ArrayList<>();
    Map<CoverageRecord, List<ResourceId>> namedBy = namedBy(gated);
    reasonsByScope.forEach(
        (scope, reasons) -> {
          List<CoverageRecord> silent =
              !scope.isScope() && aboutTheResourceOrAbove(scope, findings)
                  ? List.of()
                  : unnamed(reasons, scope, namedBy, lostListings);
          if (!silent.isEmpty()) {
            Target target =
                scope.isScope()
                    ? Target.scope(scope)
                    : new Target(scope, scope.name(), scope.type());
            unknown.add(
                new Finding(
                    rule.id(),
                    Status.UNKNOWN,
                    rule.severity(),
                    target,
                    notEvaluated(silent),
                    List.of(),
                    rule.remediation()));
          }
        });
    return unknown;
  }

  /**
   * True when {@code gap} hides data the rule works on: a gap in a scope of a type the rule cannot
   * do without; a gap under one resource (one vault's keys failed) of such a type, when the rule
   * reads that resource's type (or an ancestor's); or a gap of a type whose every resource the rule
   * reports on, which otherwise would just be missing from the report.
   */
  private static boolean hides(RuleMetadata rule, CoverageRecord gap) {
    if (rule.reportsOnEach().contains(gap.type())) {
      return true;
    }
    if (!rule.reads().contains(gap.type())) {
      return false;
    }
    for (ResourceId id = gap.scope(); !id.isScope(); id = id.parent()) {
      if (rule.reads().contains(id.type())) {
        return true;
      }
    }
    return gap.scope().isScope();
  }

  /** For each gap some finding names, the targets of the findings that name it. */
  private static Map<CoverageRecord, List<ResourceId>> namedBy(List<Gated> gated) {
    Map<CoverageRecord, List<ResourceId>> named = new HashMap<>();
    for (Gated item : gated) {
      for (CoverageRecord gap : item.named()) {
        named.computeIfAbsent(gap, g -> new ArrayList<>()).add(item.finding().target().id());
      }
    }
    return named;
  }

  /**
   * The gaps no finding in {@code scope} names (for a lost listing, no finding about the scope
   * itself): a gap is silent until one does.
   */
  private static List<CoverageRecord> unnamed(
      Set<CoverageRecord> gaps,
      ResourceId scope,
      Map<CoverageRecord, List<ResourceId>> namedBy,
      Set<CoverageRecord> lostListings) {
    return gaps.stream()
        .filter(
            gap ->
                namedBy.getOrDefault(gap, List.of()).stream()
                    .noneMatch(
                        id -> lostListings.contains(gap) ? id.equals(scope) : id.isWithin(scope)))
        .toList();
  }

  /**
   * True when a finding is about the resource a gap hangs on or a resource it belongs to: the rule
   * judged that resource, and the engine's gating or the rule's own {@code dependsOn} already
   * decided what the gap means for it. A finding about another resource below it (a secret of the
   * vault whose keys failed) decides nothing about the gap.
   */
  private static boolean aboutTheResourceOrAbove(ResourceId gap, List<Finding> findings) {
    return findings.stream()
        .map(f -> f.target().id())
        .anyMatch(id -> !id.isScope() && gap.isWithin(id));
  }
}
