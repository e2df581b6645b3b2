package dev.readiness.testkit;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Golden-file tests for whole reports: compares rendered text (from any report writer) with an
 * approved file under {@code src/test/resources}, and fails with a unified line diff of what
 * differs.
 *
 * <pre>{@code
 * Approvals.verify(ReportFormat.MARKDOWN.render(report), "approved/tha-vm-report.md");
 * }</pre>
 *
 * <p>To approve new output, run the tests with {@code -Dreadiness.approve=true} (or the environment
 * variable {@code READINESS_APPROVE=1}): every compared file is rewritten with the actual text and
 * the comparison passes. Review the change in version control before committing it. On a mismatch
 * the actual text is also written to {@code target/readiness-received/}, for a side-by-side look.
 */
public final class Approvals {
  /** The system property that switches approval on. */
  public static final String APPROVE_PROPERTY = "readiness.approve";

  /** The environment variable that switches approval on. */
  public static final String APPROVE_ENVIRONMENT = "READINESS_APPROVE";

  private static final int CONTEXT = 3;

  private final Path moduleDirectory;
  private final boolean approve;

  Approvals(Path moduleDirectory, boolean approve) {
    this.moduleDirectory = moduleDirectory;
    this.approve = approve;
  }

  /**
   * Compares {@code actual} with the approved file {@code approvedPath} (relative to {@code
   * src/test/resources}). Line endings do not matter.
   *
   * @throws AssertionError with a unified diff when they differ, or with the way to approve when
   *     the approved file does not exist yet
   */
  public static void verify(String actual, String approvedPath) {
    new Approvals(moduleDirectory(), approveSwitchOn()).check(actual, approvedPath);
  }

  void check(String actual, String approvedPath) {
    Objects.requireNonNull(actual, "'actual' cannot be null.");
    Path approved = moduleDirectory.resolve("src/test/resources").resolve(approvedPath);
    String normalized = normalize(actual);
    if (approve) {
      write(approved, normalized);
      return;
    }
    if (!Files.exists(approved)) {
      Path received = writeReceived(approvedPath, normalized);
      throw new AssertionError(
          "No approved file "
              + moduleDirectory.relativize(approved)
              + " yet. Review the output in "
              + moduleDirectory.relativize(received)
              + "; to approve it, run the tests with -D"
              + APPROVE_PROPERTY
              + "=true (or "
              + APPROVE_ENVIRONMENT
              + "=1) and commit the file.");
    }
    String expected = normalize(read(approved));
    if (!expected.equals(normalized)) {
      Path received = writeReceived(approvedPath, normalized);
      throw new AssertionError(
          "The output differs from the approved file "
              + moduleDirectory.relativize(approved)
              + " (actual output in "
              + moduleDirectory.relativize(received)
              + "; re-approve with -D"
              + APPROVE_PROPERTY
              + "=true if the change is intended):\n"
              + diff(expected, normalized));
    }
  }

  /**
   * A unified diff of the lines, hunk by hunk with {@value #CONTEXT} lines of context, so two
   * changes far apart show as two short hunks rather than one long region.
   */
  static String diff(String expected, String actual) {
    List<String> before = expected.lines().toList();
    List<String> after = actual.lines().toList();
    Patch<String> patch = DiffUtils.diff(before, after);
    StringBuilder text = new StringBuilder();
    for (String line :
        UnifiedDiffUtils.generateUnifiedDiff("approved", "actual", before, patch, CONTEXT)) {
      text.append(line).append('\n');
    }
    if (expected.endsWith("\n") != actual.endsWith("\n")) {
      text.append("\\ the files differ in their final newline\n");
    }
    return text.toString();
  }

  private static String normalize(String text) {
    return text.replace("\r\n", "\n");
  }

  private Path writeReceived(String approvedPath, String text) {
    Path received = moduleDirectory.resolve("target/readiness-received").resolve(approvedPath);
    write(received, text);
    return received;
  }

  private static void write(Path file, String text) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException failure) {
      throw new UncheckedIOException("Cannot write " + file + ": " + failure.getMessage(), failure);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException failure) {
      throw new UncheckedIOException("Cannot read " + file + ": " + failure.getMessage(), failure);
    }
  }

  /** Maven's surefire sets {@code basedir} to the module; elsewhere the working directory. */
  private static Path moduleDirectory() {
    return Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
  }

  private static boolean approveSwitchOn() {
    String environment = System.getenv(APPROVE_ENVIRONMENT);
    return Boolean.getBoolean(APPROVE_PROPERTY)
        || "1".equals(environment)
        || "true".equalsIgnoreCase(environment);
  }
}
