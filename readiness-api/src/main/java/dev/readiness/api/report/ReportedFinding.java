package dev.readiness.api.report;

import dev.readiness.api.Finding;
import dev.readiness.api.Status;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A finding as a report shows it: the rule's finding, unchanged, with the status it is reported
 * under and the waiver that accepted it, if any.
 */
public final class ReportedFinding {
  /**
   * The one order of findings in every report format and the terminal: worst severity first, then
   * rule, then resource (then status and message, so the order is total). A reader meets the
   * critical gaps before the low ones whichever format they open.
   */
  public static final Comparator<ReportedFinding> ORDER =
      Comparator.comparing((ReportedFinding entry) -> entry.finding().severity())
          .thenComparing(ReportedFinding::finding, Finding.ORDER);

  private final Finding finding;
  private final ReportStatus status;
  private final Waiver waiver;

  private ReportedFinding(Finding finding, ReportStatus status, Waiver waiver) {
    this.finding = Objects.requireNonNull(finding, "'finding' cannot be null.");
    this.status = status;
    this.waiver = waiver;
  }

  static ReportedFinding of(Finding finding) {
    return new ReportedFinding(finding, ReportStatus.of(finding.status()), null);
  }

  ReportedFinding waivedBy(Waiver accepted) {
    return new ReportedFinding(finding, ReportStatus.WAIVED, accepted);
  }

  ReportedFinding knownInBaseline() {
    return new ReportedFinding(finding, ReportStatus.BASELINE, null);
  }

  /** The rule's finding, as the engine produced it. */
  public Finding finding() {
    return finding;
  }

  /** The status the report shows. */
  public ReportStatus status() {
    return status;
  }

  /** The status the rule decided, before waivers and baseline. */
  public Status evaluatedStatus() {
    return finding.status();
  }

  /** The waiver that accepted the finding, when {@link #status()} is WAIVED. */
  public Optional<Waiver> waiver() {
    return Optional.ofNullable(waiver);
  }

  /**
   * A stable identity of the finding across runs: a SHA-256 of the rule id and the resource id
   * (lower case, as ARM compares ids). It does not change with the status or message, so tools that
   * track findings over time (code scanning, data lakes) see one finding, not a new one per run.
   */
  public String fingerprint() {
    String key = finding.ruleId() + "|" + finding.target().id().toString().toLowerCase(Locale.ROOT);
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("Every Java platform has SHA-256.", impossible);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ReportedFinding that
        && that.finding.equals(finding)
        && that.status == status
        && Objects.equals(that.waiver, waiver);
  }

  @Override
  public int hashCode() {
    return Objects.hash(finding, status, waiver);
  }

  @Override
  public String toString() {
    return status + " " + finding.ruleId() + " " + finding.target().id();
  }
}
