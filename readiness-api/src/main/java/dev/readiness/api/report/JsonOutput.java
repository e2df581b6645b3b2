package dev.readiness.api.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.readiness.api.ArmChange;
import dev.readiness.api.Change;
import dev.readiness.api.Evidence;
import dev.readiness.api.Fix;
import dev.readiness.api.FixParameter;
import dev.readiness.api.GraphRequest;
import dev.readiness.api.HumanStep;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one way report files write JSON: UTF-8, two-space indent, {@code \n} line ends on every
 * platform, so the same report gives the same bytes everywhere.
 */
final class JsonOutput {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");

  private JsonOutput() {}

  /** A pretty-printing generator on {@code out} that leaves {@code out} open when closed. */
  static JsonGenerator open(OutputStream out) throws IOException {
    JsonGenerator generator = FACTORY.createGenerator(out, JsonEncoding.UTF8);
    generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    generator.setPrettyPrinter(
        new DefaultPrettyPrinter(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(INDENT)
            .withArrayIndenter(INDENT));
    return generator;
  }

  /**
   * A generator as {@link #open}, except that each item of the top-level array fields named {@code
   * oneLineArrays} is written on one line.
   */
  static JsonGenerator open(OutputStream out, Set<String> oneLineArrays) throws IOException {
    JsonGenerator generator = FACTORY.createGenerator(out, JsonEncoding.UTF8);
    generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    generator.setPrettyPrinter(new OneLinePerItem(oneLineArrays));
    return generator;
  }

  /** Writes {@code values} as an array field. */
  static void stringArray(JsonGenerator json, String field, List<String> values)
      throws IOException {
    json.writeArrayFieldStart(field);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }

  /** Writes the {@code evidence} array field, as the JSON report documents it. */
  static void evidence(JsonGenerator json, List<Evidence> items) throws IOException {
    json.writeArrayFieldStart("evidence");
    for (Evidence evidence : items) {
      json.writeStartObject();
      json.writeStringField("resourceId", evidence.resourceId().toString());
      json.writeStringField("pointer", evidence.pointer());
      json.writeStringField("observed", evidence.observed());
      json.writeStringField("expected", evidence.expected());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  /**
   * Writes a finding's {@code fix} object in full: its parameters and its changes, for the formats
   * (SARIF, OCSF) that carry each finding's fix with the finding.
   */
  static void fix(JsonGenerator json, Fix fix) throws IOException {
    json.writeObjectFieldStart("fix");
    json.writeArrayFieldStart("parameters");
    for (FixParameter parameter : fix.parameters()) {
      json.writeStartObject();
      json.writeStringField("name", parameter.name());
      json.writeStringField("description", parameter.description());
      json.writeStringField("default", parameter.defaultValue());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("changes");
    for (Change change : fix.changes()) {
      change(json, change);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  /** One change of a fix, in full. */
  static void change(JsonGenerator json, Change change) throws IOException {
    json.writeStartObject();
    if (change instanceof ArmChange arm) {
      json.writeStringField("kind", "arm");
      json.writeStringField("method", arm.method().name());
      json.writeStringField("resourceId", arm.resourceId());
      json.writeStringField("type", arm.type());
      json.writeStringField("apiVersion", arm.apiVersion());
      json.writeFieldName("body");
      bodyValue(json, arm.body());
      json.writeStringField("cost", arm.cost().orElse(""));
    } else if (change instanceof GraphRequest graph) {
      json.writeStringField("kind", "graph");
      json.writeStringField("method", graph.method());
      json.writeStringField("path", graph.path());
      json.writeStringField("permission", graph.permission());
      json.writeFieldName("body");
      bodyValue(json, graph.body());
    } else if (change instanceof HumanStep human) {
      json.writeStringField("kind", "human");
      json.writeStringField("who", human.who());
    }
    json.writeStringField("summary", change.summary());
    json.writeEndObject();
  }

  /** Writes an ARM or Graph request body; a parameter becomes {@code [parameters('name')]}. */
  static void bodyValue(JsonGenerator json, Object value) throws IOException {
    if (value instanceof Map<?, ?> map) {
      json.writeStartObject();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        json.writeFieldName((String) entry.getKey());
        bodyValue(json, entry.getValue());
      }
      json.writeEndObject();
    } else if (value instanceof List<?> list) {
      json.writeStartArray();
      for (Object item : list) {
        bodyValue(json, item);
      }
      json.writeEndArray();
    } else if (value instanceof FixParameter parameter) {
      json.writeString("[parameters('" + parameter.name() + "')]");
    } else {
      json.writeObject(value);
    }
  }
}
