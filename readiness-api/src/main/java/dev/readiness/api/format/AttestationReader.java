package dev.readiness.api.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.api.Attestation;
import dev.readiness.api.Attestations;
import dev.readiness.api.ResourceId;
import dev.readiness.api.RuleMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads an attestation file: dated human statements for checklist rows no API can show.
 *
 * <pre>{@code
 * {"attestations": [
 *   {"ruleId": "FR-IR-05", "evidence": "https://wiki.contoso.example/ir-plan",
 *    "owner": "secops@contoso.example", "date": "2026-03-01", "scope": "/"}
 * ]}
 * }</pre>
 *
 * {@code scope} is optional ({@code /}, the tenant, by default): a subscription or resource id
 * limits the attestation to that part of the tenant.
 */
public final class AttestationReader {
  private static final Set<String> FIELDS = Set.of("ruleId", "evidence", "owner", "date", "scope");

  private AttestationReader() {}

  /**
   * Reads the attestations in {@code file}.
   *
   * @throws InputFileException naming the file, line and column of bad input
   */
  public static Attestations read(Path file) {
    return attestations(LocatedJson.read(file), RuleIdCheck.none());
  }

  /**
   * Reads the attestations in {@code file}, telling {@code warnings} in one line, {@code
   * file:line:column} first, of each attestation that applies to nothing: its rule id is one none
   * of {@code rules}, the rules available, answers to, or its rule is not {@linkplain
   * RuleMetadata#attestable() attestable}.
   *
   * @throws InputFileException naming the file, line and column of bad input
   */
  public static Attestations read(
      Path file, Collection<RuleMetadata> rules, Consumer<String> warnings) {
    return attestations(LocatedJson.read(file), RuleIdCheck.against(rules, warnings));
  }

  /**
   * Reads attestations from {@code in}, naming it {@code source} in messages.
   *
   * @throws InputFileException naming the source, line and column of bad input
   */
  public static Attestations read(InputStream in, String source) {
    try {
      return attestations(LocatedJson.read(in, source), RuleIdCheck.none());
    } catch (IOException unreadable) {
      throw new InputFileException(source, 0, 0, "cannot be read: " + unreadable.getMessage());
    }
  }

  private static Attestations attestations(LocatedJson json, RuleIdCheck ruleIds) {
    ObjectNode root = json.object(json.root(), "an object with an 'attestations' array");
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!name.equals("attestations")) {
        throw json.error(
            root.get(name), "unexpected field '" + name + "'; expected 'attestations'");
      }
    }
    if (!root.has("attestations")) {
      throw json.error(root, "expected an 'attestations' array");
    }
    List<Attestation> items = new ArrayList<>();
    for (JsonNode element : json.array(root, "attestations")) {
      ObjectNode node = json.object(element, "an attestation");
      Attestation attestation = attestation(json, node);
      ruleIds.attestation(json, node.get("ruleId"), attestation.ruleId());
      items.add(attestation);
    }
    return Attestations.of(items);
  }

  private static Attestation attestation(LocatedJson json, ObjectNode node) {
    node.fieldNames()
        .forEachRemaining(
            name -> {
              if (!FIELDS.contains(name)) {
                throw json.error(
                    node, "unexpected field '" + name + "' in an attestation; expected " + FIELDS);
              }
            });
    String ruleId = text(json, node, "ruleId");
    String dateText = text(json, node, "date");
    LocalDate date;
    try {
      date = LocalDate.parse(dateText);
    } catch (DateTimeParseException malformed) {
      throw json.error(
          node, "expected 'date' of " + ruleId + " as YYYY-MM-DD but found '" + dateText + "'");
    }
    JsonNode scopeNode = node.get("scope");
    ResourceId scope = ResourceId.TENANT;
    if (scopeNode != null) {
      if (!scopeNode.isTextual()) {
        throw json.error(node, "expected 'scope' of " + ruleId + " to be a resource id string");
      }
      try {
        scope = ResourceId.parse(scopeNode.textValue());
      } catch (IllegalArgumentException malformed) {
        throw json.error(node, malformed.getMessage());
      }
    }
    try {
      return Attestation.builder(ruleId)
          .scope(scope)
          .evidence(text(json, node, "evidence"))
          .owner(text(json, node, "owner"))
          .date(date)
          .build();
    } catch (IllegalArgumentException invalid) {
      throw json.error(node, invalid.getMessage());
    }
  }

  private static String text(LocatedJson json, ObjectNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual() || value.textValue().isBlank()) {
      throw json.error(node, "expected a non-empty string '" + field + "' in the attestation");
    }
    return value.textValue();
  }
}
