package dev.readiness.api.report;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds headless Chromium on {@code PATH} for the browser tests. On a developer's machine without
 * it those tests are skipped; under CI ({@code CI=true}) a missing browser fails them instead, so a
 * failed install cannot quietly turn the HTML report's check off.
 */
final class Chromium {
  /** The names Chromium goes by: Debian's package, Ubuntu's, and Google's builds. */
  static final List<String> NAMES =
      List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable");

  private Chromium() {}

  /** The first of {@link #NAMES} found in the directories of {@code path}, in their order. */
  static Optional<Path> onPath(String path) {
    for (String directory : path.split(File.pathSeparator)) {
      if (directory.isEmpty()) {
        continue;
      }
      for (String name : NAMES) {
        Path candidate = Path.of(directory, name);
        if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The browser on the {@code PATH} of {@code environment}; when there is none, the test is
   * skipped, or fails when {@code environment} says it is CI.
   */
  static Path required(Map<String, String> environment) {
    Optional<Path> found = onPath(environment.getOrDefault("PATH", ""));
    if (found.isPresent()) {
      return found.get();
    }
    String missing =
        "no Chromium on PATH (looked for "
            + String.join(", ", NAMES)
            + "); install it with 'apt-get install -y chromium'.";
    if ("true".equalsIgnoreCase(environment.getOrDefault("CI", "").strip())) {
      throw new AssertionError(
          "CI=true, but " + missing + " The HTML report must be checked in a browser in CI.");
    }
    return Assumptions.abort("Skipped: " + missing);
  }
}
