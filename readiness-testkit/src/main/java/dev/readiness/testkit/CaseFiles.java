package dev.readiness.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.readiness.api.Attestations;
import dev.readiness.api.CoverageRecord;
import dev.readiness.api.CoverageStatus;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceId;
import dev.readiness.api.ResourceType;
import dev.readiness.api.Rule;
import dev.readiness.api.RuleMetadata;
import dev.readiness.api.Snapshot;
import dev.readiness.api.SnapshotMetadata;
import dev.readiness.api.Status;
import dev.readiness.api.format.AttestationReader;
import dev.readiness.api.implementation.JacksonAccess;
import dev.readiness.testkit.fixtures.Tenant;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * Runs data-driven rule tests: one JSON or YAML file ({@code .yaml}, {@code .yml}) holds many
 * described cases, each with resources, coverage gaps and, per rule, the resources expected to
 * PASS, FAIL, UNKNOWN or be MANUAL. Each case becomes a dynamic container with one test per rule it
 * names:
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicNode> guestLogCases() {
 *   return CaseFiles.run(
 *       "cases/guest-logs.json", new GuestOsLogsRule(ChecklistOptions.defaults().logging()));
 * }
 * }</pre>
 *
 * <p>A rule's findings must match its expectations exactly, as with {@link RuleTestHelper}: every
 * named resource reported with that status, and nothing else reported. The format is described in
 * {@code docs/case-files.md}.
 */
// Over 400 lines as one job, turning a case file into tests: each refusal of a malformed case must
// name the file, the case and the field, so reading and checking the format stay in one place.
public final class CaseFiles {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Set<String> CASE_FIELDS =
      Set.of(
          "name",
          "description",
          "capturedAt",
          "subscriptions",
          "resources",
          "snapshot",
          "coverage",
          "attestations",
          "expect");
  private static final Set<String> EXPECTED_FIELDS = Set.of("resource", "message", "evidenceAt");
  private static final List<Status> EXPECTABLE =
      List.of(Status.PASS, Status.FAIL, Status.UNKNOWN, Status.MANUAL);

  private CaseFiles() {}

  /**
   * The cases in class-path resource {@code path}, run with {@code rules}.
   *
   * @throws IllegalArgumentException naming the file and case when the file is missing or
   *     malformed, or a case names a rule that is not among {@code rules}
   */
  public static Stream<DynamicNode> run(String path, Rule... rules) {
    return run(path, List.of(rules));
  }

