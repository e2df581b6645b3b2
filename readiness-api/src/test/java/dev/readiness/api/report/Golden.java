package dev.readiness.api.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with an approved file under src/test/resources/golden. Run the tests with {@code
 * -Dreadiness.approve=true} to approve new output, then review the diff before committing.
 */
public final class Golden {
  private static final Path DIR = Path.of("src/test/resources/golden");

  private Golden() {}

  /** Requires {@code actual} to equal the approved file {@code name} (a path below the folder). */
  public static void assertApproved(String name, String actual) throws IOException {
    Path approved = DIR.resolve(name);
    if (Boolean.getBoolean("readiness.approve")) {
      Files.createDirectories(approved.getParent());
      Files.writeString(approved, actual, StandardCharsets.UTF_8);
    }
    assertThat(approved)
        .as("approved file %s (run with -Dreadiness.approve=true to create it)", approved)
        .exists();
    assertThat(actual).isEqualTo(Files.readString(approved, StandardCharsets.UTF_8));
  }
}
