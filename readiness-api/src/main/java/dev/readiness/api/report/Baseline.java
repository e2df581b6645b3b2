package dev.readiness.api.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.api.Finding;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
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
  private static final String FORMAT = "readiness-baseline";

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
   * Reads a baseline file.
   *
   * @throws ReportInputException naming {@code file:line:column} and what was expected
   */
  public static Baseline read(Path file) {
    LocatedJson json = LocatedJson.read(file);
    ObjectNode root = json.object(json.root(), "a baseline {\"format\": \"" + FORMAT + "\", ...}");
    json.onlyFields(root, Set.of("format", "version", "failures"));
    if (!FORMAT.equals(json.text(root, "format"))) {
      throw json.error(root.get("format"), "expected \"format\": \"" + FORMAT + "\".");
    }
    JsonNode version = root.get("version");
    if (version == null || !version.isIntegralNumber() || version.asInt() != 1) {
      throw json.error(version == null ? root : version, "expected \"version\": 1.");
    }
    SortedSet<Key> keys = new TreeSet<>();
    for (JsonNode element : json.array(root, "failures")) {
      ObjectNode failure = json.object(element, "a failure {\"ruleId\", \"resourceId\"}");
      json.onlyFields(failure, Set.of("ruleId", "resourceId"));
      keys.add(Key.of(json.text(failure, "ruleId"), json.text(failure, "resourceId")));
    }
    return new Baseline(keys);
  }

  /** Writes the baseline as JSON, sorted, so it diffs well under version control. */
  public void write(OutputStream out) throws IOException {
    try (JsonGenerator json = JsonOutput.open(out)) {
      json.writeStartObject();
      json.writeStringField("format", FORMAT);
      json.writeNumberField("version", 1);
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
