package dev.readiness.api.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Programs the tests run (a browser, shellcheck), found on {@code PATH}. On a developer's machine
 * without one, the tests that need it are skipped; under CI ({@code CI=true}) a missing program
 * fails them instead, so a failed install cannot quietly turn a check off.
 */
public final class Programs {
  private Programs() {}

  /** The first of {@code names} found in the directories of {@code path}, in their order. */
  public static Optional<Path> find(String path, List<String> names) {
    for (String directory : path.split(File.pathSeparator)) {
      if (directory.isEmpty()) {
        continue;
      }
      for (String name : names) {
        Path candidate = Path.of(directory, name);
        if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The program {@code label}, under one of {@code names}, on the {@code PATH} of {@code
   * environment}; when there is none the test is skipped, or fails when {@code environment} says it
   * is CI.
   *
   * @param install the command that installs it
   * @param whyInCi why CI must have it, one sentence
   */
  public static Path required(
      Map<String, String> environment,
      String label,
      List<String> names,
      String install,
      String whyInCi) {
    Optional<Path> found = find(environment.getOrDefault("PATH", ""), names);
    if (found.isPresent()) {
      return found.get();
    }
    String missing =
        "no "
            + label
            + " on PATH (looked for "
            + String.join(", ", names)
            + "); install it with '"
            + install
            + "'.";
    if ("true".equalsIgnoreCase(environment.getOrDefault("CI", "").strip())) {
      throw new AssertionError("CI=true, but " + missing + " " + whyInCi);
    }
    return Assumptions.abort("Skipped: " + missing);
  }

  /** Shellcheck, which checks the az CLI scripts of {@code readiness fix}. */
  public static Path shellcheck() {
    return required(
        System.getenv(),
        "shellcheck",
        List.of("shellcheck"),
        "apt-get install -y shellcheck",
        "The fix script must be checked with shellcheck in CI.");
  }
}
