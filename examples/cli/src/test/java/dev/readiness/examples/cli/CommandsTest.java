package dev.readiness.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.api.report.ReportFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Formats, waivers, baselines, the rule catalogue, diff and help, end to end. */
class CommandsTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;

  private final String snapshot = Cli.input("contoso.json");

  @Test
  void writesEveryFormatInOneRun() {
    List<String> args = new ArrayList<>(List.of("--output", dir.toString()));
    args.addAll(Cli.everyFormat());
    Cli.Result result = Cli.scan(args.toArray(String[]::new));

    assertThat(result.exitCode()).as(result.err()).isEqualTo(Exit.FINDINGS);
    for (ReportFormat format : ReportFormat.values()) {
      assertThat(dir.resolve(format.fileName())).isNotEmptyFile();
      assertThat(result.err()).contains("Wrote " + dir.resolve(format.fileName()));
    }
  }

  @Test
  void writesOneFormatToStandardOutput() throws IOException {
    Cli.Result result = Cli.scan("--format", "sarif");
    assertThat(MAPPER.readTree(result.out()).get("version").asText()).isEqualTo("2.1.0");
  }

  @Test
  void waiversAcceptFailuresAndExpiredOnesAreReported() throws IOException {
    Path waivers =
        Files.writeString(
            dir.resolve("waivers.json"),
            """
            {"waivers": [
              {"ruleId": "TEST-STORAGE-TLS", "resource": "/subscriptions/*/resourceGroups/rg-app/**",
               "justification": "Legacy client, replaced in Q3.", "owner": "app@contoso.example",
               "expires": "2026-09-30"},
              {"ruleId": "TEST-STORAGE-TLS", "resource": "**/stlab",
               "justification": "Lab.", "owner": "lab@contoso.example", "expires": "2026-01-31"}
            ]}
            """);
    Cli.Result result = Cli.scan("--waivers", waivers.toString());

    assertThat(result.exitCode()).as(result.err()).isEqualTo(Exit.FINDINGS);
    assertThat(result.out())
        .contains("stlab: stlab accepts \"TLS1_1\".")
        .doesNotContain("stapp: stapp accepts")
        .contains("Expired waivers (no longer applied):")
        .contains("TEST-STORAGE-TLS on **/stlab expired 2026-01-31 (owner lab@contoso.example)")
        .contains("1 failure at or above HIGH");
  }

  @Test
  void aBaselineFreezesKnownFailures() throws IOException {
    Path baseline = dir.resolve("baseline.json");
    Cli.Result record = Cli.scan("--write-baseline", baseline.toString());
    assertThat(record.exitCode()).isEqualTo(Exit.FINDINGS);

    Cli.Result frozen = Cli.scan("--baseline", baseline.toString(), "--format", "json");
    assertThat(frozen.exitCode()).as(frozen.err()).isEqualTo(Exit.OK);
    JsonNode report = MAPPER.readTree(frozen.out());
    assertThat(report.at("/summary/byStatus/BASELINE").asInt()).isEqualTo(2);
    assertThat(report.at("/summary/byStatus/FAIL").asInt()).isZero();
  }

  @Test
  void optionsFileIsApplied() throws IOException {
    Path options =
        Files.writeString(
            dir.resolve("options.json"), "{\"retentionDays\": 730, \"maxWorkspaces\": 2}");
    Cli.Result result = Cli.scan("--options", options.toString());
    assertThat(result.exitCode()).as(result.err()).isEqualTo(Exit.FINDINGS);
    assertThat(OptionsFile.read(options).logging().retentionDays()).isEqualTo(730);
    assertThat(OptionsFile.read(options).logging().maxWorkspaces()).isEqualTo(2);
  }

  @Test
  void listsAndExplainsRules() throws IOException {
    Cli.Result text = Cli.run("rules");
    assertThat(text.exitCode()).isZero();
    assertThat(text.out())
        .contains("TEST-STORAGE-TLS")
        .contains("Storage accounts require TLS 1.2");

    JsonNode json = MAPPER.readTree(Cli.run("rules", "--format", "json").out());
    assertThat(json.get("rules").findValuesAsText("id")).contains("TEST-STORAGE-TLS");

    Cli.Result show = Cli.run("rules", "show", "test-storage-tls");
    assertThat(show.exitCode()).isZero();
    assertThat(show.out())
        .contains("TEST-STORAGE-TLS  Storage accounts require TLS 1.2")
        .contains("Severity:  HIGH — Old TLS exposes data in transit.")
        .contains("Fix with az: az storage account update --min-tls-version TLS1_2");

    Cli.Result unknown = Cli.run("rules", "show", "NOPE-1");
    assertThat(unknown.exitCode()).isEqualTo(Exit.BAD_INPUT);
    assertThat(unknown.err())
        .isEqualTo("readiness: No rule 'NOPE-1'; 'readiness rules' lists them.\n");
  }

  @Test
  void showExplainsARuleWithTheFixItBuiltForItsFailureInTheCaseStudy() throws IOException {
    String storage =
        "/subscriptions/00000000-0000-0000-0001-000000000001/resourceGroups/rg-data/providers/"
            + "Microsoft.Storage/storageAccounts/sttoolsstaging";
    Cli.Result show = Cli.run("rules", "show", "FR-LOG-09");

    assertThat(show.exitCode()).as(show.err()).isZero();
    String example = show.out().substring(show.out().indexOf("Example fix"));
    assertThat(example)
        .startsWith("Example fix, built for sttoolsstaging in the case study")
        .contains("  " + storage + "\n")
        .contains("Portal:\n  1. Add the diagnostic setting 'readiness-export'")
        .contains("az CLI (fix.sh):\n  #!/usr/bin/env bash")
        .contains("  az rest --method put")
        .contains("Bicep (main.bicep and its modules, changes/NN.bicep):\n  // main.bicep\n")
        .contains("  param workspaceId string")
        .contains("  // changes/01.bicep\n")
        .contains(
            "  resource target 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01'"
                + " existing = {\n    name: 'sttoolsstaging/default'\n  }\n")
        .contains(
            "ARM requests:\n  # Add the diagnostic setting 'readiness-export'",
            "  PUT https://management.azure.com"
                + storage
                + "/blobServices/default/providers/Microsoft.Insights/diagnosticSettings/"
                + "readiness-export?api-version=2021-05-01-preview\n")
        .contains("\"categoryGroup\" : \"allLogs\"")
        .doesNotContain("Microsoft Graph requests");

    String graph = Cli.run("rules", "show", "FR-IAM-01").out();
    assertThat(graph.substring(graph.indexOf("Example fix")))
        .contains("Microsoft Graph requests (graph.http):")
        .contains("https://graph.microsoft.com/v1.0/")
        .doesNotContain("ARM requests:");
    assertThat(Cli.run("rules", "show", "test-storage-tls").out())
        .contains("Example fix: none bundled");
    assertThat(Cli.run("rules", "show", "FR-DATA-02").out())
        .contains(
            "Example fix, built for redis-open in the rule's example snapshot"
                + " (/dev/readiness/rules/examples/FR-DATA-02.json):")
        .contains("--body '{\"properties\":{\"enableNonSslPort\":false}}'");

    JsonNode json =
        MAPPER.readTree(Cli.run("rules", "show", "FR-LOG-09", "--format", "json").out());
    JsonNode structured = json.at("/rules/0/example");
    assertThat(structured.get("resourceId").asText()).isEqualTo(storage);
    assertThat(structured.at("/fix/changes/0/resourceId").asText())
        .startsWith(storage + "/blobServices/default/");
    assertThat(structured.at("/fix/parameters/0/name").asText()).isEqualTo("workspaceId");
    JsonNode all = MAPPER.readTree(Cli.run("rules", "--format", "json").out());
    assertThat(all.get("rules").findValues("example")).hasSameSizeAs(all.get("rules"));
  }

  @Test
  void showsOneRuleAsJsonWithTheFormatBeforeOrAfterShow() throws IOException {
    Cli.Result after = Cli.run("rules", "show", "test-storage-tls", "--format", "json");
    Cli.Result before = Cli.run("rules", "--format", "json", "show", "test-storage-tls");

    assertThat(after.exitCode()).as(after.err()).isZero();
    JsonNode json = MAPPER.readTree(after.out());
    assertThat(json.get("rules").findValuesAsText("id")).containsExactly("TEST-STORAGE-TLS");
    assertThat(before.out()).isEqualTo(after.out());
    assertThat(Cli.run("rules", "show", "test-storage-tls", "--format", "yaml").exitCode())
        .isEqualTo(Exit.BAD_INPUT);
  }

  @Test
  void diffsTwoReportsAndASnapshotAgainstAReport() throws IOException {
    Path before = dir.resolve("before.json");
    Files.writeString(
        before,
        Files.readString(Path.of(snapshot))
            .replace("\"TLS1_1\"", "\"TLS1_2\"")
            .replace("storageAccounts/stsafe", "storageAccounts/stgone")
            .replace("\"stsafe\"", "\"stgone\""));
    Path oldReport = dir.resolve("old");
    Path newReport = dir.resolve("new");
    Cli.run(
        "scan",
        "--snapshot",
        before.toString(),
        "--rules",
        "TEST-STORAGE-TLS",
        "--output",
        oldReport.toString());
    Cli.scan("--output", newReport.toString());

    Cli.Result reports =
        Cli.run(
            "diff",
            oldReport.resolve("readiness.json").toString(),
            newReport.resolve("readiness.json").toString());
    assertThat(reports.out())
        .contains(
            "~ PASS -> FAIL TEST-STORAGE-TLS /subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-lab/providers/Microsoft.Storage/storageAccounts/stlab")
        .contains("+ PASS TEST-STORAGE-TLS")
        .contains("- PASS TEST-STORAGE-TLS")
        .contains("1 appeared, 1 disappeared, 1 changed");
    assertThat(reports.exitCode()).isEqualTo(Exit.FINDINGS);

    // A snapshot is evaluated with every rule, so the built-in checklist's findings appear too.
    Cli.Result mixed = Cli.run("diff", oldReport.resolve("readiness.json").toString(), snapshot);
    assertThat(mixed.out())
        .contains("~ PASS -> FAIL TEST-STORAGE-TLS " + stlab())
        .containsPattern("\\+ [A-Z]+ FR-");

    Cli.Result same = Cli.run("diff", snapshot, snapshot);
    assertThat(same.out()).isEqualTo("0 appeared, 0 disappeared, 0 changed\n");
    assertThat(same.exitCode()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "scan", "record", "rules", "rules show", "diff"})
  void everyCommandHasHelp(String command) {
    String[] words = command.isEmpty() ? new String[0] : command.split(" ");
    String[] args = java.util.Arrays.copyOf(words, words.length + 1);
    args[words.length] = "--help";
    Cli.Result result = Cli.run(args);
    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .startsWith("Usage: readiness" + (command.isEmpty() ? "" : " " + command));
  }

  private static String stlab() {
    return "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-lab/providers"
        + "/Microsoft.Storage/storageAccounts/stlab";
  }
}
