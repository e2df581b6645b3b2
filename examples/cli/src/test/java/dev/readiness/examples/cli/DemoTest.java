package dev.readiness.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scan --demo}: the case study, as a reader of the summary and of the reports sees it. */
class DemoTest {
  @TempDir Path dir;

  @Test
  void summarizesTheCaseStudysGapsAndUnanswerableQuestions() {
    Cli.Result result = Cli.run("scan", "--demo");

    assertThat(result.exitCode()).as(result.err()).isEqualTo(Exit.FINDINGS);
    assertThat(result.out())
        .contains("CRITICAL FR-LOG-04 VM guest OS logs collected")
        .contains("✗ THA-VM: Virtual machine 'THA-VM' has no Azure Monitor Agent extension")
        .contains("✗ sttoolsstaging:")
        .contains("THA-VM (Microsoft.Compute/virtualMachines): 0 of 3 questions answerable")
        .contains("missing permission AuditLog.Read.All")
        .contains("failures at or above HIGH (exit code 1).");
    assertThat(result.out().indexOf("CRITICAL FR-"))
        .as("the worst failures come first")
        .isLessThan(result.out().indexOf("MEDIUM FR-"));
  }

  @Test
  void theReportsCarryTheInvestigationView() throws IOException {
    Cli.Result result =
        Cli.run(
            "scan", "--demo", "--format", "json", "--format", "html", "--output", dir.toString());

    assertThat(result.exitCode()).as(result.err()).isEqualTo(Exit.FINDINGS);
    JsonNode report = new ObjectMapper().readTree(dir.resolve("readiness.json").toFile());
    JsonNode thaVm = null;
    for (JsonNode resource : report.at("/investigation/resources")) {
      if (resource.get("name").asText().equals("THA-VM")) {
        thaVm = resource;
      }
    }
    assertThat(thaVm).isNotNull();
    assertThat(thaVm.get("questions").findValuesAsText("answered")).isNotEmpty();
    assertThat(thaVm.get("questions")).allMatch(question -> !question.get("answered").asBoolean());
    assertThat(Files.readString(dir.resolve("readiness.html")))
        .contains("<section id=\"investigation\">")
        .contains("THA-VM <span class=\"muted\">Microsoft.Compute/virtualMachines · 0 of 3");
  }
}
