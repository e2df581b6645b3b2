package dev.readiness.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a rule sees while it runs: the snapshot, the reference time, and where it reports findings.
 * One context serves one rule on one snapshot; the engine creates it.
 */
public final class RuleContext {
  private final Snapshot snapshot;
  private final Instant now;
  private final RuleMetadata rule;
  private final List<Reported> reported = new ArrayList<>();

  /** The findings started and not yet reported, in the order started. */
  private final Set<FindingBuilder> open = new LinkedHashSet<>();

  private final ReadLog reads = new ReadLog();

  RuleContext(Snapshot snapshot, Instant now, RuleMetadata rule) {
    this.snapshot = snapshot;
    this.now = now;
    this.rule = rule;
  }

  /** The snapshot under evaluation. */
  public Snapshot snapshot() {
    return snapshot;
  }

  /**
   * The reference time for ages and expiry: always the snapshot's capture time, never the clock, so
   * that the same snapshot gives the same findings whenever it is evaluated.
   */
  public Instant now() {
    return now;
  }

  /** The metadata of the rule being run. */
  public RuleMetadata rule() {
    return rule;
  }

  /** The snapshot's coverage. */
  public Coverage coverage() {
    return snapshot.coverage();
  }

  /** The resources of {@code type} in the snapshot, sorted by id. */
  public List<Resource> resources(ResourceType type) {
    return snapshot.resources(type);
  }

  /** The resources of {@code type} that are {@code scope} or lie below it, sorted by id. */
  public List<Resource> resources(ResourceType type, ResourceId scope) {
    return snapshot.resources(type, scope);
  }

  /**
   * Starts a verdict about {@code resource} whose message starts with {@code label}, such as "Key
   * vault 'kv-prod'": the way a rule reports a finding.
   */
  public Verdict verdict(Resource resource, String label) {
    return new Verdict(report(resource), label(label));
  }

  /** Starts a verdict about {@code target}, such as a subscription or the tenant; see above. */
  public Verdict verdict(Target target, String label) {
    return new Verdict(report(target), label(label));
  }

  /**
   * Starts a verdict about {@code resource} whose parts are whole clauses that name their subject
   * ("Storage account 'st1' exports StorageRead to …").
   */
  public Verdict verdict(Resource resource) {
    return new Verdict(report(resource), null);
  }

  /** Starts a verdict about {@code target} whose parts are whole clauses; see above. */
  public Verdict verdict(Target target) {
    return new Verdict(report(target), null);
  }

  private static String label(String label) {
    Objects.requireNonNull(label, "'label' cannot be null.");
    if (label.isBlank()) {
      throw new IllegalArgumentException("A verdict's label cannot be blank.");
    }
    return label;
  }

  /**
   * Starts a finding about {@code resource}: the low level under {@link #verdict(Resource,
   * String)}, ended by one status method.
   */
  public FindingBuilder report(Resource resource) {
    return started(new FindingBuilder(Target.of(resource)));
  }

  /** Starts a finding about {@code target}, such as a subscription or the tenant. */
  public FindingBuilder report(Target target) {
    return started(new FindingBuilder(Objects.requireNonNull(target, "'target' cannot be null.")));
  }

  private FindingBuilder started(FindingBuilder finding) {
    synchronized (reported) {
      open.add(finding);
    }
    return finding;
  }

  List<Reported> reported() {
    return reported;
  }

  /** The targets of the findings that were started and never reported, in the order started. */
  List<Target> unfinished() {
    synchronized (reported) {
      return open.stream().map(FindingBuilder::target).toList();
    }
  }

  /** The lookups the rule made, recorded while the engine runs it. */
  ReadLog reads() {
    return reads;
  }

  /**
   * A finding as the rule reported it.
   *
   * @param dependsOn the types the rule said the outcome rests on alone; empty when it did not say
   * @param lookedUp the lookups made while the finding was worked out
   * @param named the coverage gaps the finding speaks for, which need no finding of their own
   */
  record Reported(
      Target target,
      Status status,
      String message,
      List<Evidence> evidence,
      Set<ResourceType> dependsOn,
      Set<ReadLog.Read> lookedUp,
      Fix fix,
      Set<CoverageRecord> named) {}

