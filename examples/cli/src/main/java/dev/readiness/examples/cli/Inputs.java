package dev.readiness.examples.cli;

import dev.readiness.api.Attestations;
import dev.readiness.api.Snapshot;
import dev.readiness.api.format.AttestationReader;
import dev.readiness.api.format.SnapshotReader;
import java.nio.file.Path;

/**
 * Reads the input files of the commands. Bad input raises the readers' own exceptions, whose
 * one-line messages name the file, line and column; {@link Main} turns them into exit code 2.
 */
final class Inputs {
  private Inputs() {}

  static Snapshot snapshot(Path file) {
    return SnapshotReader.read(file);
  }

  static Attestations attestations(Path file) {
    return AttestationReader.read(file);
  }
}
