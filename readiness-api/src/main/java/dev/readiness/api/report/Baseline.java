package dev.readiness.api.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.readiness.api.Finding;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The failures known on one day, by rule id and resource id: with a baseline, only new failures
 * fail, and known ones are reported as BASELINE (the freeze mode). The file:
 *
 * <pre>{@code
 * {"format": "readiness-baseline", "version": 1,
 *  "failures": [{"ruleId": "FR-LOG-01", "resourceId": "/subscriptions/..."}]}
 * }</pre>
 */
public final class Baseline {
  /** The {@code format} field of a baseline file. */
  public static final String FORMAT = "readiness-baseline";

  /** The {@code version} field of a baseline file. */
  public static final int VERSION = 1;

  /**
   * A known failure.
   *
   * @param ruleId the rule that failed
   * @param resourceId the resource it failed on
   */
  public record Failure(String ruleId, String resourceId) {
    /** Validates the failure. */
    public Failure {
      Objects.requireNonNull(ruleId, "'ruleId' cannot be null.");
      Objects.requireNonNull(resourceId, "'resourceId' cannot be null.");
    }
  }

  /** Known failures; ids compare ignoring case, as ARM's do, and are written as found. */
  private final SortedSet<Key> failures;

  private record Key(String ruleId, String resourceId) implements Comparable<Key> {
    private static final java.util.Comparator<Key> ORDER =
        java.util.Comparator.comparing(Key::ruleId, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Key::resourceId, String.CASE_INSENSITIVE_ORDER);

    static Key of(String ruleId, String resourceId) {
      return new Key(ruleId, resourceId);
    }

    @Override
    public int compareTo(Key other) {
      return ORDER.compare(this, other);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && compareTo(key) == 0;
    }

    @Override
    public int hashCode() {
      return Objects.hash(ruleId.toUpperCase(Locale.ROOT), resourceId.toLowerCase(Locale.ROOT));
    }
  }

  private Baseline(SortedSet<Key> failures) {
    this.failures = failures;
  }

  /**
   * The baseline of {@code report}: its failures that count today, plus those already known from an
   * earlier baseline (so re-recording keeps them).
   */
  public static Baseline of(ScanReport report) {
    SortedSet<Key> keys = new TreeSet<>();
    for (ReportedFinding entry : report.findings()) {
      if (entry.status() == ReportStatus.FAIL || entry.status() == ReportStatus.BASELINE) {
        keys.add(key(entry.finding()));
      }
    }
    return new Baseline(keys);
  }

  /**
   * The baseline that knows exactly {@code known}; {@link dev.readiness.api.format.BaselineReader}
   * reads one from a file.
   */
  public static Baseline of(Collection<Failure> known) {
    SortedSet<Key> keys = new TreeSet<>();
    for (Failure failure : known) {
      keys.add(Key.of(failure.ruleId(), failure.resourceId()));
    }
    return new Baseline(keys);
  }

  /** Writes the baseline as JSON, sorted, so it diffs well under version control. */
  public void write(OutputStream out) throws IOException {
    try (JsonGenerator json = JsonOutput.open(out)) {
      json.writeStartObject();
      json.writeStringField("format", FORMAT);
      json.writeNumberField("version", VERSION);
      json.writeArrayFieldStart("failures");
      for (Key key : failures) {
        json.writeStartObject();
        json.writeStringField("ruleId", key.ruleId());
        json.writeStringField("resourceId", key.resourceId());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    out.write('\n');
  }

  /** True when {@code finding}'s rule and resource are known failures. */
  public boolean knows(Finding finding) {
    return failures.contains(key(finding));
  }

  /** How many failures the baseline records. */
  public int size() {
    return failures.size();
  }

  private static Key key(Finding finding) {
    return Key.of(finding.ruleId(), finding.target().id().toString());
  }
}
