package dev.readiness.api;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Everything a report says about a rule, declared once: a stable id, title, checklist area,
 * severity and why, the investigative question it protects, how to fix a failure, references, the
 * resource types it reads. Validated when built, so a malformed rule fails at load time with a
 * message naming the rule and the field, not later in a broken report.
 *
 * <p>Ids are part of the public contract: never reuse one. A renamed rule keeps its old id in
 * {@link #alternateIds()}.
 */
// Over 400 lines as one job, a rule's declaration: its parts with their Javadoc, and the Builder
// that validates each part where it is set, so that an error names the rule and the field.
public final class RuleMetadata {
  /** Upper-case words separated by dashes, at least two: {@code FR-LOG-04}, {@code ACME-TAGS-1}. */
  public static final Pattern ID_PATTERN = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+");

  private final String id;
  private final List<String> alternateIds;
  private final String title;
  private final Category category;
  private final Severity severity;
  private final String severityReason;
  private final String rationale;
  private final Remediation remediation;
  private final String learnMore;
  private final List<String> controls;
  private final List<String> peerChecks;
  private final List<String> checklistItems;
  private final Set<ResourceType> reads;
  private final Set<ResourceType> optionalReads;
  private final Set<ResourceType> reportsOnEach;

  /** Both kinds of reads in a hash set: the engine asks about every finding's types. */
  private final Set<ResourceType> declared;

  private final boolean manual;

  private final boolean attestable;

  private RuleMetadata(Builder b) {
    this.id = b.id;
    this.alternateIds = List.copyOf(b.alternateIds);
    this.title = b.title;
    this.category = b.category;
    this.severity = b.severity;
    this.severityReason = b.severityReason;
    this.rationale = b.rationale;
    this.remediation = b.remediation;
    this.learnMore = b.learnMore;
    this.controls = List.copyOf(b.controls);
    this.peerChecks = List.copyOf(b.peerChecks);
    this.checklistItems = List.copyOf(b.checklistItems);
    this.reads = java.util.Collections.unmodifiableSet(new TreeSet<>(b.reads));
    this.optionalReads = java.util.Collections.unmodifiableSet(new TreeSet<>(b.optionalReads));
    this.reportsOnEach = java.util.Collections.unmodifiableSet(new TreeSet<>(b.reportsOnEach));
    Set<ResourceType> all = new java.util.HashSet<>(reads);
    all.addAll(optionalReads);
    this.declared = Set.copyOf(all);
    this.manual = b.manual;
    this.attestable = b.manual || b.attestable;
  }

  /** Starts the metadata of the rule with {@code id}. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** The stable id, for example {@code FR-LOG-04}. */
  public String id() {
    return id;
  }

  /** Former ids of this rule, still accepted in selections, waivers and attestations. */
  public List<String> alternateIds() {
    return alternateIds;
  }

  /** True when {@code candidate} is this rule's id or one of its alternate ids, ignoring case. */
  public boolean answersTo(String candidate) {
    return id.equalsIgnoreCase(candidate)
        || alternateIds.stream().anyMatch(alt -> alt.equalsIgnoreCase(candidate));
  }

  /** A short title, for example "VM guest OS logs are collected". */
  public String title() {
    return title;
  }

  /** The checklist area. */
  public Category category() {
    return category;
  }

  /** The severity of a failure. */
  public Severity severity() {
    return severity;
  }

  /** Why the severity is what it is, in one line. */
  public String severityReason() {
    return severityReason;
  }

  /** Why the rule matters: the investigative question it protects. */
  public String rationale() {
    return rationale;
  }

  /** How to fix a failure. */
  public Remediation remediation() {
    return remediation;
  }

  /** A Microsoft Learn link about the rule's subject; empty when the rule gives none. */
  public java.util.Optional<String> learnMore() {
    return learnMore.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(learnMore);
  }

  /** Benchmark control ids, for example {@code MCSB LT-3} or {@code CIS 5.1.1}. */
  public List<String> controls() {
    return controls;
  }

  /**
   * Equivalent checks of other tools (Prowler, PSRule for Azure, Azure Policy), where they exist.
   */
  public List<String> peerChecks() {
    return peerChecks;
  }

  /** The rows of the forensic readiness checklist this rule checks. */
  public List<String> checklistItems() {
    return checklistItems;
  }

  /**
   * The resource types the rule cannot decide without; their coverage is checked before it runs.
   */
  public Set<ResourceType> reads() {
    return reads;
  }

  /** Types the rule uses when present but can do without (it says UNKNOWN for that part itself). */
  public Set<ResourceType> optionalReads() {
    return optionalReads;
  }

  /**
   * The types of which the rule reports on each resource, one finding apiece (a subset of what it
   * reads, required or optionally). Where resources of such a type could not be listed, in a scope
   * or under one resource, the engine reports an UNKNOWN finding there naming why, unless a finding
   * about that place already names it: the lost resources never just vanish from the report.
   *
   * <p>A listing of such a type only picks the rule's targets, so the engine does not count it
   * against a finding about a resource of such a type: a gap in the SQL databases a rule would also
   * have judged leaves its verdicts on key vaults standing. Declare here every type a rule loops
   * over to report on.
   */
  public Set<ResourceType> reportsOnEach() {
    return reportsOnEach;
  }

  /** True when the rule reads the type, required or optionally. */
  public boolean declares(ResourceType type) {
    return declared.contains(type);
  }

  /** True when no API can answer the rule and it needs an attestation. */
  public boolean manual() {
    return manual;
  }

  /**
   * True when an attestation can answer the rule: every {@linkplain #manual() manual} rule, and an
   * automated rule some of whose findings ask a person to attest what no API shows (a MANUAL
   * finding). An attestation naming any other rule applies to nothing: a finding decided from the
   * snapshot is not overruled by a statement.
   */
  public boolean attestable() {
    return attestable;
  }

  @Override
  public String toString() {
    return id + " " + title;
  }

  /** Builds {@link RuleMetadata}; {@link #build()} validates every field. */
  public static final class Builder {
    private final String id;
    private final List<String> alternateIds = new ArrayList<>();
    private String title;
    private Category category;
    private Severity severity;
    private String severityReason = "";
    private String rationale;
    private Remediation remediation;
    private String learnMore = "";
    private final List<String> controls = new ArrayList<>();
    private final List<String> peerChecks = new ArrayList<>();
    private final List<String> checklistItems = new ArrayList<>();
    private final Set<ResourceType> reads = new TreeSet<>();
    private final Set<ResourceType> optionalReads = new TreeSet<>();
    private final Set<ResourceType> reportsOnEach = new TreeSet<>();
    private boolean manual;
    private boolean attestable;

    private Builder(String id) {
      this.id = id;
    }

    /** Former ids of this rule. */
    public Builder alternateIds(String... ids) {
      alternateIds.addAll(Arrays.asList(ids));
      return this;
    }

    /** A short title. */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /** The checklist area. */
    public Builder category(Category category) {
      this.category = category;
      return this;
    }

    /** The severity of a failure and, in one line, why. */
    public Builder severity(Severity severity, String reason) {
      this.severity = severity;
      this.severityReason = reason;
      return this;
    }

    /** Why the rule matters: the investigative question it protects. */
    public Builder rationale(String rationale) {
      this.rationale = rationale;
      return this;
    }

    /** How to fix a failure. */
    public Builder remediation(Remediation remediation) {
      this.remediation = remediation;
      return this;
    }

    /** A Microsoft Learn link. */
    public Builder learnMore(String url) {
      this.learnMore = url;
      return this;
    }

    /** Benchmark control ids, for example {@code "MCSB LT-3"}, {@code "CIS 5.1.1"}. */
    public Builder controls(String... ids) {
      controls.addAll(Arrays.asList(ids));
      return this;
    }

    /** Equivalent checks of other tools. */
    public Builder peerChecks(String... checks) {
      peerChecks.addAll(Arrays.asList(checks));
      return this;
    }

    /** The checklist rows this rule checks. */
    public Builder checklistItems(String... items) {
      checklistItems.addAll(Arrays.asList(items));
      return this;
    }

    /** Resource types the rule cannot decide without. */
    public Builder reads(ResourceType... types) {
      reads.addAll(Arrays.asList(types));
      return this;
    }

    /** Resource types the rule cannot decide without. */
    public Builder reads(Collection<ResourceType> types) {
      reads.addAll(types);
      return this;
    }

    /** Resource types the rule uses when present. */
    public Builder optionallyReads(ResourceType... types) {
      optionalReads.addAll(Arrays.asList(types));
      return this;
    }

    /**
     * Types of which the rule reports on each resource, which it also reads; see {@link
     * RuleMetadata#reportsOnEach()}.
     */
    public Builder reportsOnEach(ResourceType... types) {
      return reportsOnEach(Arrays.asList(types));
    }

    /**
     * Types of which the rule reports on each resource, which it also reads; see {@link
     * RuleMetadata#reportsOnEach()}.
     */
    public Builder reportsOnEach(Collection<ResourceType> types) {
      reportsOnEach.addAll(types);
      return this;
    }

    /** Marks the rule as answered only by attestation. */
    public Builder manual() {
      this.manual = true;
      return this;
    }

    /**
     * Marks an automated rule whose findings may ask for an attestation ({@link Verdict#manual}):
     * without it, such a finding is an ERROR and attestations naming the rule apply to nothing.
     */
    public Builder attestable() {
      this.attestable = true;
      return this;
    }

    /**
     * Validates and builds.
     *
     * @throws IllegalStateException naming the rule and the first required part that was not set
     * @throws IllegalArgumentException naming the rule and the first field that is malformed
     */
    public RuleMetadata build() {
      if (id == null || !ID_PATTERN.matcher(id).matches()) {
        throw new IllegalArgumentException(
            "Rule id '"
                + id
                + "' is malformed: expected upper-case words joined by dashes, such as 'FR-LOG-04'.");
      }
      for (String alternate : alternateIds) {
        if (alternate == null || !ID_PATTERN.matcher(alternate).matches()) {
          throw invalid("alternate id '" + alternate + "' is malformed");
        }
      }
      require(title, "title");
      require(category, "category");
      require(severity, "severity");
      require(severityReason, "severity reason");
      require(rationale, "rationale");
      require(remediation, "remediation");
      if (!learnMore.isEmpty()) {
        try {
          URI uri = new URI(learnMore);
          if (!"https".equals(uri.getScheme())) {
            throw invalid("learn-more link '" + learnMore + "' must be an https URL");
          }
        } catch (URISyntaxException malformed) {
          throw invalid("learn-more link '" + learnMore + "' is not a URL");
        }
      }
      if (manual && !reads.isEmpty()) {
        throw invalid("a manual rule reads no resource types");
      }
      if (!manual && reads.isEmpty()) {
        throw new IllegalStateException(
            message(
                "it reads no resource types; declare them with reads(...) or mark it manual()"));
      }
      for (ResourceType type : reportsOnEach) {
        if (!reads.contains(type) && !optionalReads.contains(type)) {
          throw invalid("it reports on each " + type + " but does not read that type");
        }
      }
      optionalReads.removeAll(reads);
      return new RuleMetadata(this);
    }

    /** A part never set is a builder that cannot build; a blank one is set, but wrong. */
    private void require(Object value, String field) {
      if (value == null) {
        throw new IllegalStateException(message(field + " is missing"));
      }
      if (value instanceof String text && text.isBlank()) {
        throw invalid(field + " is blank");
      }
    }

    private IllegalArgumentException invalid(String why) {
      return new IllegalArgumentException(message(why));
    }

    private String message(String why) {
      return "Rule '" + id + "' has invalid metadata: " + why + ".";
    }
  }
}
