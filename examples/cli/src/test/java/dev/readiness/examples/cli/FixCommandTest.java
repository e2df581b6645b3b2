package dev.readiness.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code readiness fix}: the files it writes and what --verify proves. */
class FixCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void writesEveryRenderingOfThePlan() throws IOException {
    Cli.Result result = Cli.run("fix", "--demo", "--output", dir.toString());

    assertThat(result.exitCode()).as(result.err()).isEqualTo(Exit.FINDINGS);
    for (String file :
        List.of(
            "main.bicep", "main.parameters.json", "main.json", "fix.sh", "graph.http", "plan.md")) {
      assertThat(dir.resolve(file)).isNotEmptyFile();
    }
    assertThat(Files.readString(dir.resolve("fix.sh"))).contains("set -euo pipefail");
    assertThat(MAPPER.readTree(dir.resolve("main.json").toFile()).get("resources")).isNotEmpty();
  }

  @Test
  void verifyShowsThePlannedChangesFixingTheirFailures() throws IOException {
    Cli.Result result =
        Cli.run(
            "fix",
            "--demo",
            "--output",
            dir.toString(),
            "--rules",
            "FR-LOG-02,FR-IAM-02",
            "--verify");

    JsonNode verified = MAPPER.readTree(result.out());
    assertThat(verified.get("failuresBefore").asInt()).isPositive();
    assertThat(verified.get("fixedByPlan").asInt())
        .isEqualTo(verified.get("failuresBefore").asInt());
    assertThat(verified.get("changes").asInt()).isPositive();
    assertThat(verified.get("stillFailing")).isEmpty();
    assertThat(verified.get("needsHuman")).isEmpty();
  }

  @Test
  void aChosenParameterReachesEveryRendering() throws IOException {
    String workspace =
        "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-x/providers/"
            + "Microsoft.OperationalInsights/workspaces/law-x";
    Cli.run(
        "fix",
        "--demo",
        "--output",
        dir.toString(),
        "--rules",
        "FR-LOG-03",
        "--param",
        "workspaceId=" + workspace);

    assertThat(Files.readString(dir.resolve("fix.sh"))).contains(workspace);
    assertThat(
            MAPPER
                .readTree(dir.resolve("main.parameters.json").toFile())
                .at("/parameters/workspaceId/value")
                .asText())
        .isEqualTo(workspace);
  }

  @Test
  void aParameterNoFixUsesIsBadInput() {
    List<String> args =
        new ArrayList<>(
            List.of("fix", "--demo", "--output", dir.toString(), "--param", "workspaceid=x"));
    Cli.Result result = Cli.run(args.toArray(String[]::new));

    assertThat(result.exitCode()).isEqualTo(Exit.BAD_INPUT);
    assertThat(result.err()).contains("workspaceid");
  }
}
