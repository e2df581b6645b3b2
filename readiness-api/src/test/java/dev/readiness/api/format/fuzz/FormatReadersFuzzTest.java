package dev.readiness.api.format.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.readiness.api.Attestations;
import dev.readiness.api.Snapshot;
import dev.readiness.api.format.AttestationReader;
import dev.readiness.api.format.SnapshotFormatException;
import dev.readiness.api.format.SnapshotReader;
import dev.readiness.api.report.LocatedJson;
import dev.readiness.api.report.ReportInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Coverage-guided fuzzing of every reader of untrusted files. The property: a reader returns its
 * result or throws its one documented exception with a one-line message naming the source — no
 * other exception, no stack overflow, no out-of-memory.
 *
 * <p>{@code mvn verify} replays the committed seeds under {@code
 * src/test/resources/dev/readiness/api/format/fuzz/FormatReadersFuzzTestInputs/} (regression mode);
 * {@code JAZZER_FUZZ=1} fuzzes for real (docs/reliability.md).
 */
class FormatReadersFuzzTest {
  private static final String SOURCE = "fuzzed.json";

  /**
   * Format v1, plain ARM arrays, `az graph query` output and PSRule exports, detected by content.
   */
  @FuzzTest(maxDuration = "60s")
  void snapshotReader(byte[] input) {
    try {
      Snapshot snapshot = SnapshotReader.read(new ByteArrayInputStream(input), SOURCE);
      assertThat(snapshot).isNotNull();
    } catch (SnapshotFormatException expected) {
      assertOneLineNamingTheSource(expected.getMessage());
    }
  }

  @FuzzTest(maxDuration = "60s")
  void attestationReader(byte[] input) {
    try {
      Attestations attestations = AttestationReader.read(new ByteArrayInputStream(input), SOURCE);
      assertThat(attestations).isNotNull();
    } catch (SnapshotFormatException expected) {
      assertOneLineNamingTheSource(expected.getMessage());
    }
  }

  /** The reader of waiver, baseline and options files. */
  @FuzzTest(maxDuration = "60s")
  void locatedJson(byte[] input) throws IOException {
    try {
      assertThat(LocatedJson.read(new ByteArrayInputStream(input), SOURCE).root()).isNotNull();
    } catch (ReportInputException expected) {
      assertOneLineNamingTheSource(expected.getMessage());
    }
  }

  private static void assertOneLineNamingTheSource(String message) {
    assertThat(message).startsWith(SOURCE).doesNotContain("\n");
  }
}
