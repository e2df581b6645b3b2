package dev.readiness.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void writesTheJsonReportOfASnapshotAndFailsOnHighFindings() throws IOException {
    Cli.Result result = Cli.scan("--format", "json", "--output", dir.toString());

    assertThat(result.exitCode()).as(result.err()).isEqualTo(Exit.FINDINGS);
    JsonNode report = MAPPER.readTree(dir.resolve("readiness.json").toFile());
    assertThat(report.at("/summary/byStatus/FAIL").asInt()).isEqualTo(2);
    assertThat(report.at("/summary/byStatus/PASS").asInt()).isEqualTo(1);
    assertThat(report.at("/findings/0/ruleId").asText()).isEqualTo("TEST-STORAGE-TLS");
    int observation = report.at("/findings/0/evidence/0/observation").asInt();
    assertThat(report.at("/observations/" + observation + "/pointer").asText())
        .isEqualTo("/properties/minimumTlsVersion");
  }

  @Test
  void theSameSnapshotGivesTheSameBytes() throws IOException {
    Path first = dir.resolve("a");
    Path second = dir.resolve("b");
    Cli.scan("--output", first.toString());
    Cli.scan("--output", second.toString());
    assertThat(Files.readAllBytes(second.resolve("readiness.json")))
        .isEqualTo(Files.readAllBytes(first.resolve("readiness.json")));
  }

  @Test
  void printsASummaryWithoutColourWhenNotATerminal() {
    Cli.Result result = Cli.scan();

    assertThat(result.out())
        .contains("Data protection")
        .contains("TEST-STORAGE-TLS Storage accounts require TLS 1.2")
        .contains("stapp: stapp accepts \"TLS1_0\".")
        .contains("2 failures at or above HIGH")
        .doesNotContain("\u001b[");
  }

  @Test
  void theSummaryShowsUnderEachFailureTheChangesThatFixIt() {
    String out = Cli.run("scan", "--demo").out();

    String failure = out.substring(out.indexOf("    ✗ sttoolsstaging: "));
    String fix = failure.substring(failure.indexOf('\n') + 1, failure.indexOf("\n    ✗"));
    assertThat(fix)
        .startsWith("      fix: ")
        .contains(
            "           PUT https://management.azure.com/subscriptions/"
                + "00000000-0000-0000-0001-000000000001/resourceGroups/rg-data/providers/"
                + "Microsoft.Storage/storageAccounts/sttoolsstaging/blobServices/default/providers/"
                + "Microsoft.Insights/diagnosticSettings/")
        .contains("{\"categoryGroup\":\"allLogs\",\"enabled\":true}");
  }

  @Test
  void coloursTheSummaryOnATerminalUnlessNoColorIsSet() {
    String snapshot = Cli.input("contoso.json");
    assertThat(Cli.run(true, Map.of(), "scan", "--snapshot", snapshot).out())
        .contains("\u001b[31m");
    assertThat(Cli.run(true, Map.of("NO_COLOR", "1"), "scan", "--snapshot", snapshot).out())
        .doesNotContain("\u001b[");
  }
}
