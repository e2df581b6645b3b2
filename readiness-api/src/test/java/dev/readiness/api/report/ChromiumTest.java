package dev.readiness.api.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

/** The browser tests skip without Chromium on a developer's machine and fail without it in CI. */
class ChromiumTest {
  @TempDir Path dir;

  @Test
  void underCiAMissingBrowserFailsInsteadOfSkipping() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("empty"));

    assertThatThrownBy(() -> Chromium.required(Map.of("PATH", empty.toString(), "CI", "true")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("CI=true")
        .hasMessageContaining("no Chromium on PATH");
  }

  @Test
  void outsideCiAMissingBrowserSkips() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("empty"));

    assertThatThrownBy(() -> Chromium.required(Map.of("PATH", empty.toString())))
        .isInstanceOf(TestAbortedException.class)
        .hasMessageContaining("apt-get install -y chromium");
  }

  @Test
  void theBrowserIsFoundAnywhereOnPathInPathOrder() throws IOException {
    Path first = Files.createDirectory(dir.resolve("first"));
    Path second = Files.createDirectory(dir.resolve("second"));
    Path third = Files.createDirectory(dir.resolve("third"));
    // A directory or a file that cannot be run is not a browser.
    Files.createDirectory(first.resolve("chromium"));
    Files.writeString(second.resolve("chromium"), "");
    Path browser = executable(third.resolve("chromium-browser"));
    executable(third.resolve("google-chrome"));
    String path =
        String.join(File.pathSeparator, "", first.toString(), second.toString(), third.toString());

    assertThat(Chromium.onPath(path)).contains(browser);
    assertThat(Chromium.required(Map.of("PATH", path, "CI", "true"))).isEqualTo(browser);
  }

  private static Path executable(Path file) throws IOException {
    Files.writeString(file, "#!/bin/sh\n");
    Files.setPosixFilePermissions(file, Set.copyOf(PosixFilePermissions.fromString("rwxr-xr-x")));
    return file;
  }
}
