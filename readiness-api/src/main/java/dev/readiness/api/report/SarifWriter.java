package dev.readiness.api.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.readiness.api.Finding;
import dev.readiness.api.RuleMetadata;
import dev.readiness.api.Severity;
import dev.readiness.api.Version;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * SARIF 2.1.0, for GitHub code scanning and other SARIF viewers. Each rule is a reporting
 * descriptor with help text and Markdown; each finding a result whose {@code kind} says what the
 * rule decided (fail, pass, open for undecided, review for manual) and whose {@code level} is
 * error, warning or note for failures by severity and none otherwise, as SARIF requires. A
 * finding's resource is a logical location; waived findings carry an accepted external suppression;
 * with a baseline, results carry {@code baselineState}. Rules that crashed are also tool execution
 * notifications, and expired waivers configuration notifications.
 */
final class SarifWriter {
  private static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

  private SarifWriter() {}

  static void write(ScanReport scan, OutputStream out) throws IOException {
    List<RuleMetadata> rules = scan.report().rules();
    Map<String, Integer> ruleIndex = new HashMap<>();
    for (int i = 0; i < rules.size(); i++) {
      ruleIndex.put(rules.get(i).id(), i);
    }
    try (JsonGenerator json = JsonOutput.open(out)) {
      json.writeStartObject();
      json.writeStringField("$schema", SCHEMA);
      json.writeStringField("version", "2.1.0");
      json.writeArrayFieldStart("runs");
      json.writeStartObject();
      json.writeObjectFieldStart("tool");
      json.writeObjectFieldStart("driver");
      json.writeStringField("name", "readiness");
      json.writeStringField("version", Version.current());
      json.writeArrayFieldStart("rules");
      for (RuleMetadata rule : rules) {
        rule(json, rule);
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeEndObject();
      invocation(json, scan);
      json.writeArrayFieldStart("results");
      for (ReportedFinding entry : scan.findings()) {
        result(json, scan, entry, ruleIndex.get(entry.finding().ruleId()));
      }
      json.writeEndArray();
      json.writeObjectFieldStart("properties");
      json.writeStringField("tenantId", scan.report().snapshot().tenantId().orElse(""));
      JsonOutput.stringArray(json, "subscriptions", scan.report().snapshot().subscriptions());
      json.writeStringField("capturedAt", scan.report().snapshot().capturedAt().toString());
      json.writeEndObject();
      json.writeEndObject();
      json.writeEndArray();
      json.writeEndObject();
    }
    out.write('\n');
  }

  private static void rule(JsonGenerator json, RuleMetadata rule) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", rule.id());
    if (!rule.alternateIds().isEmpty()) {
      json.writeArrayFieldStart("deprecatedIds");
      for (String alternate : rule.alternateIds()) {
        json.writeString(alternate);
      }
      json.writeEndArray();
    }
    json.writeObjectFieldStart("shortDescription");
    json.writeStringField("text", rule.title());
    json.writeEndObject();
    json.writeObjectFieldStart("fullDescription");
    json.writeStringField("text", rule.rationale());
    json.writeEndObject();
    json.writeObjectFieldStart("help");
    json.writeStringField("text", helpText(rule));
    json.writeStringField("markdown", helpMarkdown(rule));
    json.writeEndObject();
    if (rule.learnMore().isPresent()) {
      json.writeStringField("helpUri", rule.learnMore().get());
    }
    json.writeObjectFieldStart("defaultConfiguration");
    json.writeStringField("level", failureLevel(rule.severity()));
    json.writeEndObject();
    json.writeObjectFieldStart("properties");
    json.writeStringField("category", rule.category().title());
    json.writeStringField("severity", rule.severity().name());
    json.writeStringField("security-severity", securitySeverity(rule.severity()));
    json.writeArrayFieldStart("tags");
    json.writeString("security");
    json.writeString("forensic-readiness");
    json.writeString(rule.category().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    json.writeEndArray();
    JsonOutput.stringArray(json, "controls", rule.controls());
    JsonOutput.stringArray(json, "checklistItems", rule.checklistItems());
    json.writeEndObject();
    json.writeEndObject();
  }

  private static String helpText(RuleMetadata rule) {
    StringBuilder text = new StringBuilder(rule.rationale()).append("\n\n");
    text.append("Fix in the portal: ").append(rule.remediation().portal()).append('\n');
    rule.remediation().cli().ifPresent(cli -> text.append("Azure CLI: ").append(cli).append('\n'));
    rule.remediation()
        .bicep()
        .ifPresent(bicep -> text.append("Bicep:\n").append(bicep).append('\n'));
    if (!rule.controls().isEmpty()) {
      text.append("Controls: ").append(String.join(", ", rule.controls())).append('\n');
    }
    return text.toString();
  }

  private static String helpMarkdown(RuleMetadata rule) {
    StringBuilder md =
        new StringBuilder("**").append(Markup.markdown(rule.title())).append("**\n\n");
    md.append(Markup.markdown(rule.rationale())).append("\n\n");
    md.append("**Fix in the portal:** ").append(Markup.markdown(rule.remediation().portal()));
    md.append("\n\n");
    rule.remediation().cli().ifPresent(cli -> md.append("```sh\n").append(cli).append("\n```\n\n"));
    rule.remediation()
        .bicep()
        .ifPresent(bicep -> md.append("```bicep\n").append(bicep).append("\n```\n\n"));
    if (!rule.controls().isEmpty()) {
      md.append("**Controls:** ").append(Markup.markdown(String.join(", ", rule.controls())));
      md.append("\n\n");
    }
    if (rule.learnMore().isPresent()) {
      md.append("[Learn more](").append(rule.learnMore().get()).append(")\n");
    }
    return md.toString();
  }

  private static void invocation(JsonGenerator json, ScanReport scan) throws IOException {
    List<ReportedFinding> crashed =
        scan.findings().stream().filter(f -> f.status() == ReportStatus.ERROR).toList();
    json.writeArrayFieldStart("invocations");
    json.writeStartObject();
    json.writeBooleanField("executionSuccessful", crashed.isEmpty());
    json.writeArrayFieldStart("toolExecutionNotifications");
    for (ReportedFinding entry : crashed) {
      json.writeStartObject();
      json.writeStringField("level", "error");
      message(json, entry.finding().message());
      json.writeObjectFieldStart("associatedRule");
      json.writeStringField("id", entry.finding().ruleId());
      json.writeEndObject();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("toolConfigurationNotifications");
    for (Waiver waiver : scan.expiredWaivers()) {
      json.writeStartObject();
      json.writeStringField("level", "warning");
      message(
          json,
          "Waiver of "
              + waiver.ruleId()
              + " for "
              + waiver.resource()
              + " (owner "
              + waiver.owner()
              + ") expired on "
              + waiver.expires()
              + " and no longer applies.");
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndArray();
  }

  private static void result(JsonGenerator json, ScanReport scan, ReportedFinding entry, int index)
      throws IOException {
    Finding finding = entry.finding();
    json.writeStartObject();
    json.writeStringField("ruleId", finding.ruleId());
    json.writeNumberField("ruleIndex", index);
    json.writeStringField("kind", kind(entry));
    json.writeStringField(
        "level", "fail".equals(kind(entry)) ? failureLevel(finding.severity()) : "none");
    message(json, finding.message());
    json.writeArrayFieldStart("locations");
    json.writeStartObject();
    json.writeArrayFieldStart("logicalLocations");
    json.writeStartObject();
    json.writeStringField("name", finding.target().name());
    json.writeStringField("fullyQualifiedName", finding.target().id().toString());
    json.writeStringField("kind", "resource");
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndArray();
    json.writeObjectFieldStart("partialFingerprints");
    json.writeStringField("readinessFinding/v1", entry.fingerprint());
    json.writeEndObject();
    if (scan.baselineApplied() && finding.status() == dev.readiness.api.Status.FAIL) {
      json.writeStringField(
          "baselineState", entry.status() == ReportStatus.BASELINE ? "unchanged" : "new");
    }
    if (entry.waiver().isPresent()) {
      Waiver waiver = entry.waiver().get();
      json.writeArrayFieldStart("suppressions");
      json.writeStartObject();
      json.writeStringField("kind", "external");
      json.writeStringField("status", "accepted");
      json.writeStringField(
          "justification",
          waiver.justification()
              + " (owner "
              + waiver.owner()
              + ", expires "
              + waiver.expires()
              + ")");
      json.writeEndObject();
      json.writeEndArray();
    }
    json.writeObjectFieldStart("properties");
    json.writeStringField("status", entry.status().name());
    json.writeStringField("evaluatedStatus", entry.evaluatedStatus().name());
    json.writeStringField("resourceType", finding.target().type().toString());
    JsonOutput.evidence(json, finding.evidence());
    if (!finding.fix().isEmpty()) {
      JsonOutput.fix(json, finding.fix());
    }
    json.writeEndObject();
    json.writeEndObject();
  }

  /** What the rule decided, in SARIF's words; a waiver or baseline does not change it. */
  private static String kind(ReportedFinding entry) {
    return switch (entry.evaluatedStatus()) {
      case FAIL -> "fail";
      case PASS -> "pass";
      case MANUAL -> "review";
      case UNKNOWN, ERROR -> "open";
    };
  }

  private static String failureLevel(Severity severity) {
    return switch (severity) {
      case CRITICAL, HIGH -> "error";
      case MEDIUM -> "warning";
      case LOW, INFO -> "note";
    };
  }

  /** GitHub code scanning's numeric severity: critical ≥ 9, high ≥ 7, medium ≥ 4, low above 0. */
  private static String securitySeverity(Severity severity) {
    return switch (severity) {
      case CRITICAL -> "9.5";
      case HIGH -> "8.0";
      case MEDIUM -> "5.5";
      case LOW -> "3.0";
      case INFO -> "0.0";
    };
  }

  private static void message(JsonGenerator json, String text) throws IOException {
    json.writeObjectFieldStart("message");
    json.writeStringField("text", text);
    json.writeEndObject();
  }
}
