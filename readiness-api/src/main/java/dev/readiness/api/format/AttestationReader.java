package dev.readiness.api.format;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.readiness.api.Attestation;
import dev.readiness.api.Attestations;
import dev.readiness.api.ResourceId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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
   * @throws SnapshotFormatException naming the file, line and column of bad input
   */
  public static Attestations read(Path file) {
    String source = file.toString();
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, source);
    } catch (NoSuchFileException missing) {
      throw new SnapshotFormatException(source, 0, 0, "no such file");
    } catch (IOException unreadable) {
      throw new SnapshotFormatException(source, 0, 0, "cannot be read: " + unreadable.getMessage());
    }
  }

  /**
   * Reads attestations from {@code in}, naming it {@code source} in messages.
   *
   * @throws SnapshotFormatException naming the source, line and column of bad input
   */
  public static Attestations read(InputStream in, String source) {
    try (JsonInput input = new JsonInput(in, source)) {
      input.next();
      input.expect(JsonToken.START_OBJECT, "an object with an 'attestations' array");
      List<Attestation> items = new ArrayList<>();
      boolean sawList = false;
      while (input.next() == JsonToken.FIELD_NAME) {
        String field = input.fieldName();
        input.next();
        if (!field.equals("attestations")) {
          throw input.error("unexpected field '" + field + "'; expected 'attestations'");
        }
        input.expect(JsonToken.START_ARRAY, "an array for 'attestations'");
        sawList = true;
        while (input.next() != JsonToken.END_ARRAY) {
          JsonLocation at = input.parser().currentTokenLocation();
          input.expect(JsonToken.START_OBJECT, "an attestation object");
          items.add(attestation(input, at, SnapshotReader.readTree(input)));
        }
      }
      if (!sawList) {
        throw input.error("expected an 'attestations' array");
      }
      if (!input.atEnd()) {
        throw input.error("unexpected content after the end of the document");
      }
      return Attestations.of(items);
    }
  }

  private static Attestation attestation(JsonInput input, JsonLocation at, JsonNode node) {
    node.fieldNames()
        .forEachRemaining(
            name -> {
              if (!FIELDS.contains(name)) {
                throw input.errorAt(
                    at, "unexpected field '" + name + "' in an attestation; expected " + FIELDS);
              }
            });
    String ruleId = text(input, at, node, "ruleId");
    String dateText = text(input, at, node, "date");
    LocalDate date;
    try {
      date = LocalDate.parse(dateText);
    } catch (DateTimeParseException malformed) {
      throw input.errorAt(
          at, "expected 'date' of " + ruleId + " as YYYY-MM-DD but found '" + dateText + "'");
    }
    JsonNode scopeNode = node.get("scope");
    ResourceId scope = ResourceId.TENANT;
    if (scopeNode != null) {
      if (!scopeNode.isTextual()) {
        throw input.errorAt(at, "expected 'scope' of " + ruleId + " to be a resource id string");
      }
      try {
        scope = ResourceId.parse(scopeNode.textValue());
      } catch (IllegalArgumentException malformed) {
        throw input.errorAt(at, malformed.getMessage());
      }
    }
    try {
      return Attestation.builder(ruleId)
          .scope(scope)
          .evidence(text(input, at, node, "evidence"))
          .owner(text(input, at, node, "owner"))
          .date(date)
          .build();
    } catch (IllegalArgumentException invalid) {
      throw input.errorAt(at, invalid.getMessage());
    }
  }

  private static String text(JsonInput input, JsonLocation at, JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual() || value.textValue().isBlank()) {
      throw input.errorAt(at, "expected a non-empty string '" + field + "' in the attestation");
    }
    return value.textValue();
  }
}
