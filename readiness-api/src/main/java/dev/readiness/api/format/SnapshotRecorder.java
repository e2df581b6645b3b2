package dev.readiness.api.format;

import dev.readiness.api.Snapshot;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes a snapshot in format v1 for later scans and as a test fixture: always sanitized (no secret
 * reaches the file), and optionally anonymized.
 *
 * <pre>{@code
 * Snapshot snapshot = Collector.builder().types(engine.typesToCollect()).build().collect();
 * SnapshotRecorder.anonymizing(key).write(snapshot, Path.of("tenant.snapshot.json"));
 * }</pre>
 */
public final class SnapshotRecorder {
  private final SnapshotAnonymizer anonymizer;

  private SnapshotRecorder(SnapshotAnonymizer anonymizer) {
    this.anonymizer = anonymizer;
  }

  /** A recorder that keeps ids and names as they are. */
  public static SnapshotRecorder plain() {
    return new SnapshotRecorder(null);
  }

  /**
   * A recorder that replaces identities with pseudonyms keyed with {@code key} (see {@link
   * SnapshotAnonymizer}).
   */
  public static SnapshotRecorder anonymizing(byte[] key) {
    return new SnapshotRecorder(SnapshotAnonymizer.withKey(key));
  }

  /** The snapshot exactly as it would be written: sanitized, and anonymized if asked. */
  public Snapshot prepare(Snapshot snapshot) {
    Objects.requireNonNull(snapshot, "'snapshot' cannot be null.");
    Snapshot clean = SecretSanitizer.standard().sanitize(snapshot);
    return anonymizer == null ? clean : anonymizer.anonymize(clean);
  }

  /**
   * Writes {@code snapshot} to {@code file}, replacing it only once complete.
   *
   * @throws java.io.UncheckedIOException when the file cannot be written
   */
  public void write(Snapshot snapshot, Path file) {
    SnapshotWriter.write(prepare(snapshot), file);
  }

  /** Writes {@code snapshot} to {@code out}, which stays open. */
  public void write(Snapshot snapshot, OutputStream out) throws IOException {
    SnapshotWriter.write(prepare(snapshot), out);
  }
}
