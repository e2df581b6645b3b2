package dev.readiness.api.report;

import dev.readiness.api.Category;
import dev.readiness.api.CoverageRecord;
import dev.readiness.api.Evidence;
import dev.readiness.api.Finding;
import dev.readiness.api.Remediation;
import dev.readiness.api.RuleMetadata;
import dev.readiness.api.Severity;
import dev.readiness.api.SnapshotMetadata;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One self-contained HTML page: inline style and script, no external asset, and a Content Security
 * Policy that forbids the browser to load anything, so the report opens offline and cannot leak. It
 * shows the summary per area, status and severity filters, each finding with its evidence and
 * remediation, the investigation readiness view when supplied, coverage gaps and expired waivers.
 */
final class HtmlWriter {
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'";

  private static final String STYLE =
      """
      body{font:14px/1.45 system-ui,sans-serif;margin:0 auto;max-width:1200px;padding:1em 2em;\
      color:#1b1f24}
      h1{margin-bottom:.2em}table{border-collapse:collapse;width:100%;margin:.5em 0 1.5em}
      th,td{border-bottom:1px solid #d0d7de;padding:.3em .5em;text-align:left;vertical-align:top}
      td.n{text-align:right}.muted{color:#57606a}
      .badge{display:inline-block;border-radius:1em;padding:0 .6em;font-size:12px;font-weight:600}
      .PASS{background:#dafbe1}.FAIL{background:#ffebe9}.ERROR{background:#fbefff}\
      .UNKNOWN{background:#fff8c5}.MANUAL{background:#ddf4ff}.WAIVED,.BASELINE{background:#eaeef2}
      .cards{display:flex;gap:.6em;flex-wrap:wrap}.card{padding:.4em 1em;border-radius:.4em}
      .card b{display:block;font-size:20px}details.finding{border:1px solid #d0d7de;\
      border-radius:.4em;margin:.3em 0;padding:.3em .6em}
      details.finding summary{cursor:pointer}pre{background:#f6f8fa;padding:.5em;overflow:auto;\
      white-space:pre-wrap}
      #filters label{margin-right:.8em}.answered{color:#1a7f37}.unanswered{color:#cf222e}
      .tick{font-weight:700;text-align:center}.row-met .tick{color:#1a7f37}\
      .row-failed .tick{color:#cf222e}.row-undecided .tick{color:#9a6700}
      """;

  private static final String SCRIPT =
      """
      (function () {
        var boxes = document.querySelectorAll('#filters input');
        var findings = document.querySelectorAll('details.finding');
        function apply() {
          var shown = {};
          boxes.forEach(function (box) { shown[box.value] = box.checked; });
          var count = 0;
          findings.forEach(function (f) {
            var visible = shown['status:' + f.dataset.status] && shown['severity:' + f.dataset.severity];
            f.hidden = !visible;
            if (visible) { count++; }
          });
          document.getElementById('shown').textContent =
            count + ' of ' + findings.length + ' findings shown';
        }
        boxes.forEach(function (box) { box.addEventListener('change', apply); });
        apply();
      })();
      """;

  private HtmlWriter() {}

  static void write(ScanReport scan, OutputStream out) throws IOException {
    Writer html = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    SnapshotMetadata snapshot = scan.report().snapshot();
    html.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    html.write(
        "<meta http-equiv=\"Content-Security-Policy\" content=\""
            + CONTENT_SECURITY_POLICY
            + "\">\n");
    html.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    html.write("<title>Forensic readiness — " + esc(tenant(snapshot)) + "</title>\n");
    html.write("<style>\n" + STYLE + "</style>\n</head>\n<body>\n");
    html.write("<h1>Forensic readiness</h1>\n");
    html.write(
        "<p class=\"muted\">Tenant <code>"
            + esc(tenant(snapshot))
            + "</code> · "
            + snapshot.subscriptions().size()
            + " subscription(s) · captured "
            + esc(snapshot.capturedAt().toString())
            + " · "
            + scan.report().rules().size()
            + " rules · "
            + scan.findings().size()
            + " findings</p>\n");
    summary(html, scan);
    investigation(html, scan);
    findings(html, scan);
    gaps(html, scan);
    html.write("<script>\n" + SCRIPT + "</script>\n</body>\n</html>\n");
    html.flush();
  }

  private static String tenant(SnapshotMetadata snapshot) {
    return snapshot.tenantId().isEmpty() ? "unknown" : snapshot.tenantId();
  }

