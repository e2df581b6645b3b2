package dev.readiness.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.api.ArmChange;
import dev.readiness.api.Attestations;
import dev.readiness.api.Change;
import dev.readiness.api.Evidence;
import dev.readiness.api.Finding;
import dev.readiness.api.FixParameter;
import dev.readiness.api.GraphRequest;
import dev.readiness.api.HumanStep;
import dev.readiness.api.Remediation;
import dev.readiness.api.Snapshot;
import dev.readiness.api.report.ReportFormat;
import dev.readiness.api.report.ReportedFinding;
import dev.readiness.api.report.ScanReport;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Schema version 2 of the JSON report writes what findings share once and refers to it. This test
 * rebuilds every finding as schema version 1 wrote it, from the report alone, and compares it with
 * the same finding built from the model: nothing that version 1 said is lost.
 */
class JsonReportFactsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theDemoTenantsReportKeepsEveryFactOfSchemaVersion1() throws Exception {
    assertEveryFactKept(Sources.demo());
  }

  @Test
  void aGeneratedTenantsReportKeepsEveryFactOfSchemaVersion1() throws Exception {
    assertEveryFactKept(SyntheticSnapshots.tenant(2000, 42));
  }

  private static void assertEveryFactKept(Snapshot snapshot) throws Exception {
    ScanReport scan =
        ScanReport.of(new Evaluation().engine().evaluate(snapshot, Attestations.none()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportFormat.JSON.write(scan, out);
    JsonNode report = JSON.readTree(out.toByteArray());

    assertThat(report.get("schemaVersion").asInt()).isEqualTo(2);
    JsonNode findings = report.get("findings");
    assertThat(findings.size()).isEqualTo(scan.findings().size()).isGreaterThan(10);
    int withFix = 0;
    int withOtherResources = 0;
    for (int i = 0; i < findings.size(); i++) {
      ReportedFinding entry = scan.findings().get(i);
      ObjectNode rebuilt = asVersion1(report, findings.get(i));
      // Through text, so that a number compares by value whatever Java type the model holds.
      assertThat(rebuilt)
          .as("finding %d", i)
          .isEqualTo(JSON.readTree(JSON.writeValueAsString(version1(scan, entry))));
      withFix += entry.finding().fix().isEmpty() ? 0 : 1;
      String target = entry.finding().target().id().toString();
      withOtherResources +=
          entry.finding().evidence().stream()
                  .anyMatch(e -> !e.resourceId().toString().equals(target))
              ? 1
              : 0;
    }
    // The comparison covered references of every kind.
    assertThat(withFix).isPositive();
    assertThat(withOtherResources).isPositive();
  }

  /** A finding of schema version 2 with every reference resolved into the version 1 shape. */
  private static ObjectNode asVersion1(JsonNode report, JsonNode finding) {
    String resourceId = finding.get("resourceId").asText();
    JsonNode rule = null;
    for (JsonNode candidate : report.get("rules")) {
      if (candidate.get("id").asText().equals(finding.get("ruleId").asText())) {
        rule = candidate;
      }
    }
    ObjectNode v1 = JSON.createObjectNode();
    v1.put("ruleId", finding.get("ruleId").asText());
    v1.put("status", finding.get("status").asText());
    v1.put(
        "evaluatedStatus", finding.path("evaluatedStatus").asText(finding.get("status").asText()));
    v1.put("severity", finding.get("severity").asText());
    v1.put("category", rule.get("category").asText());
    v1.put("resourceId", resourceId);
    v1.put("resourceName", finding.get("resourceName").asText());
    v1.put("resourceType", finding.get("resourceType").asText());
    v1.put("message", finding.get("message").asText());
    ArrayNode evidence = v1.putArray("evidence");
    for (JsonNode item : finding.get("evidence")) {
      JsonNode observation = report.get("observations").get(item.get("observation").asInt());
      ObjectNode e = evidence.addObject();
      e.put("resourceId", absolute(item.path("resourceId").asText(null), resourceId));
      e.setAll((ObjectNode) observation.deepCopy());
    }
    v1.set(
        "remediation",
        finding.has("remediation") ? finding.get("remediation") : rule.get("remediation"));
    if (finding.has("fix")) {
      ObjectNode fix = v1.putObject("fix");
      ArrayNode parameters = fix.putArray("parameters");
      for (JsonNode position : finding.at("/fix/parameters")) {
        parameters.add(report.get("fixParameters").get(position.asInt()));
      }
      ArrayNode changes = fix.putArray("changes");
      for (JsonNode change : finding.at("/fix/changes")) {
        if (!change.get("kind").asText().equals("arm")) {
          changes.add(change);
          continue;
        }
        JsonNode request = report.get("armRequests").get(change.get("request").asInt());
        ObjectNode arm = changes.addObject();
        arm.put("kind", "arm");
        arm.put("method", request.get("method").asText());
        arm.put("resourceId", absolute(change.path("resourceId").asText(null), resourceId));
        arm.put("type", request.get("type").asText());
        arm.put("apiVersion", request.get("apiVersion").asText());
        arm.set("body", request.get("body"));
        arm.put("cost", request.get("cost").asText());
        arm.put("summary", change.get("summary").asText());
      }
    }
    if (finding.has("waiver")) {
      v1.set("waiver", finding.get("waiver"));
    }
    return v1;
  }

  private static String absolute(String written, String findingResource) {
    if (written == null) {
      return findingResource;
    }
    return written.startsWith("/") ? written : findingResource + "/" + written;
  }

  /** The finding as schema version 1 wrote it, built from the model. */
  private static ObjectNode version1(ScanReport scan, ReportedFinding entry) {
    Finding finding = entry.finding();
    ObjectNode v1 = JSON.createObjectNode();
    v1.put("ruleId", finding.ruleId());
    v1.put("status", entry.status().name());
    v1.put("evaluatedStatus", entry.evaluatedStatus().name());
    v1.put("severity", finding.severity().name());
    v1.put("category", scan.rule(finding).category().name());
    v1.put("resourceId", finding.target().id().toString());
    v1.put("resourceName", finding.target().name());
    v1.put("resourceType", finding.target().type().toString());
    v1.put("message", finding.message());
    ArrayNode evidence = v1.putArray("evidence");
    // Version 2 writes an item repeated within one finding once: it says nothing new.
    Set<Evidence> distinct = new LinkedHashSet<>(finding.evidence());
    for (Evidence item : distinct) {
      ObjectNode e = evidence.addObject();
      e.put("resourceId", item.resourceId().toString());
      e.put("pointer", item.pointer());
      e.put("observed", item.observed());
      e.put("expected", item.expected());
    }
    Remediation remediation = finding.remediation();
    ObjectNode r = v1.putObject("remediation");
    r.put("portal", remediation.portal());
    r.put("cli", remediation.cli().orElse(""));
    r.put("bicep", remediation.bicep().orElse(""));
    if (!finding.fix().isEmpty()) {
      ObjectNode fix = v1.putObject("fix");
      ArrayNode parameters = fix.putArray("parameters");
      for (FixParameter parameter : finding.fix().parameters()) {
        ObjectNode p = parameters.addObject();
        p.put("name", parameter.name());
        p.put("description", parameter.description());
        p.put("default", parameter.defaultValue());
      }
      ArrayNode changes = fix.putArray("changes");
      for (Change change : finding.fix().changes()) {
        changes.add(change(change));
      }
    }
    entry
        .waiver()
        .ifPresent(
            waiver -> {
              ObjectNode w = v1.putObject("waiver");
              w.put("ruleId", waiver.ruleId());
              w.put("resource", waiver.resource());
              w.put("justification", waiver.justification());
              w.put("owner", waiver.owner());
              w.put("expires", waiver.expires().toString());
            });
    return v1;
  }

  private static ObjectNode change(Change change) {
    ObjectNode c = JSON.createObjectNode();
    if (change instanceof ArmChange arm) {
      c.put("kind", "arm");
      c.put("method", arm.method().name());
      c.put("resourceId", arm.resourceId());
      c.put("type", arm.type());
      c.put("apiVersion", arm.apiVersion());
      c.set("body", body(arm.body()));
      c.put("cost", arm.cost().orElse(""));
    } else if (change instanceof GraphRequest graph) {
      c.put("kind", "graph");
      c.put("method", graph.method());
      c.put("path", graph.path());
      c.put("permission", graph.permission());
      c.set("body", body(graph.body()));
    } else if (change instanceof HumanStep human) {
      c.put("kind", "human");
      c.put("who", human.who());
    }
    c.put("summary", change.summary());
    return c;
  }

  private static JsonNode body(Object value) {
    if (value instanceof Map<?, ?> map) {
      ObjectNode object = JSON.createObjectNode();
      map.forEach((key, item) -> object.set((String) key, body(item)));
      return object;
    }
    if (value instanceof List<?> list) {
      ArrayNode array = JSON.createArrayNode();
      List<JsonNode> items = new ArrayList<>();
      list.forEach(item -> items.add(body(item)));
      array.addAll(items);
      return array;
    }
    if (value instanceof FixParameter parameter) {
      return JSON.getNodeFactory().textNode("[parameters('" + parameter.name() + "')]");
    }
    return JSON.valueToTree(value);
  }
}