  /** The cases in class-path resource {@code path}, run with {@code rules}. */
  public static Stream<DynamicNode> run(String path, Collection<? extends Rule> rules) {
    Map<String, Rule> byId = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (Rule rule : rules) {
      RuleMetadata metadata = ValidMetadata.of(rule);
      byId.put(metadata.id(), rule);
      metadata.alternateIds().forEach(alternate -> byId.put(alternate, rule));
    }
    JsonNode root = read(path);
    JsonNode cases = root.path("cases");
    if (!cases.isArray() || cases.isEmpty()) {
      throw invalid(path, "the top level must be an object with a non-empty 'cases' array");
    }
    List<DynamicNode> nodes = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      nodes.add(toContainer(path, i, cases.get(i), byId));
    }
    return nodes.stream();
  }

  private static JsonNode read(String path) {
    String resource = SnapshotFiles.resourceName(path);
    try (InputStream in = SnapshotFiles.classLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException(
            "No case file '" + resource + "' on the test class path.");
      }
      boolean yaml = resource.endsWith(".yaml") || resource.endsWith(".yml");
      return (yaml ? YAML : JSON).readTree(in);
    } catch (JsonProcessingException malformed) {
      var location = malformed.getLocation();
      throw new IllegalArgumentException(
          resource
              + ":"
              + (location == null ? 0 : location.getLineNr())
              + ":"
              + (location == null ? 0 : location.getColumnNr())
              + ": "
              // Jackson appends a second location that names no source; one location is enough.
              + malformed.getOriginalMessage().replaceAll("\\s*\\(start marker at .*", "").strip());
    } catch (IOException unreadable) {
      throw new IllegalArgumentException(
          "Cannot read case file '" + resource + "': " + unreadable.getMessage(), unreadable);
    }
  }

  private static DynamicContainer toContainer(
      String path, int index, JsonNode json, Map<String, Rule> rules) {
    String where = "case " + (index + 1);
    if (!json.isObject()) {
      throw invalid(path, where + " must be an object");
    }
    String name = json.path("name").asText("");
    if (name.isBlank()) {
      throw invalid(path, where + " needs a 'name' that says what it shows");
    }
    String label = where + " ('" + name + "')";
    json.fieldNames()
        .forEachRemaining(
            field -> {
              if (!CASE_FIELDS.contains(field)) {
                throw invalid(
                    path,
                    label
                        + ": unknown field '"
                        + field
                        + "'; expected one of "
                        + new TreeSet<>(CASE_FIELDS));
              }
            });
    Case parsed = parseCase(path, label, json);
    Attestations attested = attestations(path, label, json);
    JsonNode expect = json.path("expect");
    if (!expect.isObject() || expect.isEmpty()) {
      throw invalid(
          path, label + ": 'expect' must map at least one rule id to its expected outcomes");
    }
    List<DynamicTest> tests = new ArrayList<>();
    expect
        .fields()
        .forEachRemaining(
            entry -> {
              Rule rule = rules.get(entry.getKey());
              if (rule == null) {
                throw invalid(
                    path,
                    label
                        + ": rule '"
                        + entry.getKey()
                        + "' is not among the rules given: "
                        + rules.keySet());
              }
              RuleTestHelper helper =
                  expectations(path, label, entry.getKey(), entry.getValue(), rule)
                      .withAttestations(attested);
              tests.add(
                  DynamicTest.dynamicTest(
                      displayName(entry.getKey(), entry.getValue()),
                      () -> runCase(path, label, parsed, rule, helper)));
            });
    return DynamicContainer.dynamicContainer(name, tests);
  }

  private static RuleTestHelper expectations(
      String path, String label, String ruleId, JsonNode outcomes, Rule rule) {
    if (!outcomes.isObject()) {
      throw invalid(path, label + ": the expectations of " + ruleId + " must be an object");
    }
    RuleTestHelper helper = RuleTestHelper.forRule(rule);
    boolean any = false;
    var fields = outcomes.fields();
    while (fields.hasNext()) {
      var field = fields.next();
      Status status = statusOf(path, label, ruleId, field.getKey());
      String where = label + ": " + ruleId + "." + field.getKey();
      if (!field.getValue().isArray()) {
        throw invalid(path, where + " must be an array of resource names");
      }
      for (JsonNode expected : field.getValue()) {
        expectOne(path, where, expected, status, helper);
        any = true;
      }
    }
    return any ? helper.expectNoOtherFindings() : helper.expectNoFindings();
  }

  /**
   * What a test report shows for one rule of a case: the rule and what it must report, such as
   * {@code FR-LOG-04: PASS GOOD-VM; FAIL THA-VM}, rather than the rule id alone.
   */
  private static String displayName(String ruleId, JsonNode outcomes) {
    List<String> parts = new ArrayList<>();
    outcomes
        .fields()
        .forEachRemaining(
            field -> {
              List<String> names = new ArrayList<>();
              // An expectation is a name, or an object naming its resource.
              field
                  .getValue()
                  .forEach(
                      name ->
                          names.add(
                              name.isTextual() ? name.asText() : name.path("resource").asText()));
              parts.add(field.getKey().toUpperCase(Locale.ROOT) + " " + String.join(", ", names));
            });
    return ruleId + ": " + (parts.isEmpty() ? "no findings" : String.join("; ", parts));
  }

  /**
   * One expected finding: a resource name, or {@code {"resource": name, "message": fragment,
   * "evidenceAt": pointer}} when the case also checks what the finding says or where it looked.
   */
  private static void expectOne(
      String path, String where, JsonNode expected, Status status, RuleTestHelper helper) {
    if (expected.isTextual() && !expected.asText().isBlank()) {
      helper.expectFinding(status, expected.asText(), "");
      return;
    }
    String shape =
        "a resource name or {\"resource\": name, \"message\": text it contains,"
            + " \"evidenceAt\": JSON pointer of its evidence}";
    if (!expected.isObject()) {
      throw invalid(path, where + " holds " + expected + ", not " + shape);
    }
    expected
        .fieldNames()
        .forEachRemaining(
            field -> {
              if (!EXPECTED_FIELDS.contains(field)) {
                throw invalid(
                    path,
                    where
                        + " holds "
                        + expected
                        + " with unknown field '"
                        + field
                        + "'; expected "
                        + shape);
              }
            });
    JsonNode resource = expected.path("resource");
    JsonNode message = expected.path("message");
    if (!resource.isTextual() || resource.asText().isBlank()) {
      throw invalid(
          path, where + " holds " + expected + " with no 'resource' name; expected " + shape);
    }
    if (!message.isMissingNode() && !message.isTextual()) {
      throw invalid(
          path, where + " holds " + expected + " whose 'message' is not text; expected " + shape);
    }
    helper.expectFinding(status, resource.asText(), message.asText(""));
    JsonNode evidenceAt = expected.path("evidenceAt");
    if (evidenceAt.isMissingNode()) {
      return;
    }
    // The empty pointer is the whole resource: where the evidence of an absence points.
    String pointer = evidenceAt.asText("");
    if (!evidenceAt.isTextual() || !(pointer.isEmpty() || pointer.startsWith("/"))) {
      throw invalid(
          path,
          where
              + " holds "
              + expected
              + " whose 'evidenceAt' is not a JSON pointer such as /properties/retentionInDays"
              + " (or \"\" for the evidence of an absence)");
    }
    helper.withEvidenceAt(pointer);
  }

  /**
   * The case's {@code attestations}, written as the items of an attestation file ({@code ruleId},
   * {@code evidence}, {@code owner}, {@code date}, optional {@code scope}); none when absent.
   */
  private static Attestations attestations(String path, String label, JsonNode json) {
    if (!json.has("attestations")) {
      return Attestations.none();
    }
    if (!json.get("attestations").isArray()) {
      throw invalid(path, label + ": 'attestations' must be an array of attestations");
    }
    ObjectNode file = JSON.createObjectNode();
    file.set("attestations", json.get("attestations"));
    try {
      return AttestationReader.read(
          new ByteArrayInputStream(JSON.writeValueAsBytes(file)),
          SnapshotFiles.resourceName(path) + ", " + label + ", attestations");
    } catch (JsonProcessingException | RuntimeException bad) {
      throw new IllegalArgumentException(bad.getMessage(), bad);
    }
  }

  private static Status statusOf(String path, String label, String ruleId, String key) {
    for (Status status : EXPECTABLE) {
      if (status.name().equals(key.toUpperCase(Locale.ROOT))) {
        return status;
      }
    }
    throw invalid(
        path, label + ": " + ruleId + " has '" + key + "'; expected PASS, FAIL, UNKNOWN or MANUAL");
  }

  private static void runCase(
      String path, String label, Case parsed, Rule rule, RuleTestHelper helper) {
    try {
      helper.given(parsed.snapshotFor(rule.metadata())).doTest();
    } catch (AssertionError failed) {
      // The helper's message is the whole story; keep only its cause (a rule's own exception).
      throw new AssertionError(path + ", " + label + ": " + failed.getMessage(), failed.getCause());
    }
  }

  private static Case parseCase(String path, String label, JsonNode json) {
    Instant capturedAt = Tenant.DEFAULT_CAPTURED_AT;
    if (json.has("capturedAt")) {
      try {
        capturedAt = Instant.parse(json.get("capturedAt").asText());
      } catch (DateTimeParseException malformed) {
        throw invalid(
            path,
            label + ": 'capturedAt' must be an ISO-8601 instant such as 2025-01-01T00:00:00Z");
      }
    }
    List<Resource> resources = new ArrayList<>();
    if (json.has("snapshot") && json.has("resources")) {
      throw invalid(path, label + ": give 'resources' or 'snapshot', not both");
    }
    if (json.has("snapshot")) {
      resources.addAll(SnapshotFiles.load(json.get("snapshot").asText()).resources());
    } else {
      JsonNode list = json.path("resources");
      if (!list.isArray()) {
        throw invalid(path, label + ": 'resources' must be an array of ARM resources");
      }
      for (int r = 0; r < list.size(); r++) {
        try {
          resources.add(JacksonAccess.forms().resource(list.get(r)));
        } catch (IllegalArgumentException malformed) {
          throw invalid(path, label + ": resources[" + r + "]: " + malformed.getMessage());
        }
      }
    }
    List<CoverageRecord> gaps = new ArrayList<>();
    JsonNode coverage = json.path("coverage");
    for (int c = 0; c < coverage.size(); c++) {
      gaps.add(gap(path, label + ": coverage[" + c + "]", coverage.get(c)));
    }
    return new Case(capturedAt, subscriptions(path, label, json), resources, gaps);
  }

  /**
   * The case's {@code subscriptions}: ids of subscriptions the snapshot covers even when none of
   * the case's resources lies in them, as a subscription with nothing deployed in it.
   */
  private static List<String> subscriptions(String path, String label, JsonNode json) {
    JsonNode list = json.path("subscriptions");
    if (list.isMissingNode()) {
      return List.of();
    }
    if (!list.isArray() || list.isEmpty()) {
      throw invalid(
          path, label + ": 'subscriptions' must be a non-empty array of subscription ids");
    }
    List<String> ids = new ArrayList<>();
    for (JsonNode id : list) {
      if (!id.isTextual() || id.asText().isBlank() || id.asText().contains("/")) {
        throw invalid(
            path,
            label
                + ": 'subscriptions' holds "
                + id
                + "; expected subscription ids such as 00000000-0000-0000-0001-000000000001");
      }
      ids.add(id.asText());
    }
    return ids;
  }

  private static CoverageRecord gap(String path, String where, JsonNode json) {
    try {
      CoverageStatus status =
          CoverageStatus.valueOf(json.path("status").asText("").toUpperCase(Locale.ROOT));
      return new CoverageRecord(
          ResourceId.parse(json.path("scope").asText("/")),
          ResourceType.of(json.path("type").asText("")),
          status,
          json.path("httpStatus").asInt(status == CoverageStatus.DENIED ? 403 : 0),
          json.hasNonNull("permission") ? json.get("permission").asText() : null,
          json.hasNonNull("request") ? json.get("request").asText() : null,
          json.hasNonNull("message") ? json.get("message").asText() : null);
    } catch (IllegalArgumentException malformed) {
      throw invalid(
          path,
          where
              + ": expected {scope, type, status (DENIED, FAILED or NOT_COLLECTED), httpStatus?,"
              + " permission?, message?}: "
              + malformed.getMessage());
    }
  }

  private static IllegalArgumentException invalid(String path, String what) {
    return new IllegalArgumentException(path + ": " + what + ".");
  }

  /**
   * One parsed case: its subscriptions named on their own, resources and gaps; the snapshot depends
   * on the rule under test.
   */
  private record Case(
      Instant capturedAt,
      List<String> subscriptions,
      List<Resource> resources,
      List<CoverageRecord> gaps) {
    /**
     * The snapshot for {@code rule}: the subscriptions named and those of the resources, every type
     * in the resources and every type the rule reads COLLECTED tenant-wide, then the case's gaps,
     * which are more specific or win on a tie.
     */
    Snapshot snapshotFor(RuleMetadata rule) {
      Set<String> subscriptions = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
      subscriptions.addAll(this.subscriptions);
      Set<ResourceType> collected = new TreeSet<>(rule.reads());
      collected.addAll(rule.optionalReads());
      for (Resource resource : resources) {
        resource.subscriptionId().ifPresent(subscriptions::add);
        collected.add(resource.type());
      }
      Snapshot.Builder builder =
          Snapshot.builder(
                  SnapshotMetadata.of(
                      Tenant.DEFAULT_TENANT_ID, List.copyOf(subscriptions), capturedAt))
              .addAll(resources)
              .collected(ResourceId.TENANT, collected);
      gaps.forEach(builder::coverage);
      return builder.build();
    }
  }
}
