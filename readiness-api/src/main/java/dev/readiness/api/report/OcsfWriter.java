package dev.readiness.api.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.readiness.api.Evidence;
import dev.readiness.api.Finding;
import dev.readiness.api.RuleMetadata;
import dev.readiness.api.Severity;
import dev.readiness.api.SnapshotMetadata;
import dev.readiness.api.Version;
import java.io.IOException;
import java.io.OutputStream;

/**
 * OCSF 1.3 Compliance Finding events (class 2003, category 2 Findings), one per finding, as a JSON
 * array for security data lakes. The mapping is documented in {@code docs/report-format.md}.
 */
final class OcsfWriter {
  static final String OCSF_VERSION = "1.3.0";

  private OcsfWriter() {}

  static void write(ScanReport scan, OutputStream out) throws IOException {
    SnapshotMetadata snapshot = scan.report().snapshot();
    long time = snapshot.capturedAt().toEpochMilli();
    try (JsonGenerator json = JsonOutput.open(out)) {
      json.writeStartArray();
      for (ReportedFinding entry : scan.findings()) {
        event(json, scan.rule(entry.finding()), entry, snapshot, time);
      }
      json.writeEndArray();
    }
    out.write('\n');
  }

  private static void event(
      JsonGenerator json,
      RuleMetadata rule,
      ReportedFinding entry,
      SnapshotMetadata snapshot,
      long time)
      throws IOException {
    Finding finding = entry.finding();
    json.writeStartObject();
    json.writeNumberField("activity_id", 1);
    json.writeStringField("activity_name", "Create");
    json.writeNumberField("category_uid", 2);
    json.writeStringField("category_name", "Findings");
    json.writeNumberField("class_uid", 2003);
    json.writeStringField("class_name", "Compliance Finding");
    json.writeNumberField("type_uid", 200301);
    json.writeStringField("type_name", "Compliance Finding: Create");
    json.writeNumberField("severity_id", severityId(finding.severity()));
    json.writeStringField("severity", severityName(finding.severity()));
    json.writeNumberField("status_id", findingStatusId(entry.status()));
    json.writeStringField("status", findingStatusName(entry.status()));
    json.writeNumberField("time", time);
    json.writeStringField("message", finding.message());
    json.writeObjectFieldStart("metadata");
    json.writeStringField("version", OCSF_VERSION);
    json.writeObjectFieldStart("product");
    json.writeStringField("name", "readiness");
    json.writeStringField("vendor_name", "Readiness");
    json.writeStringField("version", Version.current());
    json.writeEndObject();
    json.writeEndObject();
    json.writeObjectFieldStart("finding_info");
    json.writeStringField("uid", entry.fingerprint());
    json.writeStringField("title", rule.title());
    json.writeStringField("desc", rule.rationale());
    JsonOutput.stringArray(json, "types", java.util.List.of(rule.category().title()));
    json.writeEndObject();
    json.writeObjectFieldStart("compliance");
    json.writeStringField("control", rule.id());
    JsonOutput.stringArray(json, "standards", rule.controls());
    JsonOutput.stringArray(json, "requirements", rule.checklistItems());
    json.writeNumberField("status_id", complianceStatusId(entry));
    json.writeStringField("status", complianceStatusName(entry));
    json.writeStringField("status_detail", finding.message());
    json.writeEndObject();
    json.writeArrayFieldStart("resources");
    json.writeStartObject();
    json.writeStringField("uid", finding.target().id().toString());
    json.writeStringField("name", finding.target().name());
    json.writeStringField("type", finding.target().type().toString());
    json.writeEndObject();
    json.writeEndArray();
    json.writeObjectFieldStart("cloud");
    json.writeStringField("provider", "Azure");
    if (finding.target().id().subscriptionId().isPresent()) {
      json.writeObjectFieldStart("account");
      json.writeStringField("uid", finding.target().id().subscriptionId().get());
      json.writeEndObject();
    }
    if (snapshot.tenantId().isPresent()) {
      json.writeObjectFieldStart("org");
      json.writeStringField("uid", snapshot.tenantId().get());
      json.writeEndObject();
    }
    json.writeEndObject();
    json.writeObjectFieldStart("remediation");
    json.writeStringField("desc", finding.remediation().portal());
    JsonOutput.stringArray(
        json, "references", rule.learnMore().map(java.util.List::of).orElse(java.util.List.of()));
    json.writeEndObject();
    unmapped(json, entry);
    json.writeEndObject();
  }

  /** What OCSF has no attribute for: kept, under {@code unmapped}, rather than lost. */
  private static void unmapped(JsonGenerator json, ReportedFinding entry) throws IOException {
    Finding finding = entry.finding();
    json.writeObjectFieldStart("unmapped");
    json.writeStringField("rule_id", finding.ruleId());
    json.writeStringField("report_status", entry.status().name());
    json.writeStringField("evaluated_status", entry.evaluatedStatus().name());
    json.writeArrayFieldStart("evidence");
    for (Evidence evidence : finding.evidence()) {
      json.writeStartObject();
      json.writeStringField("resource_id", evidence.resourceId().toString());
      json.writeStringField("pointer", evidence.pointer());
      json.writeStringField("observed", evidence.observed());
      json.writeStringField("expected", evidence.expected());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeStringField("remediation_cli", finding.remediation().cli().orElse(""));
    json.writeStringField("remediation_bicep", finding.remediation().bicep().orElse(""));
    if (!finding.fix().isEmpty()) {
      JsonOutput.fix(json, finding.fix());
    }
    if (entry.waiver().isPresent()) {
      Waiver waiver = entry.waiver().get();
      json.writeObjectFieldStart("waiver");
      json.writeStringField("justification", waiver.justification());
      json.writeStringField("owner", waiver.owner());
      json.writeStringField("expires", waiver.expires().toString());
      json.writeEndObject();
    }
    json.writeEndObject();
  }

  static int severityId(Severity severity) {
    return switch (severity) {
      case INFO -> 1;
      case LOW -> 2;
      case MEDIUM -> 3;
      case HIGH -> 4;
      case CRITICAL -> 5;
    };
  }

  private static String severityName(Severity severity) {
    return severity == Severity.INFO
        ? "Informational"
        : severity.name().charAt(0)
            + severity.name().substring(1).toLowerCase(java.util.Locale.ROOT);
  }

  /** Finding status: New, except Suppressed for a waiver and Other ("Baseline") for known ones. */
  private static int findingStatusId(ReportStatus status) {
    return switch (status) {
      case WAIVED -> 3;
      case BASELINE -> 99;
      default -> 1;
    };
  }

  private static String findingStatusName(ReportStatus status) {
    return switch (status) {
      case WAIVED -> "Suppressed";
      case BASELINE -> "Baseline";
      default -> "New";
    };
  }

  /** Compliance status of what the rule decided: Pass 1, Fail 3, Unknown 0, Other 99. */
  private static int complianceStatusId(ReportedFinding entry) {
    return switch (entry.evaluatedStatus()) {
      case PASS -> 1;
      case FAIL -> 3;
      case UNKNOWN -> 0;
      case MANUAL, ERROR -> 99;
    };
  }

  private static String complianceStatusName(ReportedFinding entry) {
    return switch (entry.evaluatedStatus()) {
      case PASS -> "Pass";
      case FAIL -> "Fail";
      case UNKNOWN -> "Unknown";
      case MANUAL -> "Manual";
      case ERROR -> "Error";
    };
  }
}