  private static void summary(Writer html, ScanReport scan) throws IOException {
    html.write("<section id=\"summary\">\n<h2>Summary</h2>\n<div class=\"cards\">\n");
    StatusCounts counts = StatusCounts.of(scan.findings());
    for (ReportStatus status : ReportStatus.values()) {
      html.write(
          "<div class=\"card "
              + status
              + "\"><b>"
              + counts.get(status)
              + "</b>"
              + word(status)
              + "</div>\n");
    }
    html.write("</div>\n<h3>Checklist by area</h3>\n<table>\n");
    html.write(
        "<tr><th>Area</th><th>Checklist item</th><th></th><th>Pass</th><th>Fail</th>"
            + "<th>Unknown</th><th>Manual</th><th>Waived</th><th>Rules</th></tr>\n");
    for (Map.Entry<Category, List<Checklist.Row>> area : Checklist.of(scan).entrySet()) {
      if (area.getValue().isEmpty()) {
        html.write(
            "<tr><td>"
                + esc(area.getKey().title())
                + "</td><td class=\"muted\" colspan=\"8\">no rule selected</td></tr>\n");
      }
      for (Checklist.Row row : area.getValue()) {
        StatusCounts c = row.counts();
        html.write(
            "<tr class=\"row-"
                + row.tick().word
                + "\"><td>"
                + esc(area.getKey().title())
                + "</td><td>"
                + esc(row.item())
                + "</td><td class=\"tick\" title=\""
                + row.tick().word
                + "\">"
                + row.tick().plainSymbol
                + "</td>"
                + cell(c.get(ReportStatus.PASS))
                + cell(c.get(ReportStatus.FAIL) + c.get(ReportStatus.ERROR))
                + cell(c.get(ReportStatus.UNKNOWN))
                + cell(c.get(ReportStatus.MANUAL))
                + cell(c.get(ReportStatus.WAIVED) + c.get(ReportStatus.BASELINE))
                + "<td>"
                + esc(String.join(", ", row.ruleIds()))
                + "</td></tr>\n");
      }
    }
    html.write("</table>\n</section>\n");
  }

  private static String cell(long count) {
    return "<td class=\"n\">" + count + "</td>";
  }

  private static void investigation(Writer html, ScanReport scan) throws IOException {
    if (scan.investigation().isEmpty()) {
      return;
    }
    html.write("<section id=\"investigation\">\n<h2>Investigation readiness</h2>\n");
    html.write(
        "<p class=\"muted\">For each resource, the questions a responder would ask after an"
            + " incident, and whether the evidence to answer them would exist.</p>\n");
    for (InvestigationView.ResourceQuestions resource : scan.investigation().get().resources()) {
      html.write(
          "<h3>"
              + esc(resource.name())
              + " <span class=\"muted\">"
              + esc(resource.type().toString())
              + " · "
              + resource.answered()
              + " of "
              + resource.questions().size()
              + " answerable</span></h3>\n<table>\n");
      html.write("<tr><th></th><th>Question</th><th>Missing link</th><th>Rules</th></tr>\n");
      for (InvestigationView.Question question : resource.questions()) {
        html.write(
            "<tr class=\""
                + (question.answered() ? "answered" : "unanswered")
                + "\"><td>"
                + (question.answered() ? "✔" : "✘")
                + "</td><td>"
                + esc(question.question())
                + "</td><td>"
                + esc(question.missingLink())
                + "</td><td>"
                + esc(String.join(", ", question.ruleIds()))
                + "</td></tr>\n");
      }
      html.write("</table>\n");
    }
    html.write("</section>\n");
  }

  private static void findings(Writer html, ScanReport scan) throws IOException {
    html.write("<section id=\"findings\">\n<h2>Findings</h2>\n<div id=\"filters\">\n<p>Status: ");
    for (ReportStatus status : ReportStatus.values()) {
      checkbox(html, "status:" + status, word(status), status != ReportStatus.PASS);
    }
    html.write("</p>\n<p>Severity: ");
    for (Severity severity : Severity.values()) {
      checkbox(html, "severity:" + severity, severity.name().toLowerCase(Locale.ROOT), true);
    }
    html.write("</p>\n<p id=\"shown\" class=\"muted\"></p>\n</div>\n");
    for (ReportedFinding entry : scan.findings()) {
      finding(html, scan.rule(entry.finding()), entry);
    }
    html.write("</section>\n");
  }

  private static void checkbox(Writer html, String value, String label, boolean checked)
      throws IOException {
    html.write(
        "<label><input type=\"checkbox\" value=\""
            + esc(value)
            + "\""
            + (checked ? " checked" : "")
            + "> "
            + esc(label)
            + "</label>");
  }

