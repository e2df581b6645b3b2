package dev.readiness.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApprovalsTest {
  @TempDir Path module;

  private Path approved(String name, String text) throws IOException {
    Path file = module.resolve("src/test/resources/approved").resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }

  @Test
  void passesWhenTheTextMatchesIgnoringLineEndings() throws IOException {
    approved("report.txt", "FAIL THA-VM\nPASS GOOD-VM\n");

    new Approvals(module, false).check("FAIL THA-VM\r\nPASS GOOD-VM\r\n", "approved/report.txt");
  }

  @Test
  void failsWithAUnifiedDiffOfTheDifferingLines() throws IOException {
    String approvedText = lines(1, 30);
    String actual = approvedText.replace("line 12\n", "line twelve\nline 12b\n");
    approved("report.txt", approvedText);

    assertThatThrownBy(() -> new Approvals(module, false).check(actual, "approved/report.txt"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(
            "The output differs from the approved file src/test/resources/approved/report.txt")
        .hasMessageContaining("actual output in target/readiness-received/approved/report.txt")
        .hasMessageEndingWith(
            "--- approved\n+++ actual\n@@ -9,7 +9,8 @@\n line 9\n line 10\n line 11\n-line 12\n"
                + "+line twelve\n+line 12b\n line 13\n line 14\n line 15\n");
    assertThat(module.resolve("target/readiness-received/approved/report.txt")).hasContent(actual);
  }

  @Test
  void twoChangesFarApartShowAsTwoHunksWithEveryChangedLine() {
    String approvedText = lines(1, 60);
    String actual = approvedText.replace("line 10\n", "line ten\n").replace("line 35\n", "");

    String diff = Approvals.diff(approvedText, actual);

    assertThat(diff)
        .isEqualTo(
            "--- approved\n+++ actual\n"
                + "@@ -7,7 +7,7 @@\n line 7\n line 8\n line 9\n-line 10\n+line ten\n line 11\n"
                + " line 12\n line 13\n"
                + "@@ -32,7 +32,6 @@\n line 32\n line 33\n line 34\n-line 35\n line 36\n line 37\n"
                + " line 38\n");
  }

  @Test
  void saysWhenOnlyTheFinalNewlineDiffers() {
    assertThat(Approvals.diff("a\nb\n", "a\nb"))
        .endsWith("\\ the files differ in their final newline\n");
  }

  @Test
  void saysHowToApproveWhenThereIsNoApprovedFile() {
    assertThatThrownBy(() -> new Approvals(module, false).check("text\n", "approved/new.txt"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("No approved file src/test/resources/approved/new.txt yet.")
        .hasMessageContaining(
            "run the tests with -Dreadiness.approve=true (or READINESS_APPROVE=1)");
  }

  @Test
  void theApproveSwitchWritesTheApprovedFile() throws IOException {
    Path file = approved("report.txt", "old\n");

    new Approvals(module, true).check("new\n", "approved/report.txt");
    new Approvals(module, true).check("fresh\n", "approved/fresh.txt");

    assertThat(file).hasContent("new");
    assertThat(module.resolve("src/test/resources/approved/fresh.txt")).hasContent("fresh");
    new Approvals(module, false).check("new\n", "approved/report.txt");
  }

  private static String lines(int from, int to) {
    return IntStream.rangeClosed(from, to)
        .mapToObj(i -> "line " + i + "\n")
        .collect(Collectors.joining());
  }
}
