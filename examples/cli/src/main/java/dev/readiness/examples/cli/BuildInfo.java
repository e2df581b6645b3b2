package dev.readiness.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version and commit Maven wrote into {@code build.properties} when it built this jar. A build
 * run without {@code -Dbuild.commit} records no commit, and a run from unfiltered classes (an IDE)
 * no version either; both are said plainly rather than guessed.
 *
 * @param version the project version, for example {@code 0.1.0-SNAPSHOT}, or empty
 * @param commit the abbreviated commit id, or empty
 */
record BuildInfo(String version, String commit) {
  private static final String RESOURCE = "build.properties";

  static BuildInfo load() {
    Properties properties = new Properties();
    try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException unreadable) {
      throw new UncheckedIOException("cannot read " + RESOURCE, unreadable);
    }
    return new BuildInfo(
        recorded(properties.getProperty("version")), recorded(properties.getProperty("commit")));
  }

  /** A value Maven filled in; an empty or unfiltered {@code ${...}} placeholder is no value. */
  private static String recorded(String value) {
    return value == null || value.isBlank() || value.startsWith("${") ? "" : value.trim();
  }

  /** {@code readiness 0.1.0-SNAPSHOT (commit 0123456789ab)}. */
  String describe() {
    return "readiness "
        + (version.isEmpty() ? "(version not recorded)" : version)
        + (commit.isEmpty() ? " (commit not recorded)" : " (commit " + commit + ")");
  }
}
