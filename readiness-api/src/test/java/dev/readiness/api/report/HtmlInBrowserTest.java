package dev.readiness.api.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the HTML report in headless Chromium (found on {@code PATH}; see {@link Chromium}) and
 * reads the DOM after its script ran. A loopback server counts requests, to show the page makes
 * none, and that the page's Content Security Policy blocks a resource even when one is planted in
 * it.
 */
class HtmlInBrowserTest {
  @TempDir Path dir;

  private Path chromium;

  private HttpServer probe;
  private final AtomicInteger requests = new AtomicInteger();

  @BeforeEach
  void startProbe() throws IOException {
    chromium = Chromium.required(System.getenv());
    probe = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    probe.createContext(
        "/",
        exchange -> {
          requests.incrementAndGet();
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    probe.start();
  }

  @AfterEach
  void stopProbe() {
    if (probe != null) {
      probe.stop(0);
    }
  }

  @Test
  void rendersTheSummaryAndTheFindingsOfAnOpenedRule() throws Exception {
    String dom =
        render(
            ReportFormat.HTML.render(SampleReports.waived()),
            "#open=FR-LOG-STORAGE-DATA,FR-LOG-VM-GUEST");

    assertThat(dom)
        .contains("<section id=\"summary\" data-parsed-ms=")
        .contains("Checklist by area")
        .contains("<input type=\"checkbox\" value=\"status:FAIL\" checked=\"\">")
        .contains("6 of 7 findings shown")
        // Drawn by the page's script from the rule's data, under the page's policy.
        .contains("<details class=\"finding\" data-status=\"FAIL\" data-severity=\"HIGH\">")
        .contains("THA-VM sends no guest OS logs")
        .contains("Waived by secops@contoso.example until 2026-12-31")
        .contains("/storageAccounts/stcasetools/blobServices/default</code>")
        .contains("&lt;b&gt;bold&lt;/b&gt;")
        .doesNotContain("<b>bold</b>")
        // PASS is filtered out at first.
        .doesNotContain("data-status=\"PASS\"")
        .contains("Which processes ran on THA-VM, and who logged on?")
        // FR-DATA-VM-BACKUP is not a rule of this report: its question is not asked.
        .contains("0 of 1 answerable")
        .doesNotContain("Can the disk be preserved as it was?");
    assertThat(requests).hasValue(0);
  }

  @Test
  void aFailureListsItsOwnChangesEachWithItsRequest() throws Exception {
    String dom =
        render(
            ReportFormat.HTML.render(ScanReport.of(SampleReports.withFix())),
            "#open=FR-LOG-STORAGE-DATA");

    assertThat(dom)
        .contains(
            "<li>Export the blob service's logs. Cost: Ingestion is billed per GB.<br><code>PUT"
                + " https://management.azure.com"
                + SampleReports.STORAGE
                + "/blobServices/default/providers/Microsoft.Insights/diagnosticSettings/readiness"
                + "?api-version=2021-05-01-preview"
                + " {\"properties\":{\"workspaceId\":\"{workspaceId}\"}}</code></li>")
        .contains("<li>Confirm the workspace's retention. (needs a person: the log owner)</li>");
    assertThat(requests).hasValue(0);
  }

  @Test
  void theStatusFilterAndTheSearchChooseTheFindingsShown() throws Exception {
    String html = ReportFormat.HTML.render(SampleReports.waived());

    String passes = render(html, "#status=PASS&open=FR-LOG-STORAGE-DATA");
    assertThat(passes)
        .contains("1 of 7 findings shown")
        .contains("data-status=\"PASS\"")
        .doesNotContain("data-status=\"FAIL\"");

    String searched = render(html, "#q=STLAB&open=FR-LOG-STORAGE-DATA");
    assertThat(searched)
        .contains("1 of 7 findings shown")
        .contains("<b>stlab</b>")
        .doesNotContain("<b>stcasetools</b>");
    assertThat(requests).hasValue(0);
  }

  @Test
  void thePolicyBlocksAPlantedResource() throws Exception {
    String html = ReportFormat.HTML.render(SampleReports.waived());
    String planted =
        "<img src=\"http://127.0.0.1:" + probe.getAddress().getPort() + "/planted.png\">";

    render(html.replace("<h1>", planted + "<h1>"), "");
    assertThat(requests).as("requests with the policy in place").hasValue(0);

    // The probe itself works: without the policy the same page does make the request.
    render(
        html.replace(
                "<meta http-equiv=\"Content-Security-Policy\" content=\""
                    + HtmlWriter.CONTENT_SECURITY_POLICY
                    + "\">",
                "")
            .replace("<h1>", planted + "<h1>"),
        "");
    assertThat(requests).as("requests without the policy").hasValue(1);
  }

  /** The DOM of {@code html} opened at {@code fragment} (a linked view), after its scripts ran. */
  private String render(String html, String fragment) throws Exception {
    Path page = Files.createTempFile(dir, "report", ".html");
    Files.writeString(page, html, StandardCharsets.UTF_8);
    return Chromium.dumpDom(chromium, page, fragment, dir, Duration.ofSeconds(120));
  }
}
