package dev.readiness.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lookups one rule makes in the snapshot while it runs, so that the engine can gate each
 * finding on exactly the data it could have depended on: a gap in a type the finding never looked
 * up leaves it decided.
 *
 * <p>The snapshot records every lookup made on the thread that runs the rule. A lookup belongs to a
 * finding when it was made while that finding was being worked out (between the previous finding
 * and this one), or when it asked about the finding's target or a scope above it at any time during
 * the run: an index a rule builds once, before its first finding, still counts for every finding it
 * serves.
 */
final class ReadLog {
  private static final ThreadLocal<ReadLog> CURRENT = new ThreadLocal<>();

  /**
   * One lookup.
   *
   * @param type the type asked for
   * @param scope where: the tenant, a scope, the parent of children, or the id that was missing
   * @param listing true for a listing by type ({@link Snapshot#resources(ResourceType)} and its
   *     scoped form), which may only have served to pick the rule's targets
   */
  record Read(ResourceType type, ResourceId scope, boolean listing) {}

  private final Map<ResourceId, Set<Read>> byScope = new HashMap<>();

  // Both windows are made on the first lookup or gap after a finding: most findings are told of no
  // gap, and a set per finding would be garbage the collector copies while the run goes on.
  private Set<Read> window = Set.of();

  /** The coverage gaps the rule was told of since the previous finding. */
  private Set<CoverageRecord> gapWindow = Set.of();

  /** The parent {@link #aboutAbove} was last asked about, and its answer. */
  private ResourceId lastParent;

  private List<Read> aboveLastParent = List.of();

  /** Runs {@code body} with the lookups made on this thread recorded in this log. */
  void during(Runnable body) {
    ReadLog outer = CURRENT.get();
    CURRENT.set(this);
    try {
      body.run();
    } finally {
      CURRENT.set(outer);
    }
  }

  /** Records a lookup on this thread's log, if a rule is running on it. */
  static void record(ResourceType type, ResourceId scope, boolean listing) {
    ReadLog log = CURRENT.get();
    if (log != null) {
      Read read = new Read(type, scope, listing);
      if (log.window.isEmpty()) {
        log.window = new LinkedHashSet<>();
      }
      log.window.add(read);
      log.byScope.computeIfAbsent(scope, s -> new LinkedHashSet<>()).add(read);
    }
  }

  /**
   * Records that {@link Coverage#missing} answered {@code gap} on this thread, if a rule is running
   * on it: the finding worked out next speaks for that gap (see {@link #endGapWindow}).
   */
  static void recordGap(CoverageRecord gap) {
    ReadLog log = CURRENT.get();
    if (log != null) {
      if (log.gapWindow.isEmpty()) {
        log.gapWindow = new LinkedHashSet<>();
      }
      log.gapWindow.add(gap);
    }
  }

  /**
   * The gaps the rule was told of since the previous call: a rule asks why data is missing to say
   * so in the finding it is working out, so that finding (unless it passes) names them, as data,
   * whatever its words.
   */
  Set<CoverageRecord> endGapWindow() {
    Set<CoverageRecord> ended = gapWindow;
    gapWindow = Set.of();
    return ended;
  }

  /** The lookups made since the previous call; the next finding starts a new window. */
  Set<Read> endWindow() {
    Set<Read> ended = window;
    window = Set.of();
    return ended;
  }

  /** The lookups made at any time during the run that asked about {@code id} itself. */
  Set<Read> aboutItself(ResourceId id) {
    return byScope.getOrDefault(id, Set.of());
  }

  /**
   * The lookups made at any time during the run that asked about a scope above {@code id}, from its
   * parent up to the tenant root. Asked once the run has ended, for each finding in turn.
   */
  List<Read> aboutAbove(ResourceId id) {
    if (id.equals(ResourceId.TENANT)) {
      return List.of();
    }
    // Findings come in the order of their targets, so most share the parent of the one before:
    // a comparison of the prefix finds it, where parent() would build and hash each id above.
    if (lastParent != null && id.hasParentSpelled(lastParent)) {
      return aboveLastParent;
    }
    ResourceId parent = id.parent();
    List<Read> found = new ArrayList<>();
    ResourceId current = parent;
    while (true) {
      found.addAll(aboutItself(current));
      if (current.equals(ResourceId.TENANT)) {
        break;
      }
      current = current.parent();
    }
    lastParent = parent;
    aboveLastParent = List.copyOf(found);
    return aboveLastParent;
  }
}
