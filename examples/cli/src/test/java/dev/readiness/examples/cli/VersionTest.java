package dev.readiness.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code --version} and {@code -V} answer on every command with the version Maven built. */
class VersionTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "--version",
        "-V",
        "scan --version",
        "rules -V",
        "rules show --version",
        "record --version",
        "diff -V",
        "fix --version",
        "bench --version",
        "demo --version"
      })
  void printsTheProjectVersionAndCommit(String command) {
    String[] args = command.split(" ");
    Cli.Result result = Cli.run(args);

    assertThat(result.exitCode()).as(result.err()).isZero();
    // The test runs from the filtered classes of this build: the pom's version, not "dev".
    assertThat(result.out())
        .matches(
            "readiness \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\((commit [0-9a-f]{7,40}|commit not recorded)\\)\n");
  }

  @Test
  void aBuildWithoutACommitOrVersionSaysSoRatherThanGuessing() {
    assertThat(new BuildInfo("", "").describe())
        .isEqualTo("readiness (version not recorded) (commit not recorded)");
    assertThat(new BuildInfo("1.2.3", "0123456789ab").describe())
        .isEqualTo("readiness 1.2.3 (commit 0123456789ab)");
  }
}
