package dev.readiness.api.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.readiness.api.ArmChange;
import dev.readiness.api.Category;
import dev.readiness.api.Change;
import dev.readiness.api.CoverageRecord;
import dev.readiness.api.Evidence;
import dev.readiness.api.Finding;
import dev.readiness.api.Fix;
import dev.readiness.api.FixParameter;
import dev.readiness.api.Remediation;
import dev.readiness.api.ResourceType;
import dev.readiness.api.RuleMetadata;
import dev.readiness.api.Severity;
import dev.readiness.api.SnapshotMetadata;
import dev.readiness.api.Version;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JSON report: every field in a fixed order, documented in {@code docs/report-format.md} and
 * {@code docs/report-schema.json}. Bump {@link #SCHEMA_VERSION} on any incompatible change.
 *
 * <p>Findings are written one a line, and what many findings share is written once and referred to
 * by its position: rule-level texts stay in {@code rules[]}, each distinct observation (pointer,
 * observed value, expectation) in {@code observations[]}, fix parameters in {@code fixParameters[]}
 * and the request part of ARM changes in {@code armRequests[]}. The tables follow the findings, so
 * the writer makes one pass and keeps only the distinct parts.
 */
final class JsonReportWriter {
  static final int SCHEMA_VERSION = 2;

  private static final Set<String> ONE_LINE_ARRAYS =
      Set.of("findings", "observations", "fixParameters", "armRequests", "investigation.resources");

  /** How many frames of a crashed rule the report keeps: where it threw and what called that. */
  static final int STACK_FRAMES = 10;

  private JsonReportWriter() {}

  static void write(ScanReport scan, OutputStream out) throws IOException {
    try (JsonGenerator json = JsonOutput.open(out, ONE_LINE_ARRAYS)) {
      json.writeStartObject();
      json.writeNumberField("schemaVersion", SCHEMA_VERSION);
      json.writeObjectFieldStart("tool");
      json.writeStringField("name", "readiness");
      json.writeStringField("version", Version.current());
      json.writeEndObject();
      snapshot(json, scan.report().snapshot());
      summary(json, scan);
      json.writeArrayFieldStart("rules");
      for (RuleMetadata rule : scan.report().rules()) {
        rule(json, rule);
      }
      json.writeEndArray();
      SharedParts shared = new SharedParts();
      json.writeArrayFieldStart("findings");
      for (ReportedFinding entry : scan.findings()) {
        finding(json, scan, entry, shared);
      }
      json.writeEndArray();
      shared.write(json);
      json.writeArrayFieldStart("coverageGaps");
      for (CoverageRecord gap : scan.report().coverageGaps()) {
        gap(json, gap);
      }
      json.writeEndArray();
      json.writeArrayFieldStart("expiredWaivers");
      for (Waiver waiver : scan.expiredWaivers()) {
        waiver(json, waiver);
      }
      json.writeEndArray();
      investigation(json, scan);
      json.writeEndObject();
    }
    out.write('\n');
  }

  private static void snapshot(JsonGenerator json, SnapshotMetadata snapshot) throws IOException {
    json.writeObjectFieldStart("snapshot");
    json.writeStringField("tenantId", snapshot.tenantId().orElse(""));
    JsonOutput.stringArray(json, "subscriptions", snapshot.subscriptions());
    json.writeStringField("cloud", snapshot.cloud());
    json.writeStringField("capturedAt", snapshot.capturedAt().toString());
    json.writeStringField("producer", snapshot.producer());
    json.writeStringField("producerVersion", snapshot.producerVersion());
    json.writeEndObject();
  }

  private static void summary(JsonGenerator json, ScanReport scan) throws IOException {
    json.writeObjectFieldStart("summary");
    json.writeNumberField("rules", scan.report().rules().size());
    json.writeNumberField("findings", scan.findings().size());
    json.writeBooleanField("baselineApplied", scan.baselineApplied());
    counts(json, "byStatus", StatusCounts.of(scan.findings()));
    json.writeObjectFieldStart("bySeverity");
    for (Severity severity : Severity.values()) {
      counts(
          json,
          severity.name(),
          StatusCounts.of(
              scan.findings().stream().filter(f -> f.finding().severity() == severity).toList()));
    }
    json.writeEndObject();
    json.writeObjectFieldStart("byCategory");
    for (Category category : Category.values()) {
      counts(json, category.name(), StatusCounts.of(scan.findings(category)));
    }
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void counts(JsonGenerator json, String field, StatusCounts counts)
      throws IOException {
    json.writeObjectFieldStart(field);
    for (Map.Entry<ReportStatus, Long> entry : counts.asMap().entrySet()) {
      json.writeNumberField(entry.getKey().name(), entry.getValue());
    }
    json.writeEndObject();
  }

  static void rule(JsonGenerator json, RuleMetadata rule) throws IOException {
    json.writeStartObject();
    ruleFields(json, rule);
    json.writeEndObject();
  }

  /** The fields of a rule object, for a writer that adds its own. */
  static void ruleFields(JsonGenerator json, RuleMetadata rule) throws IOException {
    json.writeStringField("id", rule.id());
    JsonOutput.stringArray(json, "alternateIds", rule.alternateIds());
    json.writeStringField("title", rule.title());
    json.writeStringField("category", rule.category().name());
    json.writeStringField("severity", rule.severity().name());
    json.writeStringField("severityReason", rule.severityReason());
    json.writeStringField("rationale", rule.rationale());
    remediation(json, rule.remediation());
    json.writeStringField("learnMore", rule.learnMore().orElse(""));
    JsonOutput.stringArray(json, "controls", rule.controls());
    JsonOutput.stringArray(json, "peerChecks", rule.peerChecks());
    JsonOutput.stringArray(json, "checklistItems", rule.checklistItems());
    JsonOutput.stringArray(json, "reads", names(rule.reads()));
    JsonOutput.stringArray(json, "optionalReads", names(rule.optionalReads()));
    json.writeBooleanField("manual", rule.manual());
  }

  private static List<String> names(java.util.Set<ResourceType> types) {
    return types.stream().map(ResourceType::toString).toList();
  }

  private static void finding(
      JsonGenerator json, ScanReport scan, ReportedFinding entry, SharedParts shared)
      throws IOException {
    Finding finding = entry.finding();
    String resourceId = finding.target().id().toString();
    json.writeStartObject();
    json.writeStringField("ruleId", finding.ruleId());
    json.writeStringField("status", entry.status().name());
    if (!entry.status().name().equals(entry.evaluatedStatus().name())) {
      json.writeStringField("evaluatedStatus", entry.evaluatedStatus().name());
    }
    json.writeStringField("severity", finding.severity().name());
    json.writeStringField("resourceId", resourceId);
    json.writeStringField("resourceName", finding.target().name());
    json.writeStringField("resourceType", finding.target().type().toString());
    json.writeStringField("message", finding.message());
    json.writeArrayFieldStart("evidence");
    Set<List<Object>> written = new HashSet<>();
    for (Evidence evidence : finding.evidence()) {
      String where = relative(evidence.resourceId().toString(), resourceId);
      int observation = shared.observations.indexOf(SharedParts.Observation.of(evidence));
      // An item repeated within one finding says nothing the first did not.
      if (written.add(Arrays.asList(where, observation))) {
        json.writeStartObject();
        if (where != null) {
          json.writeStringField("resourceId", where);
        }
        json.writeNumberField("observation", observation);
        json.writeEndObject();
      }
    }
    json.writeEndArray();
    if (!finding.fix().isEmpty()) {
      fix(json, finding.fix(), resourceId, shared);
    }
    if (!finding.stackTrace().isEmpty()) {
      stackTrace(json, finding.stackTrace());
    }
    if (entry.waiver().isPresent()) {
      json.writeFieldName("waiver");
      waiver(json, entry.waiver().get());
    }
    if (!finding.remediation().equals(scan.rule(finding).remediation())) {
      remediation(json, finding.remediation());
    }
    json.writeEndObject();
  }

  /**
   * {@code id} as the report writes it within a finding on {@code base}: {@code null} (left out)
   * for the finding's own resource, the path below it for one of its children, else in full.
   */
  static String relative(String id, String base) {
    if (id.equals(base)) {
      return null;
    }
    if (base.length() > 1 && id.startsWith(base) && id.charAt(base.length()) == '/') {
      return id.substring(base.length() + 1);
    }
    return id;
  }

  private static void fix(JsonGenerator json, Fix fix, String resourceId, SharedParts shared)
      throws IOException {
    json.writeObjectFieldStart("fix");
    json.writeArrayFieldStart("parameters");
    for (FixParameter parameter : fix.parameters()) {
      json.writeNumber(shared.parameters.indexOf(parameter));
    }
    json.writeEndArray();
    json.writeArrayFieldStart("changes");
    for (Change change : fix.changes()) {
      if (change instanceof ArmChange arm) {
        json.writeStartObject();
        json.writeStringField("kind", "arm");
        json.writeNumberField(
            "request", shared.armRequests.indexOf(SharedParts.ArmRequest.of(arm)));
        String where = relative(arm.resourceId(), resourceId);
        if (where != null) {
          json.writeStringField("resourceId", where);
        }
        json.writeStringField("summary", arm.summary());
        json.writeEndObject();
      } else {
        JsonOutput.change(json, change);
      }
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void stackTrace(JsonGenerator json, List<StackTraceElement> frames)
      throws IOException {
    json.writeArrayFieldStart("stackTrace");
    for (StackTraceElement frame : frames.subList(0, Math.min(frames.size(), STACK_FRAMES))) {
      json.writeStartObject();
      json.writeStringField("class", frame.getClassName());
      json.writeStringField("method", frame.getMethodName());
      json.writeStringField("file", frame.getFileName());
      if (frame.getLineNumber() >= 0) {
        json.writeNumberField("line", frame.getLineNumber());
      } else {
        // Negative numbers are the JDK's codes for "unknown" and "native", not lines.
        json.writeNullField("line");
      }
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void remediation(JsonGenerator json, Remediation remediation) throws IOException {
    json.writeObjectFieldStart("remediation");
    json.writeStringField("portal", remediation.portal());
    json.writeStringField("cli", remediation.cli().orElse(""));
    json.writeStringField("bicep", remediation.bicep().orElse(""));
    json.writeEndObject();
  }

  private static void waiver(JsonGenerator json, Waiver waiver) throws IOException {
    json.writeStartObject();
    json.writeStringField("ruleId", waiver.ruleId());
    json.writeStringField("resource", waiver.resource());
    json.writeStringField("justification", waiver.justification());
    json.writeStringField("owner", waiver.owner());
    json.writeStringField("expires", waiver.expires().toString());
    json.writeEndObject();
  }

  private static void gap(JsonGenerator json, CoverageRecord gap) throws IOException {
    json.writeStartObject();
    json.writeStringField("scope", gap.scope().toString());
    json.writeStringField("type", gap.type().toString());
    json.writeStringField("status", gap.status().name());
    if (gap.httpStatus() == 0) {
      json.writeNullField("httpStatus");
    } else {
      json.writeNumberField("httpStatus", gap.httpStatus());
    }
    json.writeStringField("permission", gap.permission());
    json.writeStringField("request", gap.request());
    json.writeStringField("message", gap.message());
    json.writeStringField("reason", gap.reason());
    json.writeEndObject();
  }

  private static void investigation(JsonGenerator json, ScanReport scan) throws IOException {
    if (scan.investigation().isEmpty()) {
      json.writeNullField("investigation");
      return;
    }
    json.writeObjectFieldStart("investigation");
    json.writeArrayFieldStart("resources");
    for (InvestigationView.ResourceQuestions resource : scan.investigation().get().resources()) {
      json.writeStartObject();
      json.writeStringField("resourceId", resource.resourceId().toString());
      json.writeStringField("name", resource.name());
      json.writeStringField("type", resource.type().toString());
      json.writeArrayFieldStart("questions");
      for (InvestigationView.Question question : resource.questions()) {
        json.writeStartObject();
        json.writeStringField("question", question.question());
        json.writeBooleanField("answered", question.answered());
        json.writeStringField("missingLink", question.missingLink().orElse(""));
        JsonOutput.stringArray(json, "ruleIds", question.ruleIds());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }
}
