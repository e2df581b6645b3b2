package dev.readiness.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.api.Engine;
import dev.readiness.api.Finding;
import dev.readiness.api.Report;
import dev.readiness.api.Status;
import dev.readiness.api.format.SnapshotReader;
import dev.readiness.rules.BuiltInRules;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingExampleTest {
  @TempDir Path dir;

  @Test
  void theEngineRunsTheBuiltInChecklistAndTheInHouseRule() {
    Engine engine = EmbeddingExample.engine();
    assertThat(engine.rules()).hasSize(BuiltInRules.all().size() + 1);
    assertThat(engine.ruleMetadata()).anyMatch(rule -> rule.id().equals("ACME-TAG-01"));
  }

  @Test
  void readsTheCustomRulesFindingsThroughTheApi() throws Exception {
    Report report = EmbeddingExample.engine().evaluate(SnapshotReader.read(snapshot()));

    assertThat(report.findings())
        .filteredOn(finding -> finding.ruleId().equals("ACME-TAG-01"))
        .extracting(Finding::status, finding -> finding.target().name())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Status.PASS, "stfinance"),
            org.assertj.core.groups.Tuple.tuple(Status.FAIL, "sttools"));
    Finding untagged =
        report.findings(Status.FAIL).stream()
            .filter(finding -> finding.ruleId().equals("ACME-TAG-01"))
            .findFirst()
            .orElseThrow();
    assertThat(untagged.evidence().get(0).pointer()).isEqualTo("/tags/data-owner");
  }

  @Test
  void summarizesAndWritesSarif() throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream original = System.out;
    Path sarif = dir.resolve("report.sarif");
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      EmbeddingExample.main(new String[] {snapshot().toString(), sarif.toString()});
    } finally {
      System.setOut(original);
    }
    assertThat(printed.toString(StandardCharsets.UTF_8)).contains("PASS: ").contains("FAIL: ");
    JsonNode log = new ObjectMapper().readTree(sarif.toFile());
    assertThat(log.at("/runs/0/results").findValuesAsText("ruleId")).contains("ACME-TAG-01");
  }

  private static Path snapshot() throws URISyntaxException {
    return Path.of(EmbeddingExampleTest.class.getResource("/two-accounts.json").toURI());
  }
}
