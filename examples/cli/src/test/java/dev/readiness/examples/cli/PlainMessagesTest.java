package dev.readiness.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Messages a user reads: plain sentences, never Java or parser internals, never doubled words. */
class PlainMessagesTest {
  @TempDir Path dir;

  @Test
  void aTruncatedSnapshotSaysSoWithoutTheParsersInternals() throws IOException {
    String whole = Files.readString(Path.of(Cli.input("contoso.json")));
    Path truncated =
        Files.writeString(dir.resolve("t.json"), whole.substring(0, whole.length() / 2));

    Cli.Result result = Cli.run("scan", "--snapshot", truncated.toString());

    assertThat(result.exitCode()).isEqualTo(Exit.BAD_INPUT);
    assertThat(result.err())
        .startsWith("readiness: " + truncated + ":")
        .contains("unexpected end of input: the file is truncated")
        .doesNotContain("marker", "Source", "REDACTED", "end-of-input", "VALUE_STRING");
  }

  @Test
  void aHugeVersionNumberIsAnUnknownVersionNotAJavaRangeError() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("v.json"),
            Files.readString(Path.of(Cli.input("contoso.json")))
                .replace("\"version\": 1", "\"version\": 99999999999999"));

    Cli.Result result = Cli.run("scan", "--snapshot", file.toString());

    assertThat(result.exitCode()).isEqualTo(Exit.BAD_INPUT);
    assertThat(result.err())
        .contains(":3:")
        .contains("unknown snapshot version 99999999999999; this reader understands version 1")
        .doesNotContain("int", "Numeric value");
  }

  @Test
  void outputOntoAFileLeavesTheFileAndSaysWhyInOnePlainLine() throws IOException {
    Path file = Files.writeString(dir.resolve("report"), "keep me");

    Cli.Result result = Cli.run("scan", "--demo", "--output", file.toString());

    assertThat(result.exitCode()).isEqualTo(Exit.CANNOT_RUN);
    assertThat(result.err())
        .isEqualTo(
            "readiness: the scan could not run: cannot create the output directory "
                + file
                + ": a file of that name is in the way; --output names a directory.\n");
    assertThat(Files.readString(file)).isEqualTo("keep me");
  }

  @Test
  void anUnwritableBaselineFailsBeforeTheScanNamingWhy() {
    Path nowhere = dir.resolve("no-such-dir").resolve("b.json");

    Cli.Result result = Cli.run("scan", "--demo", "--write-baseline", nowhere.toString());

    assertThat(result.exitCode()).isEqualTo(Exit.CANNOT_RUN);
    assertThat(result.out()).as("no scan ran").isEmpty();
    assertThat(result.err())
        .isEqualTo(
            "readiness: the scan could not run: cannot write the baseline "
                + nowhere
                + ": the directory "
                + nowhere.getParent()
                + " does not exist.\n");
  }

  @Test
  void usageErrorsCarryOnePrefixAndOneSpace() {
    Cli.Result missing = Cli.run("scan");
    assertThat(missing.err())
        .startsWith("readiness: Missing required argument")
        .doesNotContain("Error:")
        .endsWith("Try 'readiness scan --help'.\n");

    Cli.Result top = Cli.run("--bogus");
    assertThat(top.exitCode()).isEqualTo(Exit.BAD_INPUT);
    assertThat(top.err()).endsWith("\nTry 'readiness --help'.\n").doesNotContain("  ");
  }
}
