package dev.readiness.api;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evaluates snapshots with a fixed selection of rules. Immutable and thread-safe: build one with
 * {@link #builder()} and use it from any number of threads.
 *
 * <p>The engine keeps the promises rules cannot keep alone:
 *
 * <ul>
 *   <li>a finding whose data was not collected, denied or failed for its target becomes UNKNOWN
 *       with the reason; a scope where a rule's data is missing and the rule said nothing gets an
 *       UNKNOWN finding, never silence, and so does a resource under which resources the rule
 *       {@linkplain RuleMetadata#reportsOnEach() reports on each} could not be listed;
 *   <li>a rule that throws, runs past its time limit, or reports about a resource type it did not
 *       declare yields one ERROR finding, and every other rule goes on unchanged;
 *   <li>an attestation turns MANUAL or UNKNOWN into PASS while younger than the validity period,
 *       and into FAIL once expired;
 *   <li>findings come out in one fixed order, so the same snapshot gives the same report.
 * </ul>
 */
public final class Engine {
  private static final Logger LOG = LoggerFactory.getLogger(Engine.class);

  private final List<Rule> rules;
  private final int parallelism;
  private final Duration ruleTimeout;
  private final Duration attestationValidity;

  private Engine(Builder builder, List<Rule> selected) {
    this.rules = List.copyOf(selected);
    this.parallelism = builder.parallelism;
    this.ruleTimeout = builder.ruleTimeout;
    this.attestationValidity = builder.attestationValidity;
  }

  /** The one way to make an engine. */
  public static Builder builder() {
    return new Builder();
  }

  /** The selected rules, sorted by id. */
  public List<Rule> rules() {
    return rules;
  }

  /** The metadata of the selected rules, sorted by id. */
  public List<RuleMetadata> ruleMetadata() {
    return rules.stream().map(Rule::metadata).toList();
  }

  /**
   * Every resource type the selected rules read, required or optional: what a collector needs to
   * fetch, and nothing more.
   */
  public Set<ResourceType> requiredTypes() {
    Set<ResourceType> types = new TreeSet<>();
    for (Rule rule : rules) {
      types.addAll(rule.metadata().reads());
      types.addAll(rule.metadata().optionalReads());
    }
    return java.util.Collections.unmodifiableSet(types);
  }

  /** Evaluates {@code snapshot} without attestations. */
  public Report evaluate(Snapshot snapshot) {
    return evaluate(snapshot, Attestations.none());
  }

  /**
   * Evaluates {@code snapshot}, applying {@code attestations}. Ages and expiry are measured against
   * the snapshot's capture time.
   */
  public Report evaluate(Snapshot snapshot, Attestations attestations) {
    Objects.requireNonNull(snapshot, "'snapshot' cannot be null.");
    Objects.requireNonNull(attestations, "'attestations' cannot be null.");
    Instant now = snapshot.metadata().capturedAt();
    Map<Rule, List<Finding>> results = runAll(snapshot, now);
    List<Finding> findings = new ArrayList<>();
    boolean attested = false;
    for (Rule rule : rules) {
      for (Finding finding : results.get(rule)) {
        Finding outcome = attest(rule.metadata(), finding, attestations, now);
        attested |= outcome != finding;
        findings.add(outcome);
      }
    }
    // Each rule's findings were sorted where the rule ran, and rules run in id order, so the whole
    // list is in report order unless an attestation changed a status.
    return attested
        ? new Report(snapshot.metadata(), ruleMetadata(), findings, snapshot.coverage().gaps())
        : Report.ofSorted(
            snapshot.metadata(), ruleMetadata(), findings, snapshot.coverage().gaps());
  }

  private Map<Rule, List<Finding>> runAll(Snapshot snapshot, Instant now) {
    AtomicInteger threadCount = new AtomicInteger();
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            parallelism,
            parallelism,
            0,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            task -> {
              Thread thread = new Thread(task, "readiness-rule-" + threadCount.incrementAndGet());
              // A rule that ignores interruption must not keep the JVM alive.
              thread.setDaemon(true);
              return thread;
            });
    ExecutorCompletionService<Rule> completion = new ExecutorCompletionService<>(pool);
    // Written by the rule threads at once: a HashMap could lose a rule's findings.
    Map<Rule, List<Finding>> results = new java.util.concurrent.ConcurrentHashMap<>();
    Map<Future<Rule>, Rule> pending = new LinkedHashMap<>();
    Map<Rule, AtomicLong> startedAt = new HashMap<>();
    try {
      for (Rule rule : rules) {
        AtomicLong started = new AtomicLong();
        startedAt.put(rule, started);
        Future<Rule> future =
            completion.submit(
                () -> {
                  started.set(System.nanoTime());
                  results.put(rule, inReportOrder(runOne(rule, snapshot, now), snapshot));
                  return rule;
                });
        pending.put(future, rule);
      }
      // results is written by workers; reading it is safe after Future.get() (happens-before).
      Map<Rule, List<Finding>> done = new HashMap<>();
      while (!pending.isEmpty()) {
        Future<Rule> finished = completion.poll(20, TimeUnit.MILLISECONDS);
        if (finished != null) {
          Rule rule = pending.remove(finished);
          if (rule != null) {
            done.put(rule, resultOf(finished, rule, results));
          }
        }
        long nowNanos = System.nanoTime();
        for (var entry : new ArrayList<>(pending.entrySet())) {
          long started = startedAt.get(entry.getValue()).get();
          if (started != 0 && nowNanos - started > ruleTimeout.toNanos()) {
            Rule rule = entry.getValue();
            entry.getKey().cancel(true);
            pending.remove(entry.getKey());
            // The stuck thread keeps its slot; give the pool another so the remaining rules run.
            pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
            pool.setCorePoolSize(pool.getCorePoolSize() + 1);
            LOG.warn(
                "Rule {} ran longer than {} and was abandoned", rule.metadata().id(), ruleTimeout);
            done.put(
                rule,
                List.of(
                    error(
                        rule.metadata(),
                        "ran longer than its time limit of "
                            + ruleTimeout.toMillis()
                            + " ms and was stopped")));
          }
        }
      }
      return done;
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Evaluation was interrupted.", interrupted);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * One rule's findings in {@link Finding#ORDER}. Comparing long ids ignoring case dominated this
   * sort; a target in the snapshot is ordered by its position there instead, which agrees.
   */
  private static List<Finding> inReportOrder(List<Finding> findings, Snapshot snapshot) {
    record Placed(Finding finding, int position) {}
    List<Placed> placed = new ArrayList<>(findings.size());
    for (Finding finding : findings) {
      placed.add(new Placed(finding, snapshot.position(finding.target().id())));
    }
    placed.sort(
        (a, b) -> {
          int byRule = a.finding().ruleId().compareTo(b.finding().ruleId());
          if (byRule != 0) {
            return byRule;
          }
          int byTarget =
              a.position() >= 0 && b.position() >= 0
                  ? Integer.compare(a.position(), b.position())
                  : a.finding().target().compareTo(b.finding().target());
          return byTarget != 0
              ? byTarget
              : Finding.ORDER_FOR_ONE_TARGET.compare(a.finding(), b.finding());
        });
    List<Finding> sorted = new ArrayList<>(placed.size());
    placed.forEach(p -> sorted.add(p.finding()));
    return sorted;
  }

  private static List<Finding> resultOf(
      Future<Rule> future, Rule rule, Map<Rule, List<Finding>> results) {
    try {
      future.get();
      synchronized (results) {
        return results.get(rule);
      }
    } catch (ExecutionException | InterruptedException impossible) {
      // runOne catches everything a rule throws; this is a defect of the engine itself.
      throw new IllegalStateException(
          "Rule " + rule.metadata().id() + " could not be run.", impossible);
    }
  }

  private List<Finding> runOne(Rule rule, Snapshot snapshot, Instant now) {
    RuleMetadata metadata = rule.metadata();
    RuleContext context = new RuleContext(snapshot, now, metadata);
    try {
      context.reads().during(() -> rule.evaluate(context));
    } catch (RuntimeException | Error crash) {
      if (crash instanceof VirtualMachineError fatal && !(crash instanceof StackOverflowError)) {
        throw fatal;
      }
      LOG.warn("Rule {} failed", metadata.id(), crash);
      return List.of(
          error(
              metadata, "failed: " + crash.getClass().getSimpleName() + ": " + crash.getMessage()));
    }
    List<RuleContext.Reported> reported;
    synchronized (context.reported()) {
      reported = List.copyOf(context.reported());
    }
    DeclaredTypes isDeclared = new DeclaredTypes(metadata);
    for (RuleContext.Reported item : reported) {
      if (!item.target().isScope() && !isDeclared.test(item.target().type())) {
        return List.of(
            error(
                metadata,
                "reported a finding about '"
                    + item.target().id()
                    + "' of type "
                    + item.target().type()
                    + ", which the rule does not declare in reads(...)"));
      }
      for (ResourceType type : item.dependsOn()) {
        if (!isDeclared.test(type)) {
          return List.of(
              error(
                  metadata,
                  "made a finding about '"
                      + item.target().id()
                      + "' depend on "
                      + type
                      + ", which the rule does not declare in reads(...)"));
        }
      }
    }
    List<Finding> findings = new ArrayList<>(gate(metadata, reported, context.reads(), snapshot));
    for (Target lost : context.unfinished()) {
      findings.add(
          new Finding(
              metadata.id(),
              Status.ERROR,
              metadata.severity(),
              lost,
              "Rule "
                  + metadata.id()
                  + " started a finding about '"
                  + lost.id()
                  + "' and never reported it: end it with report() on a verdict, or pass, fail,"
                  + " unknown or manual on a finding.",
              List.of(),
              metadata.remediation()));
    }
    return findings;
  }

  /**
   * Whether a rule declares a type, remembered by reference: findings name the same few type
   * instances over and over, and a scan of a handful of references costs less than hashing.
   */
  private static final class DeclaredTypes {
    private final RuleMetadata rule;

    /** Bounded: past it (types spelled in many ways) each check asks the rule again. */
    private final ResourceType[] declared = new ResourceType[16];

    private int count;

    DeclaredTypes(RuleMetadata rule) {
      this.rule = rule;
    }

    boolean test(ResourceType type) {
      for (int i = 0; i < count; i++) {
        if (declared[i] == type) {
          return true;
        }
      }
      if (!rule.declares(type)) {
        return false;
      }
      if (count < declared.length) {
        declared[count++] = type;
      }
      return true;
    }
  }

  /** Applies coverage: no PASS or FAIL on data that was not collected; no silent gaps. */
  private static List<Finding> gate(
      RuleMetadata rule, List<RuleContext.Reported> reported, ReadLog reads, Snapshot snapshot) {
    CoverageGate coverageGate = new CoverageGate(rule, reported, reads, snapshot);
    List<Finding> findings = new ArrayList<>(reported.size());
    for (RuleContext.Reported item : reported) {
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
        List<String> reasons = coverageGate.whyMissing(item);
        if (!reasons.isEmpty()) {
          finding =
              finding.withOutcome(
                  Status.UNKNOWN, "Not evaluated: " + String.join("; ", reasons) + ".");
        }
      }
      findings.add(finding);
    }
    findings.addAll(silentGaps(rule, findings, snapshot));
    return findings;
  }

  /**
   * UNKNOWN findings for the scopes where the rule's data is missing and the rule reported nothing:
   * a denied subscription holds resources nobody saw, and must not look clean.
   */
  private static List<Finding> silentGaps(
      RuleMetadata rule, List<Finding> findings, Snapshot snapshot) {
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
    Map<ResourceId, Set<String>> reasonsByScope = new java.util.TreeMap<>();
    // Resources the rule reports on each of, lost with a listing, are named where they were lost:
    // a finding elsewhere that names the same gap (a tenant-wide count, say) does not stand in
    // for them.
    Set<String> lostListings = new java.util.HashSet<>();
    checks.forEach(
        (scope, types) -> {
          for (ResourceType type : types) {
            CoverageRecord record = coverage.decide(scope, type);
            if (!record.isCollected() && rule.reportsOnEach().contains(type)) {
              lostListings.add(record.reason());
            }
            if (!record.isCollected()) {
              // Report at the scope that decided the gap: one finding for a tenant-wide denial.
              ResourceId decidedAt =
                  record.scope().key().length() < scope.key().length() ? record.scope() : scope;
              reasonsByScope
                  .computeIfAbsent(decidedAt, s -> new LinkedHashSet<>())
                  .add(record.reason());
            }
          }
        });
    List<Finding> unknown = new ArrayList<>();
    Map<String, List<ResourceId>> namedBy = namedBy(reasonsByScope.values(), findings);
    reasonsByScope.forEach(
        (scope, reasons) -> {
          List<String> silent =
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
                    "Not evaluated: " + String.join("; ", silent) + ".",
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

  /**
   * For each reason, the targets of the findings whose message names it: one pass over the
   * findings, however many scopes share the reason.
   */
  private static Map<String, List<ResourceId>> namedBy(
      Collection<Set<String>> reasonsByScope, List<Finding> findings) {
    Map<String, List<ResourceId>> named = new HashMap<>();
    reasonsByScope.forEach(reasons -> reasons.forEach(r -> named.put(r, new ArrayList<>())));
    if (!named.isEmpty()) {
      for (Finding finding : findings) {
        named.forEach(
            (reason, targets) -> {
              if (finding.message().contains(reason)) {
                targets.add(finding.target().id());
              }
            });
      }
    }
    return named;
  }

  /**
   * The reasons no finding in {@code scope} names (for a lost listing, no finding about the scope
   * itself): a gap is silent until one does.
   */
  private static List<String> unnamed(
      Set<String> reasons,
      ResourceId scope,
      Map<String, List<ResourceId>> namedBy,
      Set<String> lostListings) {
    return reasons.stream()
        .filter(
            reason ->
                namedBy.get(reason).stream()
                    .noneMatch(
                        id ->
                            lostListings.contains(reason) ? id.equals(scope) : id.isWithin(scope)))
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

  private Finding attest(
      RuleMetadata rule, Finding finding, Attestations attestations, Instant now) {
    if (finding.status() != Status.MANUAL && finding.status() != Status.UNKNOWN) {
      return finding;
    }
    Optional<Attestation> found = attestations.find(rule, finding.target());
    if (found.isEmpty()) {
      return finding;
    }
    Attestation attestation = found.get();
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    LocalDate expires = attestation.date().plusDays(attestationValidity.toDays());
    Evidence evidence =
        new Evidence(
            attestation.scope(),
            "",
            attestation.evidence(),
            "an attestation younger than " + attestationValidity.toDays() + " days");
    List<Evidence> all = new ArrayList<>(finding.evidence());
    all.add(evidence);
    if (attestation.date().isAfter(today)) {
      return finding.withOutcome(
          Status.FAIL,
          "Attested by "
              + attestation.owner()
              + " on "
              + attestation.date()
              + ", a date after the snapshot; the attestation is not trusted.",
          all);
    }
    if (!expires.isAfter(today)) {
      return finding.withOutcome(
          Status.FAIL,
          "Attestation by "
              + attestation.owner()
              + " of "
              + attestation.date()
              + " expired on "
              + expires
              + ".",
          all);
    }
    return finding.withOutcome(
        Status.PASS,
        "Attested by "
            + attestation.owner()
            + " on "
            + attestation.date()
            + " (valid until "
            + expires
            + ").",
        all);
  }

  private static Finding error(RuleMetadata rule, String what) {
    return new Finding(
        rule.id(),
        Status.ERROR,
        rule.severity(),
        Target.tenant(),
        "Rule " + rule.id() + " " + what,
        List.of(),
        rule.remediation());
  }

  /** Collects rules and settings; {@link #build()} validates them and selects the rules. */
  public static final class Builder {
    private final List<Rule> candidates = new ArrayList<>();
    private final Set<String> included = new LinkedHashSet<>();
    private final Set<String> excluded = new LinkedHashSet<>();
    private final Set<Category> categories = new LinkedHashSet<>();
    private Severity minimumSeverity = Severity.INFO;
    private int parallelism = Math.max(1, Runtime.getRuntime().availableProcessors());
    private Duration ruleTimeout = Duration.ofSeconds(60);
    private Duration attestationValidity = Duration.ofDays(365);

    private Builder() {}

    /** Adds a rule. */
    public Builder addRule(Rule rule) {
      candidates.add(Objects.requireNonNull(rule, "'rule' cannot be null."));
      return this;
    }

    /** Adds rules, for example the built-in checklist. */
    public Builder addRules(Collection<? extends Rule> rules) {
      rules.forEach(this::addRule);
      return this;
    }

    /**
     * Adds every rule listed in {@code META-INF/services/dev.readiness.api.Rule} on the class path
     * of {@code loader}: how in-house rules plug in without code changes.
     */
    public Builder addServiceLoaderRules(ClassLoader loader) {
      for (ServiceLoader.Provider<Rule> provider :
          ServiceLoader.load(Rule.class, loader).stream().toList()) {
        addRule(provider.get());
      }
      return this;
    }

    /** Runs only the rules with these ids (alternate ids work too). */
    public Builder include(String... ids) {
      included.addAll(Arrays.asList(ids));
      return this;
    }

    /** Leaves out the rules with these ids. */
    public Builder exclude(String... ids) {
      excluded.addAll(Arrays.asList(ids));
      return this;
    }

    /** Runs only rules of these checklist areas. */
    public Builder categories(Category... selected) {
      categories.addAll(Arrays.asList(selected));
      return this;
    }

    /** Runs only rules of this severity or worse. */
    public Builder minimumSeverity(Severity severity) {
      this.minimumSeverity = Objects.requireNonNull(severity, "'severity' cannot be null.");
      return this;
    }

    /** How many rules run at once; default the number of processors. */
    public Builder parallelism(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException(
            "'parallelism' must be at least 1, not " + threads + ".");
      }
      this.parallelism = threads;
      return this;
    }

    /**
     * How long one rule may run on one snapshot before it is abandoned with ERROR; default 60 s.
     */
    public Builder ruleTimeout(Duration timeout) {
      if (timeout == null || timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("'ruleTimeout' must be positive.");
      }
      this.ruleTimeout = timeout;
      return this;
    }

    /** How long an attestation stays valid; default 365 days. */
    public Builder attestationValidity(Duration validity) {
      if (validity == null || validity.toDays() < 1) {
        throw new IllegalArgumentException("'attestationValidity' must be at least one day.");
      }
      this.attestationValidity = validity;
      return this;
    }

    /**
     * Validates every rule's metadata and the selection, and builds the engine.
     *
     * @throws IllegalArgumentException when a rule's metadata is invalid, two rules share an id, a
     *     selected or excluded id names no rule, or nothing is selected
     */
    public Engine build() {
      Map<String, Rule> byId = new HashMap<>();
      for (Rule rule : candidates) {
        RuleMetadata metadata = metadataOf(rule);
        List<String> ids = new ArrayList<>(metadata.alternateIds());
        ids.add(metadata.id());
        for (String id : ids) {
          Rule clash = byId.put(id.toUpperCase(Locale.ROOT), rule);
          if (clash != null && clash != rule) {
            throw new IllegalArgumentException(
                "Rules "
                    + clash.getClass().getName()
                    + " and "
                    + rule.getClass().getName()
                    + " share the id '"
                    + id
                    + "'.");
          }
        }
      }
      requireKnown(included, byId, "selected");
      requireKnown(excluded, byId, "excluded");
      List<Rule> selected = new ArrayList<>();
      for (Rule rule : new LinkedHashSet<>(candidates)) {
        RuleMetadata metadata = rule.metadata();
        boolean wanted =
            (included.isEmpty() || included.stream().anyMatch(metadata::answersTo))
                && excluded.stream().noneMatch(metadata::answersTo)
                && (categories.isEmpty() || categories.contains(metadata.category()))
                && metadata.severity().atLeast(minimumSeverity);
        if (wanted) {
          selected.add(rule);
        }
      }
      if (selected.isEmpty()) {
        throw new IllegalArgumentException(
            candidates.isEmpty()
                ? "No rules were added to the engine."
                : "No rule matches the selection.");
      }
      selected.sort(Comparator.comparing(rule -> rule.metadata().id()));
      return new Engine(this, selected);
    }

    private static RuleMetadata metadataOf(Rule rule) {
      RuleMetadata metadata;
      try {
        metadata = rule.metadata();
      } catch (RuntimeException invalid) {
        throw new IllegalArgumentException(
            "Rule " + rule.getClass().getName() + " has invalid metadata: " + invalid.getMessage(),
            invalid);
      }
      if (metadata == null) {
        throw new IllegalArgumentException(
            "Rule " + rule.getClass().getName() + " returned no metadata.");
      }
      return metadata;
    }

    private static void requireKnown(Set<String> ids, Map<String, Rule> byId, String what) {
      for (String id : ids) {
        if (!byId.containsKey(id.toUpperCase(Locale.ROOT))) {
          throw new IllegalArgumentException(
              "Unknown rule id '"
                  + id
                  + "' "
                  + what
                  + "; known ids: "
                  + new TreeSet<>(byId.keySet())
                  + ".");
        }
      }
    }
  }
}
