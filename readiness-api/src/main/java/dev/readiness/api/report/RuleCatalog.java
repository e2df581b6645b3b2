package dev.readiness.api.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.readiness.api.RuleMetadata;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** The rule catalogue as JSON: the same rule objects as in the JSON report. */
public final class RuleCatalog {
  private RuleCatalog() {}

  /** Writes {@code {"rules": [...]}} with every field of each rule's metadata. */
  public static void writeJson(List<RuleMetadata> rules, OutputStream out) throws IOException {
    try (JsonGenerator json = JsonOutput.open(out)) {
      json.writeStartObject();
      json.writeNumberField("schemaVersion", JsonReportWriter.SCHEMA_VERSION);
      json.writeArrayFieldStart("rules");
      for (RuleMetadata rule : rules) {
        JsonReportWriter.rule(json, rule);
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    out.write('\n');
  }
}