  private static void finding(Writer html, RuleMetadata rule, ReportedFinding entry)
      throws IOException {
    Finding finding = entry.finding();
    html.write(
        "<details class=\"finding\" data-status=\""
            + entry.status()
            + "\" data-severity=\""
            + finding.severity()
            + "\">\n<summary><span class=\"badge "
            + entry.status()
            + "\">"
            + entry.status()
            + "</span> <b>"
            + esc(finding.target().name())
            + "</b> · "
            + esc(rule.id())
            + " "
            + esc(rule.title())
            + " <span class=\"muted\">("
            + finding.severity().name().toLowerCase(Locale.ROOT)
            + ")</span></summary>\n");
    html.write("<p>" + esc(finding.message()) + "</p>\n");
    html.write("<p class=\"muted\"><code>" + esc(finding.target().id().toString()) + "</code>");
    if (entry.status() != ReportStatus.of(entry.evaluatedStatus())) {
      html.write(" · evaluated " + entry.evaluatedStatus());
    }
    html.write("</p>\n");
    if (entry.waiver().isPresent()) {
      Waiver waiver = entry.waiver().get();
      html.write(
          "<p>Waived by "
              + esc(waiver.owner())
              + " until "
              + waiver.expires()
              + ": "
              + esc(waiver.justification())
              + "</p>\n");
    }
    if (!finding.evidence().isEmpty()) {
      html.write(
          "<table class=\"evidence\">\n<tr><th>Resource</th><th>Pointer</th><th>Observed</th>"
              + "<th>Expected</th></tr>\n");
      for (Evidence evidence : finding.evidence()) {
        html.write(
            "<tr><td><code>"
                + esc(evidence.resourceId().toString())
                + "</code></td><td><code>"
                + esc(evidence.pointer())
                + "</code></td><td><code>"
                + esc(evidence.observed())
                + "</code></td><td>"
                + esc(evidence.expected())
                + "</td></tr>\n");
      }
      html.write("</table>\n");
    }
    if (!finding.fix().isEmpty()) {
      html.write(
          "<p><b>Fix for this resource</b> (readiness fix renders it as Bicep and az):</p>\n<ol>\n");
      for (String step : FixSteps.of(finding.fix())) {
        html.write("<li>" + esc(step) + "</li>\n");
      }
      html.write("</ol>\n");
    }
    if (finding.status() != dev.readiness.api.Status.PASS) {
      remediation(html, finding.remediation(), rule);
    }
    html.write("</details>\n");
  }

  private static void remediation(Writer html, Remediation fix, RuleMetadata rule)
      throws IOException {
    html.write("<p><b>Why:</b> " + esc(rule.rationale()) + "</p>\n");
    html.write("<p><b>Fix in the portal:</b> " + esc(fix.portal()) + "</p>\n");
    if (fix.cli().isPresent()) {
      html.write("<pre class=\"cli\">" + esc(fix.cli().get()) + "</pre>\n");
    }
    if (fix.bicep().isPresent()) {
      html.write("<pre class=\"bicep\">" + esc(fix.bicep().get()) + "</pre>\n");
    }
    if (!rule.learnMore().isEmpty()) {
      // Shown as text, not a link: the page loads and links to nothing by design.
      html.write("<p class=\"muted\">Learn more: " + esc(rule.learnMore()) + "</p>\n");
    }
  }

  private static void gaps(Writer html, ScanReport scan) throws IOException {
    if (!scan.report().coverageGaps().isEmpty()) {
      html.write("<section id=\"coverage\">\n<h2>Coverage gaps</h2>\n<ul>\n");
      for (CoverageRecord gap : scan.report().coverageGaps()) {
        html.write("<li>" + esc(gap.reason()) + "</li>\n");
      }
      html.write("</ul>\n</section>\n");
    }
    if (!scan.expiredWaivers().isEmpty()) {
      html.write("<section id=\"expired-waivers\">\n<h2>Expired waivers</h2>\n<ul>\n");
      for (Waiver waiver : scan.expiredWaivers()) {
        html.write(
            "<li>"
                + esc(waiver.ruleId())
                + " on <code>"
                + esc(waiver.resource())
                + "</code>, owner "
                + esc(waiver.owner())
                + ", expired "
                + waiver.expires()
                + " — no longer applied</li>\n");
      }
      html.write("</ul>\n</section>\n");
    }
  }

  private static String word(ReportStatus status) {
    return status.name().toLowerCase(Locale.ROOT);
  }

  private static String esc(String text) {
    return Markup.xml(text);
  }
}
