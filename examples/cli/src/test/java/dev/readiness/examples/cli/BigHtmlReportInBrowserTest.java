package dev.readiness.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.report.Chromium;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report of a generated tenant of 100,000 resources opens in headless Chromium: the page
 * records when its summary was parsed and when its script was ready, and a linked view with a
 * status filter and a search shows the findings it should. Tagged {@code big}: it takes minutes, so
 * the default build leaves it out and {@code .ci/run} runs it.
 */
@Tag("big")
class BigHtmlReportInBrowserTest {
  private static final Pattern SUMMARY_PARSED = Pattern.compile("data-parsed-ms=\"(\\d+)\"");
  private static final Pattern READY = Pattern.compile("data-ready-ms=\"(\\d+)\"");

  @TempDir Path dir;

  private Path chromium;

  @Test
  void theSummaryOfA100kTenantRendersWithinFiveSecondsAndAFilterWorks() throws Exception {
    chromium = Chromium.required(System.getenv());
    Path tenant = dir.resolve("tenant.json");
    assertThat(
            Cli.run("generate", "--resources", "100000", "--output", tenant.toString()).exitCode())
        .isZero();
    Cli.Result scan =
        Cli.run(
            "scan",
            "--snapshot",
            tenant.toString(),
            "--format",
            "html",
            "--output",
            dir.toString(),
            "--allow-undecided");
    assertThat(scan.exitCode()).as(scan.err()).isEqualTo(Exit.FINDINGS);
    Path page = dir.resolve("readiness.html");

    String opened = render(page, "");
    long summaryMs = number(SUMMARY_PARSED, opened);
    assertThat(summaryMs).as("summary parsed, ms after navigation").isLessThanOrEqualTo(5000);
    assertThat(number(READY, opened)).as("page ready, ms after navigation").isLessThan(30_000);
    assertThat(opened)
        .contains("Checklist by area")
        .containsPattern("\\d+ of 1\\d{5} findings shown");

    String filtered = render(page, "#status=FAIL&q=vm-00001&open=FR-LOG-04");
    Matcher shown = Pattern.compile("(\\d+) of (\\d+) findings shown").matcher(filtered);
    assertThat(shown.find()).isTrue();
    assertThat(Integer.parseInt(shown.group(1))).isBetween(1, 100);
    assertThat(filtered)
        .contains("<details class=\"finding\" data-status=\"FAIL\" data-severity=\"CRITICAL\">")
        .contains("<b>vm-00001</b>")
        .doesNotContain("data-status=\"PASS\"");
    System.out.printf(
        "100k HTML report: %d bytes, summary parsed at %d ms, ready at %d ms%n",
        Files.size(page), summaryMs, number(READY, opened));
  }

  private static long number(Pattern pattern, String dom) {
    Matcher matcher = pattern.matcher(dom);
    assertThat(matcher.find()).as("%s in the page", pattern).isTrue();
    return Long.parseLong(matcher.group(1));
  }

  private String render(Path page, String fragment) throws Exception {
    return Chromium.dumpDom(chromium, page, fragment, dir, Duration.ofMinutes(10));
  }
}
