package dev.readiness.rules.support;

import dev.readiness.api.Evidence;
import dev.readiness.api.Resource;
import dev.readiness.api.Snapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What {@link GuestLogs} found for one machine. */
public final class GuestLogCollection {
  private final Resource machine;
  private final List<String> gaps;
  private final List<String> unknown;
  private final List<Evidence> evidence;
  private final Map<String, List<GuestLogs.Sink>> sinks;

  GuestLogCollection(
      Resource machine,
      List<String> gaps,
      List<String> unknown,
      List<Evidence> evidence,
      Map<String, List<GuestLogs.Sink>> sinks) {
    this.machine = machine;
    this.gaps = List.copyOf(gaps);
    this.unknown = List.copyOf(unknown);
    this.evidence = List.copyOf(evidence);
    this.sinks = Map.copyOf(sinks);
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

  /** Where the collected logs land, over every required log or facility that is collected. */
  public List<GuestLogs.Sink> sinks() {
    List<GuestLogs.Sink> all = new ArrayList<>();
    sinks.values().forEach(all::addAll);
    return all;
  }

  /** The best retention over the workspaces that receive the logs. */
  public Retention retention(Snapshot snapshot, int thresholdDays) {
    List<Retention> candidates = new ArrayList<>();
    for (GuestLogs.Sink sink : sinks()) {
      candidates.add(
          RetentionChain.ofWorkspace(snapshot, sink.workspace(), Optional.of(sink.table())));
    }
    return Retention.best(candidates, thresholdDays);
  }
}
