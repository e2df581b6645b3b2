package dev.readiness.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.Snapshot;
import dev.readiness.api.format.SnapshotReader;
import dev.readiness.testkit.fakeazure.FakeAzure;
import dev.readiness.testkit.fakeazure.Fault;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code record --live} as a user meets it: one line per cause of the coverage gaps and a summary,
 * one line and exit 3 when nothing can be reached or signed in to, and an output path that is never
 * a directory replaced. Only loopback addresses are used; the failing credential fails locally.
 */
class RecordLiveTest {
  private static final Map<String, String> TOKEN =
      Map.of(LiveCollection.TOKEN_VARIABLE, "test-token");

  @TempDir Path dir;

  private static Snapshot contoso() {
    return SnapshotReader.read(Path.of(Cli.input("contoso.json")));
  }

  private static String[] record(String arm, String graph, String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of("record", "--live", "--arm-endpoint", arm, "--graph-endpoint", graph));
    args.addAll(List.of(extra));
    return args.toArray(String[]::new);
  }

  private static String[] record(FakeAzure azure, String... extra) {
    return record(azure.armEndpoint().toString(), azure.graphEndpoint().toString(), extra);
  }

  @Test
  void printsOneLinePerGapCauseAndASummary() {
    Path file = dir.resolve("tenant.json");
    try (FakeAzure azure =
        FakeAzure.builder()
            .snapshot(contoso())
            .unthrottled()
            .fault(Fault.forbidden().onType("Microsoft.Insights/diagnosticSettings"))
            .fault(Fault.forbidden().onType("Microsoft.Security/pricings"))
            .start()) {
      Cli.Result result = Cli.run(false, TOKEN, record(azure, "--output", file.toString()));

      assertThat(result.exitCode()).as(result.err()).isZero();
      List<String> lines = result.err().lines().toList();
      assertThat(lines).allMatch(line -> line.startsWith("readiness: "), "only its own lines");
      // Denied reads, one line per missing permission however many scopes and types it cost.
      List<String> gapLines =
          lines.stream().filter(line -> line.startsWith("readiness: gap: ")).toList();
      assertThat(gapLines)
          .allMatch(line -> line.startsWith("readiness: gap: denied (HTTP 403), needs "))
          .anyMatch(line -> line.contains("Microsoft.Insights/diagnosticSettings"))
          .anyMatch(line -> line.contains("Microsoft.Security/pricings"))
          .doesNotHaveDuplicates();
      assertThat(lines).hasSize(gapLines.size() + 1);
      assertThat(lines.get(lines.size() - 1))
          .startsWith("readiness: recorded ")
          .contains("coverage gaps to " + file);
      Snapshot recorded = SnapshotReader.read(file);
      assertThat(lines.get(lines.size() - 1))
          .contains(recorded.coverage().gaps().size() + " coverage gaps");
      assertThat(gapLines)
          .hasSize(
              (int)
                  recorded.coverage().gaps().stream()
                      .map(gap -> gap.permission().toLowerCase(java.util.Locale.ROOT))
                      .distinct()
                      .count());
    }
  }

  @Test
  void aClosedPortEndsAtOnceWithOneLineNamingTheHost() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    String closed = "http://127.0.0.1:" + port + "/";
    long start = System.nanoTime();
    Cli.Result result =
        Cli.run(false, TOKEN, record(closed, closed, "--output", dir.resolve("t.json").toString()));

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    assertThat(result.exitCode()).isEqualTo(Exit.CANNOT_RUN);
    assertThat(result.err().lines())
        .singleElement()
        .asString()
        .contains("cannot reach 127.0.0.1:" + port)
        .contains("refused");
    assertThat(dir.resolve("t.json")).doesNotExist();
  }

  @Test
  void aCredentialThatCannotSignInIsOneLineNamingItAndHowToSignIn() {
    try (FakeAzure azure = FakeAzure.builder().snapshot(contoso()).unthrottled().start()) {
      // No token and no AZURE_* variables: the environment credential fails without a network call.
      Cli.Result result =
          Cli.run(
              false,
              Map.of(),
              record(
                  azure,
                  "--credential",
                  "environment",
                  "--output",
                  dir.resolve("t.json").toString()));

      assertThat(result.exitCode()).isEqualTo(Exit.CANNOT_RUN);
      assertThat(result.err().lines())
          .singleElement()
          .asString()
          .contains("cannot sign in with the environment credential")
          .contains("AZURE_TENANT_ID, AZURE_CLIENT_ID, AZURE_CLIENT_SECRET are not set")
          .contains("az login")
          .contains(LiveCollection.TOKEN_VARIABLE);
      assertThat(azure.requests()).isEmpty();
    }
  }

  @Test
  void aDirectoryAsOutputGetsSnapshotJsonAndStaysADirectory() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    Path full = Files.createDirectory(dir.resolve("full"));
    Files.writeString(full.resolve("notes.txt"), "kept");
    try (FakeAzure azure = FakeAzure.builder().snapshot(contoso()).unthrottled().start()) {
      for (Path output : List.of(empty, full)) {
        Cli.Result result = Cli.run(false, TOKEN, record(azure, "--output", output.toString()));
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(output).isDirectory();
        assertThat(SnapshotReader.read(output.resolve("snapshot.json")).resources()).isNotEmpty();
      }
    }
    assertThat(full.resolve("notes.txt")).hasContent("kept");
    try (var left = Files.list(empty)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactly("snapshot.json");
    }
  }

  @Test
  void anOutputThatCannotBeAFileIsRefusedBeforeCollecting() throws IOException {
    Path occupied = Files.createDirectories(dir.resolve("out").resolve("snapshot.json"));
    Path file = Files.writeString(dir.resolve("plain-file"), "x");
    try (FakeAzure azure = FakeAzure.builder().snapshot(contoso()).unthrottled().start()) {
      Cli.Result intoDirectory =
          Cli.run(false, TOKEN, record(azure, "--output", dir.resolve("out").toString()));
      Cli.Result belowFile =
          Cli.run(false, TOKEN, record(azure, "--output", file.resolve("t.json").toString()));

      assertThat(intoDirectory.exitCode()).isEqualTo(Exit.CANNOT_RUN);
      assertThat(intoDirectory.err().lines())
          .singleElement()
          .asString()
          .contains("cannot write the snapshot " + occupied)
          .contains("is a directory");
      assertThat(belowFile.exitCode()).isEqualTo(Exit.CANNOT_RUN);
      assertThat(belowFile.err().lines())
          .singleElement()
          .asString()
          .contains("cannot write the snapshot " + file.resolve("t.json"))
          .contains("does not exist");
      assertThat(azure.requests()).as("refused before any call").isEmpty();
    }
    assertThat(occupied).isDirectory().isEmptyDirectory();
  }
}