  /** Collects one finding's evidence; a status method ends it. */
  public final class FindingBuilder {
    private final Target target;
    private final List<Evidence> evidence = new ArrayList<>();
    private Set<ResourceType> dependsOn = Set.of();
    private Fix fix = Fix.NONE;

    /** Made when the rule names a gap: most findings name none. */
    private Set<CoverageRecord> named = Set.of();

    private boolean done;

    private FindingBuilder(Target target) {
      this.target = target;
    }

    /** The target the finding is about. */
    public Target target() {
      return target;
    }

    /**
     * Says the finding speaks for {@code gaps}: its message tells the reader about that missing
     * data (an UNKNOWN naming the failed call, a FAIL whose other part was not decided), so the
     * engine adds no finding of its own for them where this finding's target lies. The engine
     * compares the records, never the message's words.
     */
    public FindingBuilder names(CoverageRecord... gaps) {
      return names(Arrays.asList(gaps));
    }

    /** Says the finding speaks for {@code gaps}; see above. */
    public FindingBuilder names(Collection<CoverageRecord> gaps) {
      gaps.forEach(gap -> name(Objects.requireNonNull(gap, "'gaps' cannot hold null.")));
      return this;
    }

    private void name(CoverageRecord gap) {
      if (named.isEmpty()) {
        named = new LinkedHashSet<>();
      }
      named.add(gap);
    }

    /** Adds evidence. */
    public FindingBuilder evidence(Evidence... items) {
      return evidence(Arrays.asList(items));
    }

    /** Adds evidence. */
    public FindingBuilder evidence(Collection<Evidence> items) {
      items.forEach(
          item -> evidence.add(Objects.requireNonNull(item, "'evidence' cannot contain null.")));
      return this;
    }

    /**
     * Says the outcome rests on {@code types} alone, whatever else was looked up for it: a PASS
     * proven by one of two kinds of evidence, or a FAIL that stands on the target's own settings
     * while another part could not be decided. By default the engine gates each finding on the
     * required types the rule looked up for it (while it was worked out, or about its target or a
     * scope above it at any time); naming types here replaces that, and the engine turns the
     * outcome into UNKNOWN when any of them was not collected for the target or where the rule
     * looked them up.
     */
    public FindingBuilder dependsOn(ResourceType... types) {
      // In the order given: the engine names the gaps of these types in this order, and a
      // report must be the same bytes on every run (Set.copyOf iterates in a per-JVM order).
      this.dependsOn = Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(types)));
      return this;
    }

    /**
     * Attaches the changes that would fix this finding's own target: that resource's id, the
     * categories its type has, the plans that are missing. A report shows them with the finding,
     * and {@code readiness fix} renders and proves them.
     */
    public FindingBuilder fix(Fix changes) {
      this.fix = Objects.requireNonNull(changes, "'changes' cannot be null.");
      return this;
    }

    /** The evidence would exist. */
    public void pass(String message) {
      end(Status.PASS, message);
    }

    /** The evidence would be missing. */
    public void fail(String message) {
      end(Status.FAIL, message);
    }

    /** The rule cannot decide; {@code reason} says which data is missing and why. */
    public void unknown(String reason) {
      end(Status.UNKNOWN, reason);
    }

    /** Needs a human attestation. */
    public void manual(String message) {
      end(Status.MANUAL, message);
    }

    private void end(Status status, String message) {
      if (done) {
        throw new IllegalStateException(
            "This finding about '" + target.id() + "' was already reported.");
      }
      if (message == null || message.isBlank()) {
        throw new IllegalArgumentException("A finding needs a message.");
      }
      done = true;
      Set<CoverageRecord> told = reads.endGapWindow();
      // A PASS says the evidence exists: it speaks for no gap it was told of unless it names it.
      if (status != Status.PASS) {
        told.forEach(this::name);
      }
      synchronized (reported) {
        open.remove(this);
        reported.add(
            new Reported(
                target,
                status,
                message,
                List.copyOf(evidence),
                dependsOn,
                reads.endWindow(),
                fix,
                named.isEmpty()
                    ? Set.of()
                    : Collections.unmodifiableSet(new LinkedHashSet<>(named))));
      }
    }
  }
}
