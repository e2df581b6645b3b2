package dev.readiness.api.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The human-readable reports show a failure's own fix beside the rule's summary. */
class ReportsShowTheFixTest {
  @Test
  void htmlListsTheStepsForTheResource() throws IOException {
    String html = ReportFormat.HTML.render(ScanReport.of(SampleReports.withFix()));

    // The steps are the finding's data; the page's script draws them as a list under
    // "Fix for this resource" when the rule is opened (HtmlInBrowserTest draws findings).
    assertThat(html)
        .contains(
            "[\"Export the blob service's logs. Cost: Ingestion is billed per GB.\","
                + "\"Confirm the workspace's retention. (needs a person: the log owner)\"]")
        .contains("Fix for this resource");
  }

  @Test
  void markdownAppendsTheStepsToTheFailure() throws IOException {
    String markdown = ReportFormat.MARKDOWN.render(ScanReport.of(SampleReports.withFix()));

    assertThat(markdown).contains("**Fix:** Export the blob service's logs.");
  }
}
