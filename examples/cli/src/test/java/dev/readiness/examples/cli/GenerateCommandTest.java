package dev.readiness.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.Snapshot;
import dev.readiness.api.format.SnapshotReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
  @TempDir Path dir;

  @Test
  void writesTheTenantTheBenchmarkMeasures() throws Exception {
    Path generated = dir.resolve("tenant.json");
    Path benchmarked = dir.resolve("bench.json");

    Cli.Result result =
        Cli.run("generate", "--resources", "300", "--seed", "7", "--output", generated.toString());
    SyntheticSnapshots.write(300, 7, benchmarked);

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.err()).contains("(seed 7)").contains(generated.toString());
    assertThat(Files.readAllBytes(generated)).isEqualTo(Files.readAllBytes(benchmarked));
    Snapshot tenant = SnapshotReader.read(generated);
    assertThat(tenant.size()).isGreaterThanOrEqualTo(300);
    assertThat(result.err()).contains("Wrote " + tenant.size() + " resources");
  }

  @Test
  void theSeedDecidesTheTenant() throws Exception {
    Path first = dir.resolve("a.json");
    Path again = dir.resolve("b.json");
    Path other = dir.resolve("c.json");

    Cli.run("generate", "--resources", "100", "--output", first.toString());
    Cli.run("generate", "--resources", "100", "--output", again.toString());
    Cli.run("generate", "--resources", "100", "--seed", "43", "--output", other.toString());

    assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(first));
    assertThat(Files.readAllBytes(other)).isNotEqualTo(Files.readAllBytes(first));
  }

  @Test
  void refusesASizeBelowOne() {
    Cli.Result result =
        Cli.run("generate", "--resources", "0", "--output", dir.resolve("x.json").toString());

    assertThat(result.exitCode()).isEqualTo(Exit.BAD_INPUT);
    assertThat(result.err().strip()).isEqualTo("readiness: --resources must be at least 1.");
  }

  @Test
  void needsAnOutputFile() {
    Cli.Result result = Cli.run("generate", "--resources", "10");

    assertThat(result.exitCode()).isEqualTo(Exit.BAD_INPUT);
    assertThat(result.err()).contains("--output");
  }
}
