package dev.readiness.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A class that grows past 400 lines usually holds several jobs: every main source file of the
 * repository stays under that, or says in a comment ({@value #MARK}...) why it is one job.
 */
class SourceSizeTest {
  private static final int LIMIT = 400;
  private static final String MARK = "Over 400 lines as one job";

  /** Tests run in examples/cli. */
  private static final Path ROOT = Path.of("../..");

  @Test
  void noMainSourceFileIsOver400LinesWithoutSayingWhyItIsOneJob() throws IOException {
    List<String> tooLong;
    try (Stream<Path> files = Files.walk(ROOT)) {
      tooLong =
          files
              .filter(file -> file.toString().endsWith(".java"))
              .filter(file -> file.toString().contains("/src/main/java/"))
              .filter(file -> !file.toString().contains("/target/"))
              .filter(SourceSizeTest::tooLongWithoutReason)
              .map(file -> ROOT.relativize(file).toString())
              .sorted()
              .toList();
    }

    assertThat(tooLong).as("main source files over %d lines without '%s'", LIMIT, MARK).isEmpty();
  }

  @Test
  void theWalkFindsTheRepositorysSources() {
    // Guards the test above against passing because it looked in the wrong place.
    assertThat(ROOT.resolve("readiness-api/src/main/java/dev/readiness/api/Engine.java"))
        .isRegularFile();
  }

  private static boolean tooLongWithoutReason(Path file) {
    try {
      List<String> lines = Files.readAllLines(file);
      return lines.size() > LIMIT && lines.stream().noneMatch(line -> line.contains(MARK));
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }
}
