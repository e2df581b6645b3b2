package dev.readiness.examples.cli;

import dev.readiness.api.Attestations;
import dev.readiness.api.Snapshot;
import dev.readiness.api.format.AttestationReader;
import dev.readiness.api.format.SnapshotReader;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Reads the input files of the commands. Bad input raises the readers' own exceptions, whose
 * one-line messages name the file, line and column; {@link Main} turns them into exit code 2. A
 * snapshot that was read but had items skipped is no error: the one line naming them goes to
 * standard error, and the gaps they left make the findings that depend on them UNKNOWN.
 */
final class Inputs {
  private Inputs() {}

  /** The name {@code --snapshot} takes for standard input, as most command-line tools do. */
  static final String STANDARD_INPUT = "-";

  /**
   * The snapshot in {@code file}, or on standard input when {@code file} is {@code -}. Standard
   * input is read as a stream, never by seeking, so a pipe works as well as a redirected file; an
   * import read from it is stamped with the current time, having no file time of its own.
   */
  static Snapshot snapshot(Path file, Console console) {
    java.util.function.Consumer<String> notices =
        skipped -> console.err().println("readiness: " + skipped);
    if (file.toString().equals(STANDARD_INPUT)) {
      return SnapshotReader.read(console.in(), "standard input", Instant.now(), notices);
    }
    return SnapshotReader.read(file, notices);
  }

  static Attestations attestations(Path file) {
    return AttestationReader.read(file);
  }
}
