package dev.readiness.api.format;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.api.CoverageRecord;
import dev.readiness.api.CoverageStatus;
import dev.readiness.api.ResourceId;
import dev.readiness.api.ResourceType;
import dev.readiness.api.Snapshot;
import dev.readiness.api.SnapshotMetadata;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Snapshot format v1: the field names, and the streaming reader of its top-level object. */
final class FormatV1 {
  static final String FORMAT = "readiness-snapshot";
  static final int VERSION = 1;
  private static final Set<String> FIELDS =
      Set.of("format", "version", "metadata", "coverage", "resources");

  private FormatV1() {}

  static boolean isField(String name) {
    return FIELDS.contains(name);
  }

  /** Reads the fields of the top-level object; the parser is on its first field name. */
  static SnapshotReader.Reading readFields(JsonInput input) {
    boolean sawFormat = false;
    boolean sawVersion = false;
    SnapshotMetadata metadata = null;
    ImportCoverage builder = new ImportCoverage("", Instant.EPOCH, input.source());
    boolean sawResources = false;
    do {
      String field = input.fieldName();
      input.next();
      switch (field) {
        case "format" -> {
          String format = input.text("format");
          if (!format.equals(FORMAT)) {
            throw input.error(
                "expected 'format' to be '" + FORMAT + "' but found '" + format + "'");
          }
          sawFormat = true;
        }
        case "version" -> {
          String version = input.wholeNumber("version");
          if (!version.equals(String.valueOf(VERSION))) {
            throw input.error(
                "unknown snapshot version "
                    + (version.length() > 24 ? version.substring(0, 24) + "…" : version)
                    + "; this reader understands version "
                    + VERSION);
          }
          sawVersion = true;
        }
        case "metadata" -> metadata = readMetadata(input);
        case "coverage" -> readCoverage(input, builder);
        case "resources" -> {
          readResources(input, builder);
          sawResources = true;
        }
        default ->
            throw input.error("unexpected field '" + field + "'; a v1 snapshot has " + FIELDS);
      }
    } while (input.next() == JsonToken.FIELD_NAME);
    if (!sawFormat || !sawVersion) {
      throw input.error("a Readiness snapshot needs 'format' and 'version' fields");
    }
    if (metadata == null) {
      throw input.error("a Readiness snapshot needs a 'metadata' object");
    }
    if (!sawResources) {
      throw input.error("a Readiness snapshot needs a 'resources' array");
    }
    SnapshotMetadata read = metadata;
    return new SnapshotReader.Reading() {
      @Override
      public Snapshot build() {
        return builder.build(read);
      }

      @Override
      public Optional<String> summary() {
        return builder.summary();
      }
    };
  }

  private static SnapshotMetadata readMetadata(JsonInput input) {
    input.expect(JsonToken.START_OBJECT, "an object for 'metadata'");
    JsonLocation at = input.parser().currentTokenLocation();
    JsonNode node = SnapshotReader.readTree(input);
    String capturedAt = string(input, at, node, "capturedAt", true);
    Instant captured;
    try {
      captured = Instant.parse(capturedAt);
    } catch (DateTimeParseException malformed) {
      throw input.errorAt(
          at,
          "expected 'metadata.capturedAt' to be an ISO-8601 instant such as 2026-01-31T12:00:00Z but found '"
              + capturedAt
              + "'");
    }
    List<String> subscriptions = new ArrayList<>();
    JsonNode list = node.get("subscriptions");
    if (list != null) {
      if (!list.isArray()) {
        throw input.errorAt(
            at, "expected 'metadata.subscriptions' to be an array of subscription ids");
      }
      for (JsonNode item : list) {
        if (!item.isTextual()) {
          throw input.errorAt(
              at,
              "expected 'metadata.subscriptions' to hold strings but found "
                  + item.getNodeType().toString().toLowerCase(Locale.ROOT));
        }
        subscriptions.add(item.textValue());
      }
    }
    return new SnapshotMetadata(
        Optional.of(string(input, at, node, "tenantId", false)).filter(id -> !id.isBlank()),
        subscriptions,
        orDefault(string(input, at, node, "cloud", false), "AzureCloud"),
        captured,
        orDefault(string(input, at, node, "producer", false), "unknown"),
        orDefault(string(input, at, node, "producerVersion", false), "unknown"));
  }

  private static String orDefault(String value, String fallback) {
    return value.isEmpty() ? fallback : value;
  }

  private static String string(
      JsonInput input, JsonLocation at, JsonNode node, String field, boolean required) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      if (required) {
        throw input.errorAt(at, "expected 'metadata." + field + "' but it is missing");
      }
      return "";
    }
    if (!value.isTextual()) {
      throw input.errorAt(
          at,
          "expected a string for 'metadata."
              + field
              + "' but found "
              + value.getNodeType().toString().toLowerCase(Locale.ROOT));
    }
    return value.textValue();
  }

  private static void readCoverage(JsonInput input, ImportCoverage builder) {
    input.expect(JsonToken.START_ARRAY, "an array for 'coverage'");
    while (input.next() != JsonToken.END_ARRAY) {
      JsonLocation at = input.parser().currentTokenLocation();
      input.expect(JsonToken.START_OBJECT, "a coverage record object");
      JsonNode record = SnapshotReader.readTree(input);
      builder.record(coverageRecord(input, at, record));
    }
  }

  private static CoverageRecord coverageRecord(JsonInput input, JsonLocation at, JsonNode record) {
    try {
      ResourceId scope = ResourceId.parse(required(input, at, record, "scope"));
      String typeName = required(input, at, record, "type");
      ResourceType type =
          typeName.equals(ResourceType.ALL_TOP_LEVEL.toString())
              ? ResourceType.ALL_TOP_LEVEL
              : ResourceType.of(typeName);
      String statusName = required(input, at, record, "status");
      CoverageStatus status;
      try {
        status = CoverageStatus.valueOf(statusName);
      } catch (IllegalArgumentException unknown) {
        throw input.errorAt(
            at,
            "expected a coverage 'status' of COLLECTED, DENIED, FAILED or NOT_COLLECTED but found '"
                + statusName
                + "'");
      }
      JsonNode http = record.get("httpStatus");
      if (http != null && !http.isInt()) {
        throw input.errorAt(at, "expected a whole number for coverage 'httpStatus'");
      }
      return new CoverageRecord(
          scope,
          type,
          status,
          http == null ? 0 : http.intValue(),
          optional(record, "permission"),
          optional(record, "request"),
          optional(record, "message"));
    } catch (IllegalArgumentException invalid) {
      throw input.errorAt(at, "invalid coverage record: " + invalid.getMessage());
    }
  }

  private static String required(JsonInput input, JsonLocation at, JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      throw input.errorAt(at, "expected a string '" + field + "' in the coverage record");
    }
    return value.textValue();
  }

  private static String optional(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || !value.isTextual() ? null : value.textValue();
  }

  private static void readResources(JsonInput input, ImportCoverage builder) {
    input.expect(JsonToken.START_ARRAY, "an array for 'resources'");
    while (input.next() != JsonToken.END_ARRAY) {
      JsonLocation at = input.parser().currentTokenLocation();
      input.expect(JsonToken.START_OBJECT, "a resource object");
      builder.take(at, (ObjectNode) SnapshotReader.readTree(input), null);
    }
  }
}
