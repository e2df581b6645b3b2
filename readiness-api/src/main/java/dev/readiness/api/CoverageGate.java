package dev.readiness.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
   * Why data the finding depends on is missing, each reason once, in the order met; empty when
   * none. When the rule named the types the outcome rests on, only lookups of those count, and each
   * is checked at the target as well.
   */
  List<String> whyMissing(RuleContext.Reported item) {
    ResourceId target = item.target().id();
    Set<ResourceType> named = item.dependsOn();
    boolean aboutAnEnumeratedResource =
        !item.target().isScope() && enumerated.contains(item.target().type());
    Set<String> reasons = new LinkedHashSet<>();
    List<ReadLog.Read> lookedUp = new ArrayList<>(item.lookedUp());
    lookedUp.addAll(reads.about(target));
    for (ReadLog.Read read : lookedUp) {
      boolean onlyPickedTargets =
          read.listing() && aboutAnEnumeratedResource && enumerated.contains(read.type());
      // Optional types are the rule's to speak for; it says UNKNOWN for that part itself.
      boolean counts =
          named.isEmpty() ? rule.reads().contains(read.type()) : named.contains(read.type());
      if (counts && !onlyPickedTargets) {
        ResourceId where = target.isWithin(read.scope()) ? target : read.scope();
        whyMissing(where, read.type()).ifPresent(reasons::add);
      }
    }
    for (ResourceType type : named) {
      // Holding the target is proof enough of its own type.
      if (item.target().isScope() || !type.equals(item.target().type())) {
        whyMissing(target, type).ifPresent(reasons::add);
      }
    }
    return List.copyOf(reasons);
  }

  /**
   * Why {@code type} is missing at {@code scope}. A lookup over the whole tenant of a type that is
   * collected per subscription is complete when every subscription was collected.
   */
  private Optional<String> whyMissing(ResourceId scope, ResourceType type) {
    Optional<String> reason = coverage.whyMissing(scope, type);
    if (reason.isPresent()
        && scope.equals(ResourceId.TENANT)
        && !subscriptions.isEmpty()
        && subscriptions.stream().allMatch(s -> coverage.isCollected(s, type))) {
      return Optional.empty();
    }
    return reason;
  }
}
