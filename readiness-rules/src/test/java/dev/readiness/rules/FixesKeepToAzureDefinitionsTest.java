package dev.readiness.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.api.ArmChange;
import dev.readiness.api.Engine;
import dev.readiness.api.Finding;
import dev.readiness.api.Snapshot;
import dev.readiness.testkit.ArmDefinitions;
import dev.readiness.testkit.synthetic.SyntheticTenant;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The built-in fixes' ARM bodies keep to Azure's published REST API definitions of their types at
 * their API versions. Each rule test that proves a fix by applying it checks that fix's changes too
 * (through {@link ArmDefinitions}); this test checks every change the whole checklist plans for the
 * case study and for synthetic tenants, and that each definition names the file and definition it
 * comes from, in the folder of its API version.
 */
class FixesKeepToAzureDefinitionsTest {
  private static final ArmDefinitions DEFINITIONS = ArmDefinitions.onClasspath().orElseThrow();

  @Test
  void everyChangeTheChecklistPlansKeepsToItsDefinition() {
    Engine engine = Engine.builder().addRules(BuiltInRules.all()).build();
    List<Snapshot> tenants = new ArrayList<>();
    tenants.add(CaseStudy.snapshot());
    for (int seed = 1; seed <= 3; seed++) {
      tenants.add(
          SyntheticTenant.builder()
              .seed(seed)
              .subscriptions(2)
              .resourcesPerSubscription(200)
              .misconfiguredFraction(0.9)
              .users(5)
              .build()
              .snapshot());
    }
    List<String> problems = new ArrayList<>();
    Set<String> planned = new TreeSet<>();
    for (Snapshot tenant : tenants) {
      for (Finding finding : engine.evaluate(tenant).findings()) {
        finding.fix().changes().stream()
            .filter(ArmChange.class::isInstance)
            .map(ArmChange.class::cast)
            .forEach(
                change -> {
                  planned.add(ArmDefinitions.pairOf(change));
                  DEFINITIONS
                      .problems(change)
                      .forEach(
                          p -> problems.add(finding.ruleId() + " " + change.type() + ": " + p));
                });
      }
    }
    assertThat(planned).hasSizeGreaterThan(15);
    assertThat(new TreeSet<>(problems)).isEmpty();
  }

  @Test
  void eachDefinitionNamesItsSourceAtTheSameApiVersion() throws IOException {
    JsonNode file;
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream(ArmDefinitions.RESOURCE)) {
      file = new ObjectMapper().readTree(in);
    }
    List<String> wrong = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = file.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String apiVersion = entry.getKey().substring(entry.getKey().indexOf('@') + 1);
      String source = entry.getValue().get("source").asText();
      // The specs keep each API version under stable/ or, for a -preview version, preview/.
      String folder = apiVersion.endsWith("-preview") ? "/preview/" : "/stable/";
      if (!source.startsWith("specification/")
          || !source.contains("/resource-manager/")
          || !source.contains(folder + apiVersion + "/")
          || !source.contains(".json#/definitions/")) {
        wrong.add(entry.getKey() + " -> " + source);
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(DEFINITIONS.pairs()).hasSize(file.size());
  }
}
