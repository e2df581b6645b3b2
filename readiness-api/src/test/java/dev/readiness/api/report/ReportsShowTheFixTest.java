package dev.readiness.api.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every report format shows a failure's own fix beside the rule's summary. */
class ReportsShowTheFixTest {
  @Test
  void htmlListsTheStepsForTheResource() throws IOException {
    String html = ReportFormat.HTML.render(ScanReport.of(SampleReports.withFix()));

    // The steps are the finding's data; the page's script draws them as a list under
    // "Fix for this resource" when the rule is opened (HtmlInBrowserTest draws findings).
    assertThat(html)
        .contains(
            "[[\"Export the blob service's logs. Cost: Ingestion is billed per GB.\","
                + "\"PUT https://management.azure.com"
                + SampleReports.STORAGE
                + "/blobServices/default/providers/Microsoft.Insights/diagnosticSettings/readiness"
                + "?api-version=2021-05-01-preview {\\\"properties\\\":{\\\"workspaceId\\\""
                + ":\\\"{workspaceId}\\\"}}\"],"
                + "[\"Confirm the workspace's retention. (needs a person: the log owner)\",\"\"]]")
        .contains("Fix for this resource");
  }

  @Test
  void markdownAppendsTheStepsToTheFailure() throws IOException {
    String markdown = ReportFormat.MARKDOWN.render(ScanReport.of(SampleReports.withFix()));

    assertThat(markdown)
        .contains(
            "**Fix:** Export the blob service's logs. Cost: Ingestion is billed per GB. `PUT"
                + " https://management.azure.com"
                + SampleReports.STORAGE
                + "/blobServices/default/providers/Microsoft.Insights/diagnosticSettings/readiness"
                + "?api-version=2021-05-01-preview"
                + " {\"properties\":{\"workspaceId\":\"{workspaceId}\"}}`"
                + " Confirm the workspace's retention. (needs a person: the log owner)");
  }

  @Test
  void junitGivesEachStepItsRequest() throws IOException {
    String junit = ReportFormat.JUNIT.render(ScanReport.of(SampleReports.withFix()));

    assertThat(junit)
        .contains(
            "- Export the blob service&#39;s logs. Cost: Ingestion is billed per GB.\n"
                + "  PUT https://management.azure.com"
                + SampleReports.STORAGE
                + "/blobServices/default/providers/Microsoft.Insights/diagnosticSettings/readiness"
                + "?api-version=2021-05-01-preview"
                + " {&quot;properties&quot;:{&quot;workspaceId&quot;:&quot;{workspaceId}&quot;}}\n"
                + "- Confirm the workspace&#39;s retention. (needs a person: the log owner)\n");
  }

  @ParameterizedTest
  @EnumSource(
      value = ReportFormat.class,
      names = {"SARIF", "OCSF", "CSV", "JUNIT"})
  void theOtherFormatsCarryTheStepsToo(ReportFormat format) throws IOException {
    String written = format.render(ScanReport.of(SampleReports.withFix()));

    assertThat(written).contains("Export the blob service").contains("Confirm the workspace");
  }

  @ParameterizedTest
  @EnumSource(
      value = ReportFormat.class,
      names = {"JSON", "SARIF", "OCSF"})
  void theJsonFormatsCarryTheStructuredFix(ReportFormat format) throws IOException {
    String written = format.render(ScanReport.of(SampleReports.withFix()));

    assertThat(written).contains("\"fix\"").contains("\"changes\"");
  }
}
