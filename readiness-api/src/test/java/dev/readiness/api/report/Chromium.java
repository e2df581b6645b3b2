package dev.readiness.api.report;

import dev.readiness.api.testing.Programs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Headless Chromium for the browser tests of this module and of the command line's: finds it on
 * {@code PATH} and reads a page's DOM after its scripts ran. On a developer's machine without it
 * those tests are skipped; under CI ({@code CI=true}) a missing browser fails them instead, so a
 * failed install cannot quietly turn the HTML report's check off.
 */
public final class Chromium {
  /** The names Chromium goes by: Debian's package, Ubuntu's, and Google's builds. */
  static final List<String> NAMES =
      List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable");

  private Chromium() {}

  /** The first of {@link #NAMES} found in the directories of {@code path}, in their order. */
  static Optional<Path> onPath(String path) {
    return Programs.find(path, NAMES);
  }

  /**
   * The browser on the {@code PATH} of {@code environment}; when there is none, the test is
   * skipped, or fails when {@code environment} says it is CI.
   */
  public static Path required(Map<String, String> environment) {
    return Programs.required(
        environment,
        "Chromium",
        NAMES,
        "apt-get install -y chromium",
        "The HTML report must be checked in a browser in CI.");
  }

  /**
   * The DOM of the page file {@code page} opened at {@code fragment} (a linked view such as {@code
   * "#open=FR-LOG-04"}, or {@code ""}) in {@code browser}, after its scripts ran. Each call starts
   * the browser with a new empty profile in {@code workDirectory}, and with its background
   * networking off: the page's own requests are the only ones it makes.
   */
  public static String dumpDom(
      Path browser, Path page, String fragment, Path workDirectory, Duration timeout)
      throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(workDirectory, "profile");
    Path dom = Files.createTempFile(workDirectory, "dom", ".html");
    Process process =
        new ProcessBuilder(
                List.of(
                    browser.toString(),
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--user-data-dir=" + profile,
                    "--dump-dom",
                    page.toUri() + fragment))
            .redirectOutput(dom.toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("Chromium did not finish rendering " + page + " within " + timeout);
    }
    if (process.exitValue() != 0) {
      throw new AssertionError("Chromium exited with " + process.exitValue() + " on " + page);
    }
    return Files.readString(dom, StandardCharsets.UTF_8);
  }
}
