package dev.readiness.api.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlWriterTest {
  @Test
  void matchesTheApprovedFile() throws IOException {
    Golden.assertApproved("report.html", ReportFormat.HTML.render(SampleReports.waived()));
  }

  @Test
  void forbidsTheBrowserToLoadAnything() throws IOException {
    String html = ReportFormat.HTML.render(SampleReports.waived());
    assertThat(html)
        .contains(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"
                + " style-src 'unsafe-inline'; script-src 'unsafe-inline'\">");
    assertThat(
            Pattern.compile("(?i)(src|href|srcset|action|poster|data)\\s*=").matcher(html).find())
        .as("no attribute that loads or links a resource")
        .isFalse();
    assertThat(html).doesNotContainIgnoringCase("url(").doesNotContainIgnoringCase("@import");
    assertThat(html).doesNotContainIgnoringCase("<link").doesNotContainIgnoringCase("<iframe");
  }

  @Test
  void escapesTenantText() throws IOException {
    String html = ReportFormat.HTML.render(SampleReports.waived());
    assertThat(html)
        .contains("&lt;b&gt;bold&lt;/b&gt;")
        .doesNotContain("<b>bold</b>")
        .contains("résumé ✓ &amp; &lt;tag&gt;");
  }

  @Test
  void showsFindingsWithEvidenceRemediationWaiversAndTheInvestigationView() throws IOException {
    String html = ReportFormat.HTML.render(SampleReports.waived());
    assertThat(html)
        .contains("<section id=\"summary\">")
        .contains("data-status=\"FAIL\" data-severity=\"HIGH\"")
        .contains("<code>/resources</code>")
        .contains("az vm extension set")
        .contains("Waived by secops@contoso.example until 2026-12-31")
        .contains("<section id=\"investigation\">")
        .contains("Which processes ran on THA-VM, and who logged on?")
        .contains("1 of 2 answerable")
        .contains("<section id=\"expired-waivers\">")
        .contains("value=\"status:FAIL\" checked")
        .contains("value=\"severity:CRITICAL\" checked");
    assertThat(ReportFormat.HTML.render(ScanReport.of(SampleReports.report())))
        .doesNotContain("id=\"investigation\"");
  }
}
