package dev.readiness.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of evaluating a snapshot: the rules that ran, their findings in a fixed order, and the
 * coverage gaps of the snapshot. Immutable; the same snapshot and options give an equal report.
 */
public final class Report {
  private final SnapshotMetadata snapshot;
  private final List<RuleMetadata> rules;
  private final List<Finding> findings;
  private final List<CoverageRecord> coverageGaps;

  /**
   * A report. Findings are sorted by {@link Finding#ORDER} and rules by id.
   *
   * @param snapshot the metadata of the snapshot evaluated
   * @param rules the rules that ran
   * @param findings their findings
   * @param coverageGaps the snapshot's coverage records that are not COLLECTED
   */
  public Report(
      SnapshotMetadata snapshot,
      List<RuleMetadata> rules,
      List<Finding> findings,
      List<CoverageRecord> coverageGaps) {
    this(snapshot, rules, findings.stream().sorted(Finding.ORDER).toList(), coverageGaps, true);
  }

  private Report(
      SnapshotMetadata snapshot,
      List<RuleMetadata> rules,
      List<Finding> sortedFindings,
      List<CoverageRecord> coverageGaps,
      boolean sorted) {
    this.snapshot = Objects.requireNonNull(snapshot, "'snapshot' cannot be null.");
    this.rules = rules.stream().sorted(java.util.Comparator.comparing(RuleMetadata::id)).toList();
    this.findings = List.copyOf(sortedFindings);
    this.coverageGaps = List.copyOf(coverageGaps);
  }

  /**
   * A report of findings already in {@link Finding#ORDER}: the engine sorts each rule's findings on
   * the thread that ran the rule, and sorting them all again would cost a comparison of long ids
   * per finding on one thread.
   */
  static Report ofSorted(
      SnapshotMetadata snapshot,
      List<RuleMetadata> rules,
      List<Finding> sortedFindings,
      List<CoverageRecord> coverageGaps) {
    return new Report(snapshot, rules, sortedFindings, coverageGaps, true);
  }

  /** The metadata of the snapshot evaluated. */
  public SnapshotMetadata snapshot() {
    return snapshot;
  }

  /** The rules that ran, sorted by id. */
  public List<RuleMetadata> rules() {
    return rules;
  }

  /** The rule with {@code id} (or alternate id), if it ran. */
  public Optional<RuleMetadata> rule(String id) {
    return rules.stream().filter(rule -> rule.answersTo(id)).findFirst();
  }

  /** Every finding, sorted by rule, target, status and message. */
  public List<Finding> findings() {
    return findings;
  }

  /** The findings with {@code status}. */
  public List<Finding> findings(Status status) {
    return findings.stream().filter(f -> f.status() == status).toList();
  }

  /** The number of findings with {@code status}. */
  public long count(Status status) {
    return findings.stream().filter(f -> f.status() == status).count();
  }

  /** The coverage records of the snapshot that are not COLLECTED. */
  public List<CoverageRecord> coverageGaps() {
    return coverageGaps;
  }

  /** The failures of severity {@code threshold} or worse. */
  public List<Finding> failuresAtOrAbove(Severity threshold) {
    return findings.stream()
        .filter(f -> f.status() == Status.FAIL && f.severity().atLeast(threshold))
        .toList();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Report report
        && report.snapshot.equals(snapshot)
        && report.findings.equals(findings)
        && report.coverageGaps.equals(coverageGaps)
        && report.rules.stream()
            .map(RuleMetadata::id)
            .toList()
            .equals(rules.stream().map(RuleMetadata::id).toList());
  }

  @Override
  public int hashCode() {
    return Objects.hash(snapshot, findings);
  }

  @Override
  public String toString() {
    return "Report of " + rules.size() + " rules: " + findings.size() + " findings";
  }
}
