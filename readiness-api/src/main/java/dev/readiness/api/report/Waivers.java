package dev.readiness.api.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A waiver file:
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
public final class Waivers {
  private static final Set<String> FIELDS =
      Set.of("ruleId", "resource", "justification", "owner", "expires");

  private final List<Waiver> items;

  private Waivers(List<Waiver> items) {
    this.items = List.copyOf(items);
  }

  /** Waivers from a list. */
  public static Waivers of(List<Waiver> items) {
    return new Waivers(items);
  }

  /** No waivers. */
  public static Waivers none() {
    return new Waivers(List.of());
  }

  /**
   * Reads a waiver file.
   *
   * @throws ReportInputException naming {@code file:line:column} and what was expected
   */
  public static Waivers read(Path file) {
    LocatedJson json = LocatedJson.read(file);
    ObjectNode root = json.object(json.root(), "a waiver file {\"waivers\": [...]}");
    json.onlyFields(root, Set.of("waivers"));
    List<Waiver> items = new ArrayList<>();
    for (JsonNode element : json.array(root, "waivers")) {
      ObjectNode waiver = json.object(element, "a waiver");
      json.onlyFields(waiver, FIELDS);
      items.add(
          new Waiver(
              json.text(waiver, "ruleId"),
              json.text(waiver, "resource"),
              json.text(waiver, "justification"),
              json.text(waiver, "owner"),
              date(json, waiver),
              json.where(waiver)));
    }
    return new Waivers(items);
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

  /** Every waiver, in file order. */
  public List<Waiver> all() {
    return items;
  }
}
