package dev.readiness.api;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;

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
 *   <li>a rule that throws, runs past its time limit, reports about a resource type it did not
 *       declare, or asks for an attestation without being {@linkplain RuleMetadata#attestable()
 *       attestable} yields one ERROR finding, and every other rule goes on unchanged;
 *   <li>an attestation turns a MANUAL or UNKNOWN finding of an attestable rule into PASS while
 *       younger than the validity period, and into FAIL once expired;
 *   <li>findings come out in one fixed order, so the same snapshot gives the same report.
 * </ul>
 */
public final class Engine {
  private final List<Rule> rules;
  private final RuleRunner runner;
  private final AttestationPolicy attestationPolicy;

  private Engine(Builder builder, List<Rule> selected) {
    this.rules = List.copyOf(selected);
    this.runner = new RuleRunner(builder.parallelism, builder.ruleTimeout);
    this.attestationPolicy = new AttestationPolicy(builder.attestationValidity);
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
   * fetch, and nothing more. (Named for what it is for: it holds optional types too, so it is not
   * "required".)
   */
  public Set<ResourceType> typesToCollect() {
    Set<ResourceType> types = new TreeSet<>();
    for (Rule rule : rules) {
      types.addAll(rule.metadata().reads());
      types.addAll(rule.metadata().optionalReads());
    }
    return Collections.unmodifiableSet(types);
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
    Map<Rule, List<Finding>> results = runner.runAll(rules, snapshot, now);
    List<Finding> findings = new ArrayList<>();
    boolean attested = false;
    for (Rule rule : rules) {
      for (Finding finding : results.get(rule)) {
        Finding outcome = attestationPolicy.attest(rule.metadata(), finding, attestations, now);
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
     *
     * @throws java.util.ServiceConfigurationError when a listed class is missing, is not a rule or
     *     cannot be made; its message names the services file's entry, and a tool should show that
     *     one line and stop, as the command line does (exit 2), rather than run without the rule
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
      return new Engine(
          this,
          new RuleSelection(included, excluded, categories, minimumSeverity).select(candidates));
    }
  }
}
