package dev.readiness.rules.support;

import dev.readiness.api.Evidence;
import dev.readiness.api.Resource;
import dev.readiness.api.Snapshot;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What {@link GuestLogs} found for one machine. */
public final class GuestLogCollection {
  private final Resource machine;
  private final List<String> gaps;
  private final List<String> unknown;
  private final List<Evidence> evidence;

  /** Where each required log lands, keyed by its label, in the order the options name them. */
  private final Map<String, List<GuestLogs.Sink>> sinks;

  /** True when the machine is known to have no Azure Monitor Agent. */
  private final boolean agentMissing;

  /** True when no associated data collection rule sends the required logs to a workspace. */
  private final boolean collectionMissing;

  GuestLogCollection(
      Resource machine,
      List<String> gaps,
      List<String> unknown,
      List<Evidence> evidence,
      Map<String, List<GuestLogs.Sink>> sinks,
      boolean agentMissing,
      boolean collectionMissing) {
    this.machine = machine;
    this.agentMissing = agentMissing;
    this.collectionMissing = collectionMissing;
    this.gaps = List.copyOf(gaps);
    this.unknown = List.copyOf(unknown);
    this.evidence = List.copyOf(evidence);
    // Map.copyOf would iterate in an order that changes from one JVM to the next, and that order
    // reaches messages and evidence; the copy keeps the order of the required logs.
    Map<String, List<GuestLogs.Sink>> ordered = new LinkedHashMap<>();
    sinks.forEach((log, found) -> ordered.put(log, List.copyOf(found)));
    this.sinks = Collections.unmodifiableMap(ordered);
  }

  /** True when the machine is known to have no Azure Monitor Agent. */
  public boolean agentMissing() {
    return agentMissing;
  }

  /** True when no associated data collection rule sends the required logs to a workspace. */
  public boolean collectionMissing() {
    return collectionMissing;
  }

  /** The machine. */
  public Resource machine() {
    return machine;
  }

  /** The missing links, as clauses ("no data collection rule association"); empty when none. */
  public List<String> gaps() {
    return gaps;
  }

  /** Why the collection cannot be decided, when a link was not collected and nothing failed. */
  public Optional<String> unknownReason() {
    return gaps.isEmpty() && !unknown.isEmpty()
        ? Optional.of(String.join("; ", unknown))
        : Optional.empty();
  }

  /** True when the required logs reach a workspace. */
  public boolean complete() {
    return gaps.isEmpty() && unknown.isEmpty();
  }

  /** The values that decided it. */
  public List<Evidence> evidence() {
    return evidence;
  }

  /**
   * Where the collected logs land, over every required log or facility that is collected, in the
   * order the options name the logs and each rule lists its sources.
   */
  public List<GuestLogs.Sink> sinks() {
    List<GuestLogs.Sink> all = new ArrayList<>();
    sinks.values().forEach(all::addAll);
    return all;
  }

  /**
   * How long each collected log is kept, in the order the options name the logs: per log the best
   * of the workspaces and tables it lands in (any of them keeps it). Logs that reach no workspace
   * are left out.
   */
  public List<LogRetention> retentions(Snapshot snapshot, int thresholdDays) {
    List<LogRetention> kept = new ArrayList<>();
    sinks.forEach(
        (log, found) -> {
          if (!found.isEmpty()) {
            List<Retention> candidates = new ArrayList<>();
            for (GuestLogs.Sink sink : found) {
              candidates.add(
                  RetentionChain.ofWorkspace(
                      snapshot, sink.workspace(), Optional.of(sink.table())));
            }
            kept.add(new LogRetention(log, Retention.best(candidates, thresholdDays)));
          }
        });
    return kept;
  }

  /**
   * How long an investigator can rely on having the guest logs: the shortest of {@link
   * #retentions}, since every required log is needed (see {@link Retention#shortest}).
   */
  public Retention retention(Snapshot snapshot, int thresholdDays) {
    return Retention.shortest(
        retentions(snapshot, thresholdDays).stream()
            .map(kept -> kept.retention().about(kept.log()))
            .toList(),
        thresholdDays);
  }

  /**
   * How long one required log is kept.
   *
   * @param log the log's label, such as "the Security event log" or "Syslog facility auth"
   * @param retention the best retention over the places it lands in
   */
  public record LogRetention(String log, Retention retention) {}
}
