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
    assertThat(html).doesNotContain("<b>bold</b>").contains("résumé ✓ \\u0026 \\u003ctag\\u003e");
  }

  @Test
  void groupsFindingsByAreaAndRuleWithTheirDataAndEachRulesRemediationOnce() throws IOException {
    String html = ReportFormat.HTML.render(SampleReports.waived());
    assertThat(html)
        .contains("<section id=\"summary\">")
        .contains("<details class=\"area\" data-area=\"LOGGING_AND_MONITORING\">")
        .contains(
            "<details class=\"rule\" data-rule=\"FR-LOG-STORAGE-DATA\""
                + " data-area=\"LOGGING_AND_MONITORING\">")
        .contains("3 findings, 1 pass, 1 fail, 1 waived · <span class=\"shown\">2 shown</span>")
        .contains("<p id=\"shown\" class=\"muted\" data-total=\"7\">6 of 7 findings shown</p>")
        .contains("<script type=\"application/json\" id=\"data-FR-LOG-STORAGE-DATA\">")
        .contains("\"secops@contoso.example\",\"2026-12-31\"")
        .contains("<script type=\"application/json\" id=\"data-investigation\">")
        .contains("Which processes ran on THA-VM, and who logged on?")
        .contains("<section id=\"expired-waivers\">")
        .contains("value=\"status:FAIL\" checked")
        .contains("value=\"severity:CRITICAL\" checked")
        // FR-DATA-VM-BACKUP is not a rule of this report: its question is not asked.
        .doesNotContain("Can the disk be preserved as it was?");
    // The rule's remediation once, not once per finding.
    assertThat(html.split("az vm extension set", -1)).hasSize(2);
    assertThat(ReportFormat.HTML.render(ScanReport.of(SampleReports.report())))
        .doesNotContain("id=\"investigation\"");
  }

  @Test
  void noTenantTextCanCloseADataBlock() throws IOException {
    String html = ReportFormat.HTML.render(SampleReports.waived());
    String data = html.substring(html.indexOf("<script type=\"application/json\""));
    data = data.substring(0, data.lastIndexOf("<script>\n"));
    assertThat(data.replace("</script>\n<script type=\"application/json\"", ""))
        .contains("\\u003cb\\u003ebold\\u003c/b\\u003e")
        .doesNotContain("<b>");
  }
}
