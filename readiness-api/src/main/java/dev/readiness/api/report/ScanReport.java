package dev.readiness.api.report;

import dev.readiness.api.Category;
import dev.readiness.api.Finding;
import dev.readiness.api.Report;
import dev.readiness.api.RuleMetadata;
import dev.readiness.api.Severity;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What every report format writes: the engine's {@link Report}, with waivers and a baseline laid
 * over its findings, and optional extra sections. The core report is never changed: a waived
 * failure is still a FAIL of its rule, shown here as {@link ReportStatus#WAIVED} beside its
 * evaluated status.
 *
 * <pre>{@code
 * ScanReport scan = ScanReport.builder(engine.evaluate(snapshot))
 *     .waivers(WaiverReader.read(Path.of("waivers.json")))
 *     .build();
 * ReportFormat.SARIF.write(scan, out);
 * }</pre>
 */
public final class ScanReport {
  private final Report report;
  private final List<ReportedFinding> findings;
  private final List<Waiver> expiredWaivers;
  private final boolean baselineApplied;
  private final InvestigationView investigation;
  private final Map<String, RuleMetadata> rulesById = new LinkedHashMap<>();

  private ScanReport(Builder builder) {
    this.report = builder.report;
    this.investigation =
        builder.investigation == null ? null : builder.investigation.askedOf(report.rules());
    this.baselineApplied = builder.baseline != null;
    report.rules().forEach(rule -> rulesById.put(rule.id(), rule));
    LocalDate capturedOn = LocalDate.ofInstant(report.snapshot().capturedAt(), ZoneOffset.UTC);
    List<Waiver> valid = new ArrayList<>();
    List<Waiver> expired = new ArrayList<>();
    for (Waiver waiver : builder.waivers.all()) {
      (waiver.isValidOn(capturedOn) ? valid : expired).add(waiver);
    }
    this.expiredWaivers = List.copyOf(expired);
    List<ReportedFinding> entries = new ArrayList<>(report.findings().size());
    for (Finding finding : report.findings()) {
      entries.add(overlay(finding, valid, builder.baseline));
    }
    entries.sort(ReportedFinding.ORDER);
    this.findings = List.copyOf(entries);
  }

  private ReportedFinding overlay(Finding finding, List<Waiver> valid, Baseline baseline) {
    ReportedFinding entry = ReportedFinding.of(finding);
    if (!entry.status().isWaivable()) {
      return entry;
    }
    RuleMetadata rule = rule(finding);
    for (Waiver waiver : valid) {
      if (waiver.covers(rule, finding.target())) {
        return entry.waivedBy(waiver);
      }
    }
    if (baseline != null && entry.status() == ReportStatus.FAIL && baseline.knows(finding)) {
      return entry.knownInBaseline();
    }
    return entry;
  }

  /** Starts a report from the engine's {@code report}. */
  public static Builder builder(Report report) {
    return new Builder(report);
  }

  /** The engine's report with nothing laid over it. */
  public static ScanReport of(Report report) {
    return builder(report).build();
  }

  /** The engine's report, unchanged. */
  public Report report() {
    return report;
  }

  /** Every finding as reported, in {@link ReportedFinding#ORDER}: worst severity first. */
  public List<ReportedFinding> findings() {
    return findings;
  }

  /** The metadata of the rule that produced {@code finding}. */
  public RuleMetadata rule(Finding finding) {
    RuleMetadata rule = rulesById.get(finding.ruleId());
    if (rule == null) {
      throw new IllegalArgumentException("No rule '" + finding.ruleId() + "' in this report.");
    }
    return rule;
  }

  /** The number of findings reported with {@code status}. */
  public long count(ReportStatus status) {
    return findings.stream().filter(f -> f.status() == status).count();
  }

  /**
   * The findings that fail a run at {@code threshold}: FAIL or ERROR of that severity or worse
   * (waived and baseline failures do not).
   */
  public List<ReportedFinding> failingAtOrAbove(Severity threshold) {
    return findings.stream()
        .filter(f -> f.status().isFailing() && f.finding().severity().atLeast(threshold))
        .toList();
  }

  /**
   * The failing findings (FAIL and ERROR) grouped by rule id, in {@link ReportedFinding#ORDER}: the
   * rules of the worst failures first.
   */
  public Map<String, List<ReportedFinding>> failingByRule() {
    return findings.stream()
        .filter(f -> f.status().isFailing())
        .collect(
            Collectors.groupingBy(
                f -> f.finding().ruleId(), LinkedHashMap::new, Collectors.toUnmodifiableList()));
  }

  /** The findings of rules in {@code category}. */
  public List<ReportedFinding> findings(Category category) {
    return findings.stream().filter(f -> rule(f.finding()).category() == category).toList();
  }

  /** Waivers whose expiry date is before the snapshot's capture date: they no longer count. */
  public List<Waiver> expiredWaivers() {
    return expiredWaivers;
  }

  /** True when a baseline was applied, so FAIL means a new failure. */
  public boolean baselineApplied() {
    return baselineApplied;
  }

  /** The investigation readiness view, when the caller supplied one. */
  public Optional<InvestigationView> investigation() {
    return Optional.ofNullable(investigation);
  }

  /** Collects the overlays; {@link #build()} applies them. */
  public static final class Builder {
    private final Report report;
    private Waivers waivers = Waivers.none();
    private Baseline baseline;
    private InvestigationView investigation;

    private Builder(Report report) {
      this.report = Objects.requireNonNull(report, "'report' cannot be null.");
    }

    /** Waivers to apply; those expired at the snapshot's capture date are reported instead. */
    public Builder waivers(Waivers waivers) {
      this.waivers = Objects.requireNonNull(waivers, "'waivers' cannot be null.");
      return this;
    }

    /** A baseline: its failures are reported as BASELINE, and only new ones as FAIL. */
    public Builder baseline(Baseline baseline) {
      this.baseline = Objects.requireNonNull(baseline, "'baseline' cannot be null.");
      return this;
    }

    /**
     * The investigation readiness view, shown by every report; only the questions a rule of the
     * report checks are kept, so a scan of some rules or areas shows their questions alone.
     */
    public Builder investigation(InvestigationView investigation) {
      this.investigation = Objects.requireNonNull(investigation, "'investigation' cannot be null.");
      return this;
    }

    /** Applies waivers first, then the baseline, and builds. */
    public ScanReport build() {
      return new ScanReport(this);
    }
  }
}
