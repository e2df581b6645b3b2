package dev.readiness.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.api.Snapshot;
import dev.readiness.api.SnapshotMetadata;
import dev.readiness.api.format.SnapshotReader;
import dev.readiness.testkit.fakeazure.FakeAzure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scan --live} and {@code record --live} against an in-process Azure on loopback. */
class LiveTest {
  private static final Map<String, String> TOKEN =
      Map.of(LiveCollection.TOKEN_VARIABLE, "test-token");

  @TempDir Path dir;

  @Test
  void scansALiveTenantWithTheTokenFromTheEnvironment() throws IOException {
    Snapshot tenant = SnapshotReader.read(Path.of(Cli.input("contoso.json")));
    try (FakeAzure azure = FakeAzure.builder().snapshot(tenant).unthrottled().start()) {
      Cli.Result result = Cli.run(false, TOKEN, live(azure, "scan", "--output", dir.toString()));

      assertThat(result.exitCode()).as(result.err()).isEqualTo(Exit.FINDINGS);
      JsonNode report = new ObjectMapper().readTree(dir.resolve("readiness.json").toFile());
      assertThat(report.at("/summary/byStatus/FAIL").asInt()).isEqualTo(2);
      assertThat(report.at("/summary/byStatus/PASS").asInt()).isEqualTo(1);
      // No other credential exists here: a bearer token on every request is the one given.
      assertThat(azure.requests()).isNotEmpty().allMatch(request -> request.bearerToken());
    }
  }

  @Test
  void recordsASnapshotThatScansLikeTheTenant() throws IOException {
    Snapshot tenant = SnapshotReader.read(Path.of(Cli.input("contoso.json")));
    Path file = dir.resolve("recorded.json");
    try (FakeAzure azure = FakeAzure.builder().snapshot(tenant).unthrottled().start()) {
      Cli.Result result = Cli.run(false, TOKEN, live(azure, "record", "--output", file.toString()));
      assertThat(result.exitCode()).as(result.err()).isZero();
    }
    Snapshot recorded = SnapshotReader.read(file);
    assertThat(recorded.resources())
        .extracting(resource -> resource.name())
        .contains("stapp", "stlab", "stsafe");
    Cli.Result scan = Cli.run("scan", "--snapshot", file.toString(), "--rules", "TEST-STORAGE-TLS");
    assertThat(scan.exitCode()).isEqualTo(Exit.FINDINGS);
  }

  @Test
  void anonymizesARecordingWithAStableKey() throws IOException {
    Snapshot tenant = SnapshotReader.read(Path.of(Cli.input("contoso.json")));
    Path first = dir.resolve("first.json");
    Path second = dir.resolve("second.json");
    Map<String, String> environment =
        Map.of(
            LiveCollection.TOKEN_VARIABLE,
            "test-token",
            RecordCommand.KEY_VARIABLE,
            "a key of sixteen or more characters");
    try (FakeAzure azure = FakeAzure.builder().snapshot(tenant).unthrottled().start()) {
      Cli.run(
          false, environment, live(azure, "record", "--anonymize", "--output", first.toString()));
      Cli.run(
          false, environment, live(azure, "record", "--anonymize", "--output", second.toString()));
    }
    String recorded = Files.readString(first);
    assertThat(recorded).doesNotContain("stapp").doesNotContain("rg-app");
    assertThat(SnapshotReader.read(first).resources())
        .extracting(resource -> resource.id().toString())
        .isEqualTo(
            SnapshotReader.read(second).resources().stream()
                .map(resource -> resource.id().toString())
                .toList());
  }

  @Test
  void exitsThreeWhenNoSubscriptionIsReadable() {
    Snapshot empty =
        Snapshot.builder(
                SnapshotMetadata.of(
                    "00000000-0000-0000-0000-000000000000",
                    List.of(),
                    Instant.parse("2026-03-01T10:00:00Z")))
            .build();
    try (FakeAzure azure = FakeAzure.builder().snapshot(empty).unthrottled().start()) {
      Cli.Result result = Cli.run(false, TOKEN, live(azure, "scan"));
      assertThat(result.exitCode()).as(result.err()).isEqualTo(Exit.CANNOT_RUN);
      assertThat(result.err())
          .isEqualTo(
              "readiness: the scan could not run: no subscription was readable; check the"
                  + " principal's Reader role and the scope.\n");
    }
  }

  static String[] live(FakeAzure azure, String command, String... extra) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                command,
                "--live",
                "--arm-endpoint",
                azure.armEndpoint().toString(),
                "--graph-endpoint",
                azure.graphEndpoint().toString()));
    if (command.equals("scan")) {
      args.addAll(List.of("--rules", "TEST-STORAGE-TLS"));
    }
    args.addAll(List.of(extra));
    return args.toArray(String[]::new);
  }
}
