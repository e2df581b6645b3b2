package dev.readiness.api.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.api.report.Baseline;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a baseline file, as {@link Baseline#write} writes it:
 *
 * <pre>{@code
 * {"format": "readiness-baseline", "version": 1,
 *  "failures": [{"ruleId": "FR-LOG-01", "resourceId": "/subscriptions/..."}]}
 * }</pre>
 *
 * Rule ids are not checked against the available rules: a baseline records failures of its day, and
 * a rule removed since simply has no failure left to match.
 */
public final class BaselineReader {
  private BaselineReader() {}

  /**
   * Reads the baseline in {@code file}.
   *
   * @throws InputFileException naming {@code file:line:column} and what was expected
   */
  public static Baseline read(Path file) {
    return baseline(LocatedJson.read(file));
  }

  /**
   * Reads a baseline from {@code in}, naming it {@code source} in messages.
   *
   * @throws InputFileException naming the source, line and column of bad input
   */
  public static Baseline read(InputStream in, String source) {
    try {
      return baseline(LocatedJson.read(in, source));
    } catch (IOException unreadable) {
      throw new InputFileException(source, 0, 0, "cannot be read: " + unreadable.getMessage());
    }
  }

  private static Baseline baseline(LocatedJson json) {
    ObjectNode root =
        json.object(json.root(), "a baseline {\"format\": \"" + Baseline.FORMAT + "\", ...}");
    json.onlyFields(root, Set.of("format", "version", "failures"));
    if (!Baseline.FORMAT.equals(json.text(root, "format"))) {
      throw json.error(root.get("format"), "expected \"format\": \"" + Baseline.FORMAT + "\".");
    }
    JsonNode version = root.get("version");
    if (version == null
        || !version.isIntegralNumber()
        || !version.canConvertToInt()
        || version.asInt() != Baseline.VERSION) {
      throw json.error(
          version == null ? root : version, "expected \"version\": " + Baseline.VERSION + ".");
    }
    List<Baseline.Failure> failures = new ArrayList<>();
    for (JsonNode element : json.array(root, "failures")) {
      ObjectNode failure = json.object(element, "a failure {\"ruleId\", \"resourceId\"}");
      json.onlyFields(failure, Set.of("ruleId", "resourceId"));
      failures.add(
          new Baseline.Failure(json.text(failure, "ruleId"), json.text(failure, "resourceId")));
    }
    return Baseline.of(failures);
  }
}
