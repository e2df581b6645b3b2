package dev.readiness.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code readiness demo} writes the case study; {@code --snapshot -} reads standard input. */
class DemoCommandTest {
  @TempDir Path dir;

  @Test
  void theWrittenCaseStudyScansAsTheBundledDemoDoes() {
    Path file = dir.resolve("demo.json");

    Cli.Result written = Cli.run("demo", "--output", file.toString());

    assertThat(written.exitCode()).as(written.err()).isZero();
    assertThat(written.err()).contains("Wrote " + file);
    Cli.Result fromFile = Cli.run("scan", "--snapshot", file.toString(), "--format", "json");
    Cli.Result bundled = Cli.run("scan", "--demo", "--format", "json");
    assertThat(fromFile.exitCode()).isEqualTo(Exit.FINDINGS);
    assertThat(fromFile.out()).contains("THA-VM").isEqualTo(bundled.out());
  }

  @Test
  void givenADirectoryItWritesSnapshotJsonInsideAndWithoutOutputToStandardOutput()
      throws IOException {
    Cli.Result intoDirectory = Cli.run("demo", "--output", dir.toString());
    Cli.Result toStdout = Cli.run("demo");

    assertThat(intoDirectory.exitCode()).isZero();
    assertThat(Files.readString(dir.resolve("snapshot.json"))).isEqualTo(toStdout.out());
    assertThat(toStdout.out()).startsWith("{").contains("\"readiness-snapshot\"");
    assertThat(Files.list(dir)).as("no temporary file left behind").hasSize(1);
  }

  @Test
  void aSnapshotIsReadFromStandardInputAsAStream() throws IOException {
    byte[] snapshot = Files.readAllBytes(Path.of(Cli.input("contoso.json")));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    // A stream that cannot seek, like a pipe: the reader must not need to.
    Console piped =
        new Console(
            new PrintWriter(out),
            new PrintWriter(err),
            false,
            false,
            Map.of(),
            new java.io.BufferedInputStream(new ByteArrayInputStream(snapshot)) {
              @Override
              public boolean markSupported() {
                return false;
              }
            });

    int code =
        Main.run(
            piped, "scan", "--snapshot", "-", "--rules", "TEST-STORAGE-TLS", "--format", "json");

    assertThat(code).as(err.toString()).isEqualTo(Exit.FINDINGS);
    Cli.Result fromFile = Cli.scan("--format", "json");
    assertThat(out.toString()).isEqualTo(fromFile.out());
  }

  @Test
  void badInputOnStandardInputIsNamedSo() {
    StringWriter err = new StringWriter();
    Console piped =
        new Console(
            new PrintWriter(new StringWriter()),
            new PrintWriter(err),
            false,
            false,
            Map.of(),
            new ByteArrayInputStream("[{".getBytes(StandardCharsets.UTF_8)));

    int code = Main.run(piped, "scan", "--snapshot", "-");

    assertThat(code).isEqualTo(Exit.BAD_INPUT);
    assertThat(err.toString()).startsWith("readiness: standard input:1:");
  }
}
