package dev.readiness.examples.cli;

import dev.readiness.api.Attestations;
import dev.readiness.api.Snapshot;
import dev.readiness.api.format.AttestationReader;
import dev.readiness.api.format.SnapshotReader;
import java.nio.file.Path;

/**
 * Reads the input files of the commands. Bad input raises the readers' own exceptions, whose
 * one-line messages name the file, line and column; {@link Main} turns them into exit code 2. A
 * snapshot that was read but had items skipped is no error: the one line naming them goes to
 * standard error, and the gaps they left make the findings that depend on them UNKNOWN.
 */
final class Inputs {
  private Inputs() {}

  static Snapshot snapshot(Path file, Console console) {
    return SnapshotReader.read(file, skipped -> console.err().println("readiness: " + skipped));
  }

  static Attestations attestations(Path file) {
    return AttestationReader.read(file);
  }
}
