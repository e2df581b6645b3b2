package dev.readiness.api.format.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.readiness.api.Attestations;
import dev.readiness.api.Snapshot;
import dev.readiness.api.format.AttestationReader;
import dev.readiness.api.format.BaselineReader;
import dev.readiness.api.format.InputFileException;
import dev.readiness.api.format.OptionsReader;
import dev.readiness.api.format.SnapshotReader;
import dev.readiness.api.format.WaiverReader;
import java.io.ByteArrayInputStream;

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
    } catch (InputFileException expected) {
      assertOneLineNamingTheSource(expected.getMessage());
    }
  }

  @FuzzTest(maxDuration = "60s")
  void attestationReader(byte[] input) {
    try {
      Attestations attestations = AttestationReader.read(new ByteArrayInputStream(input), SOURCE);
      assertThat(attestations).isNotNull();
    } catch (InputFileException expected) {
      assertOneLineNamingTheSource(expected.getMessage());
    }
  }

  /**
   * The waiver reader, and on the same bytes the baseline and options readers, which share its
   * located JSON tree.
   */
  @FuzzTest(maxDuration = "60s")
  void waiverReader(byte[] input) {
    try {
      assertThat(WaiverReader.read(new ByteArrayInputStream(input), SOURCE)).isNotNull();
    } catch (InputFileException expected) {
      assertOneLineNamingTheSource(expected.getMessage());
    }
    try {
      assertThat(BaselineReader.read(new ByteArrayInputStream(input), SOURCE)).isNotNull();
    } catch (InputFileException expected) {
      assertOneLineNamingTheSource(expected.getMessage());
    }
    try {
      assertThat(
              OptionsReader.read(
                  new ByteArrayInputStream(input),
                  SOURCE,
                  java.util.Map.of(
                      "retentionDays", OptionsReader.Kind.WHOLE_NUMBER,
                      "breakGlassAccounts", OptionsReader.Kind.TEXT_LIST)))
          .isNotNull();
    } catch (InputFileException expected) {
      assertOneLineNamingTheSource(expected.getMessage());
    }
  }

  private static void assertOneLineNamingTheSource(String message) {
    assertThat(message).startsWith(SOURCE).doesNotContain("\n");
  }
}
