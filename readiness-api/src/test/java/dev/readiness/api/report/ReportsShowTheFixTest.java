package dev.readiness.api.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The human-readable reports show a failure's own fix beside the rule's summary. */
class ReportsShowTheFixTest {
  @Test
  void htmlListsTheStepsForTheResource() throws IOException {
    String html = ReportFormat.HTML.render(ScanReport.of(SampleReports.withFix()));

    assertThat(html)
        .contains("<b>Fix for this resource</b>")
        .contains("<li>Export the blob service&#39;s logs. Cost: Ingestion is billed per GB.</li>")
        .contains("Confirm the workspace&#39;s retention. (needs a person: the log owner)");
  }

  @Test
  void markdownAppendsTheStepsToTheFailure() throws IOException {
    String markdown = ReportFormat.MARKDOWN.render(ScanReport.of(SampleReports.withFix()));

    assertThat(markdown).contains("**Fix:** Export the blob service's logs.");
  }
}
