package dev.readiness.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code readiness fake-azure} and {@code readiness record --live} as separate processes of the
 * executable jar, as a user runs them: what reaches the terminal is the command's own lines only,
 * with the real logging binding of the jar. Everything listens and connects on loopback.
 */
class LiveJarIT {
  private static final Path JAR = Path.of("target/readiness.jar");
  private static final Pattern ARM = Pattern.compile("Resource Graph\\s+(http://\\S+)");
  private static final Pattern GRAPH = Pattern.compile("Microsoft Graph\\s+(http://\\S+)");

  @TempDir Path dir;

  record Run(int exitCode, String out, String err, Duration took) {}

  @Test
  void recordsFromFakeAzureWithOnlyItsOwnLines() throws Exception {
    Path out = dir.resolve("fake-azure.out");
    Process azure =
        new ProcessBuilder(
                command(
                    "fake-azure",
                    "--demo",
                    "--unthrottled",
                    "--deny",
                    "Microsoft.Insights/diagnosticSettings",
                    "--deny",
                    "Microsoft.Security/pricings"))
            .redirectOutput(out.toFile())
            .redirectError(dir.resolve("fake-azure.err").toFile())
            .start();
    try {
      String served = awaitLine(out, "Stop with Ctrl+C.");
      Matcher arm = ARM.matcher(served);
      Matcher graph = GRAPH.matcher(served);
      assertThat(arm.find() && graph.find()).as(served).isTrue();
      assertThat(arm.group(1)).startsWith("http://127.0.0.1:");

      Path file = dir.resolve("tenant.json");
      Run run =
          java(
              Map.of(LiveCollection.TOKEN_VARIABLE, "fake"),
              "record",
              "--live",
              "--arm-endpoint",
              arm.group(1),
              "--graph-endpoint",
              graph.group(1),
              "--output",
              file.toString());

      assertThat(run.exitCode()).as(run.err()).isZero();
      List<String> lines = run.err().lines().toList();
      assertThat(lines).as("no SDK log line").allMatch(line -> line.startsWith("readiness: "));
      assertThat(run.err()).doesNotContain("INFO").doesNotContain("WARN").doesNotContain("Netty");
      assertThat(lines)
          .filteredOn(line -> line.startsWith("readiness: gap: denied"))
          .hasSizeGreaterThanOrEqualTo(2)
          .anyMatch(line -> line.contains("Microsoft.Insights/diagnosticSettings"))
          .anyMatch(line -> line.contains("Microsoft.Security/pricings"));
      assertThat(lines.get(lines.size() - 1)).startsWith("readiness: recorded ");
      assertThat(file).isRegularFile();
    } finally {
      azure.destroy();
      azure.waitFor(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void aClosedPortEndsWithinSecondsWithOneLineAndExitThree() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    String closed = "http://127.0.0.1:" + port + "/";
    Run run =
        java(
            Map.of(LiveCollection.TOKEN_VARIABLE, "fake"),
            "record",
            "--live",
            "--arm-endpoint",
            closed,
            "--graph-endpoint",
            closed,
            "--output",
            dir.resolve("t.json").toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(Exit.CANNOT_RUN);
    assertThat(run.err().lines())
        .singleElement()
        .asString()
        .contains("cannot reach 127.0.0.1:" + port);
    assertThat(run.took()).isLessThan(Duration.ofSeconds(5));
  }

  private static String awaitLine(Path file, String last) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
      if (text.contains(last)) {
        return text;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("fake-azure did not start within 60 s");
  }

  private Run java(Map<String, String> environment, String... args)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    ProcessBuilder builder =
        new ProcessBuilder(command(args)).redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().putAll(environment);
    long start = System.nanoTime();
    Process process = builder.start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("readiness " + String.join(" ", args) + " did not finish");
    }
    return new Run(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8),
        Duration.ofNanos(System.nanoTime() - start));
  }

  private static List<String> command(String... args) {
    assertThat(JAR).as("the shaded jar, built by package").exists();
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toString()));
    command.addAll(List.of(args));
    return command;
  }
}
