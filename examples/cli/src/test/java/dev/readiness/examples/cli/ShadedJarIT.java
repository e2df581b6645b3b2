package dev.readiness.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The executable jar as a user runs it: a separate JVM, real exit codes, real streams. */
class ShadedJarIT {
  private static final Path JAR = Path.of("target/readiness.jar");

  @TempDir Path dir;

  record Run(int exitCode, String out, String err) {}

  @Test
  void writesEveryFormatOfTheDemoInOneRun() throws Exception {
    List<String> args = new ArrayList<>(List.of("scan", "--demo", "--output", dir.toString()));
    args.addAll(Cli.everyFormat());
    Run run = java(args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isIn(0, 1);
    try (var files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrder(
              "readiness.json",
              "readiness.sarif",
              "readiness.md",
              "readiness.html",
              "readiness-junit.xml",
              "readiness-ocsf.json",
              "readiness.csv");
    }
  }

  @Test
  void summarizesTheDemo() throws Exception {
    Run run = java("scan", "--demo");
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.out())
        .startsWith("Forensic readiness of tenant")
        .contains("THA-VM")
        .contains("Investigation readiness:");
  }

  @Test
  void explainsBadInputInOneLine() throws Exception {
    Run run = java("scan", "--snapshot", Cli.input("malformed.json"));
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines()).singleElement().asString().contains("malformed.json:8:3");
  }

  /**
   * Each JVM iterates {@code Set.of} and {@code Map.of} in an order of its own, so an output that
   * depends on such an order differs between processes while every run within one process agrees.
   * Ten processes, one of them with a single-threaded common pool, must write the same bytes.
   */
  @Test
  void theDemoReportIsByteIdenticalAcrossSeparateJvms() throws Exception {
    String first = java("scan", "--demo", "--format", "json").out();
    assertThat(first).contains("\"FAIL\"").contains("THA-VM");
    for (int run = 2; run <= 10; run++) {
      List<String> options =
          run == 2
              ? List.of("-Djava.util.concurrent.ForkJoinPool.common.parallelism=1")
              : List.of();
      assertThat(java(options, "scan", "--demo", "--format", "json").out())
          .as("JSON report of run %d", run)
          .isEqualTo(first);
    }
  }

  @Test
  void printsHelp() throws Exception {
    Run run = java("--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("Usage: readiness").contains("scan").contains("diff");
  }

  private Run java(String... args) throws IOException, InterruptedException {
    return java(List.of(), args);
  }

  private Run java(List<String> jvmOptions, String... args)
      throws IOException, InterruptedException {
    assertThat(JAR).as("the shaded jar, built by package").exists();
    List<String> command = new ArrayList<>(List.of(javaBinary()));
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", JAR.toString()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile(dir.getParent(), "out", ".txt");
    Path err = Files.createTempFile(dir.getParent(), "err", ".txt");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("readiness " + String.join(" ", args) + " did not finish");
    }
    return new Run(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
