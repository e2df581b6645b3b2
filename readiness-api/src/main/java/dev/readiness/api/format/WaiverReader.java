package dev.readiness.api.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.api.RuleMetadata;
import dev.readiness.api.report.Waiver;
import dev.readiness.api.report.Waivers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads a waiver file: accepted gaps, each with a justification, an owner and an expiry.
 *
 * <pre>{@code
 * {
 *   "waivers": [
 *     {
 *       "ruleId": "FR-NET-02",
 *       "resource": "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-lab/**",
 *       "justification": "Lab network, no production data.",
 *       "owner": "secops@contoso.example",
 *       "expires": "2026-12-31"
 *     }
 *   ]
 * }
 * }</pre>
 */
public final class WaiverReader {
  private static final Set<String> FIELDS =
      Set.of("ruleId", "resource", "justification", "owner", "expires");

  private WaiverReader() {}

  /**
   * Reads the waivers in {@code file}.
   *
   * @throws InputFileException naming {@code file:line:column} and what was expected
   */
  public static Waivers read(Path file) {
    return waivers(LocatedJson.read(file), RuleIdCheck.none());
  }

  /**
   * Reads the waivers in {@code file}, telling {@code warnings} in one line, {@code
   * file:line:column} first, of each waiver whose rule id none of {@code rules}, the rules
   * available, answers to.
   *
   * @throws InputFileException naming {@code file:line:column} and what was expected
   */
  public static Waivers read(Path file, Collection<RuleMetadata> rules, Consumer<String> warnings) {
    return waivers(LocatedJson.read(file), RuleIdCheck.against(rules, warnings));
  }

  /**
   * Reads waivers from {@code in}, naming it {@code source} in messages.
   *
   * @throws InputFileException naming the source, line and column of bad input
   */
  public static Waivers read(InputStream in, String source) {
    try {
      return waivers(LocatedJson.read(in, source), RuleIdCheck.none());
    } catch (IOException unreadable) {
      throw new InputFileException(source, 0, 0, "cannot be read: " + unreadable.getMessage());
    }
  }

  private static Waivers waivers(LocatedJson json, RuleIdCheck ruleIds) {
    ObjectNode root = json.object(json.root(), "a waiver file {\"waivers\": [...]}");
    json.onlyFields(root, Set.of("waivers"));
    List<Waiver> items = new ArrayList<>();
    for (JsonNode element : json.array(root, "waivers")) {
      ObjectNode waiver = json.object(element, "a waiver");
      json.onlyFields(waiver, FIELDS);
      String ruleId = json.text(waiver, "ruleId");
      ruleIds.waiver(json, waiver.get("ruleId"), ruleId);
      items.add(
          new Waiver(
              ruleId,
              json.text(waiver, "resource"),
              json.text(waiver, "justification"),
              json.text(waiver, "owner"),
              date(json, waiver),
              json.where(waiver)));
    }
    return Waivers.of(items);
  }

  private static LocalDate date(LocatedJson json, ObjectNode waiver) {
    String text = json.text(waiver, "expires");
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException malformed) {
      throw json.error(
          waiver.get("expires"), "expected 'expires' as a date YYYY-MM-DD, not '" + text + "'.");
    }
  }
}
