package dev.readiness.api.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.readiness.api.Finding;
import dev.readiness.api.RuleMetadata;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * The rule catalogue as JSON: the same rule objects as in the JSON report, each with an example of
 * the fix the rule builds.
 */
public final class RuleCatalog {
  private RuleCatalog() {}

  /**
   * Writes {@code {"rules": [...]}} with every field of each rule's metadata and its {@code
   * example}: the resource of an example failure and the fix built for it ({@code {"resourceId",
   * "name", "fix": {"parameters", "changes"}}}, the fix as the JSON report writes a finding's), or
   * null when {@code examples} holds none for the rule.
   *
   * @param rules the rules, in the order to write them
   * @param examples an example failure of each rule, by rule id, such as the case study's
   * @param out where to write
   */
  public static void writeJson(
      List<RuleMetadata> rules, Map<String, Finding> examples, OutputStream out)
      throws IOException {
    try (JsonGenerator json = JsonOutput.open(out)) {
      json.writeStartObject();
      json.writeNumberField("schemaVersion", JsonReportWriter.SCHEMA_VERSION);
      json.writeArrayFieldStart("rules");
      for (RuleMetadata rule : rules) {
        json.writeStartObject();
        JsonReportWriter.ruleFields(json, rule);
        Finding example = examples.get(rule.id());
        if (example == null) {
          json.writeNullField("example");
        } else {
          json.writeObjectFieldStart("example");
          json.writeStringField("resourceId", example.target().id().toString());
          json.writeStringField("name", example.target().name());
          JsonOutput.fix(json, example.fix());
          json.writeEndObject();
        }
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    out.write('\n');
  }
}
