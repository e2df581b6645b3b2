package dev.readiness.api.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.readiness.api.Evidence;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

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
}
