package dev.readiness.testkit;

import dev.readiness.api.Snapshot;
import dev.readiness.api.format.SnapshotReader;
import dev.readiness.testkit.fixtures.Tenant;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Loads snapshot files from the test class path: format v1, a plain ARM array or {@code az graph
 * query} output, or a PSRule for Azure export, as {@link SnapshotReader} detects. Imports carry no
 * capture time of their own and are stamped {@link Tenant#DEFAULT_CAPTURED_AT}, so tests stay
 * deterministic.
 */
public final class SnapshotFiles {
  private SnapshotFiles() {}

  /**
   * The snapshot in class-path resource {@code path}, for example {@code fixtures/tha-vm.json}
   * (from {@code src/test/resources/fixtures/tha-vm.json}).
   *
   * @throws IllegalArgumentException when no such resource exists
   * @throws dev.readiness.api.format.InputFileException naming the file, line and column when it is
   *     malformed
   */
  public static Snapshot load(String path) {
    return load(path, classLoader());
  }

  static Snapshot load(String path, ClassLoader loader) {
    Objects.requireNonNull(path, "'path' cannot be null.");
    String resource = resourceName(path);
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException(
            "No snapshot file '"
                + resource
                + "' on the test class path; put it under src/test/resources/"
                + resource
                + ".");
      }
      return SnapshotReader.read(in, resource, Tenant.DEFAULT_CAPTURED_AT);
    } catch (IOException unreadable) {
      throw new UncheckedIOException("Cannot read snapshot file '" + resource + "'.", unreadable);
    }
  }

  /** The class-path resource name of {@code path}: without a leading {@code /}. */
  static String resourceName(String path) {
    return path.startsWith("/") ? path.substring(1) : path;
  }

  static ClassLoader classLoader() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : SnapshotFiles.class.getClassLoader();
  }
}
