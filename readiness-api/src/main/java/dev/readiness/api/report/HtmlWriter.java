package dev.readiness.api.report;

import dev.readiness.api.Category;
import dev.readiness.api.CoverageRecord;
import dev.readiness.api.Remediation;
import dev.readiness.api.RuleMetadata;
import dev.readiness.api.Severity;
import dev.readiness.api.SnapshotMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One self-contained HTML page: inline style and script, no external asset, and a Content Security
 * Policy that forbids the browser to load anything, so the report opens offline and cannot leak.
 * The summary comes first; then the findings grouped by area and rule with their counts, status and
 * severity filters and a search, each rule's remediation once; the investigation readiness view
 * when supplied; coverage gaps and expired waivers. Findings and investigated resources are data
 * the page's script draws a page at a time when a group is opened ({@link HtmlData}), so the page
 * of a tenant of 100,000 resources opens as quickly as a small one.
 */
final class HtmlWriter {
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'";

  private static final String STYLE = resource("report.css");
  private static final String SCRIPT = resource("report.js");

  /** Records when the parser reached the end of the summary, so its first render can be timed. */
  private static final String SUMMARY_PARSED =
      "document.getElementById('summary').dataset.parsedMs ="
          + " String(Math.round(performance.now()));";

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
            + Markup.count(snapshot.subscriptions().size(), "subscription", "subscriptions")
            + " · captured "
            + esc(snapshot.capturedAt().toString())
            + " · "
            + Markup.count(scan.report().rules().size(), "rule", "rules")
            + " · "
            + Markup.count(scan.findings().size(), "finding", "findings")
            + "</p>\n");
    summary(html, scan);
    html.write("<script>" + SUMMARY_PARSED + "</script>\n");
    investigation(html, scan);
    Map<String, List<ReportedFinding>> byRule = byRule(scan);
    findings(html, scan, byRule);
    gaps(html, scan);
    for (Map.Entry<String, List<ReportedFinding>> rule : byRule.entrySet()) {
      HtmlData.findings(html, rule.getKey(), rule.getValue());
    }
    if (scan.investigation().isPresent()) {
      HtmlData.investigation(html, scan.investigation().get());
    }
    html.write("<script>\n" + SCRIPT + "</script>\n</body>\n</html>\n");
    html.flush();
  }

  private static String resource(String name) {
    try (InputStream in = HtmlWriter.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException | NullPointerException missing) {
      throw new IllegalStateException("The HTML report's " + name + " is missing from the jar.");
    }
  }

  /** Every rule's findings, rules in report order (those without findings too). */
  private static Map<String, List<ReportedFinding>> byRule(ScanReport scan) {
    Map<String, List<ReportedFinding>> byRule = new LinkedHashMap<>();
    for (RuleMetadata rule : scan.report().rules()) {
      byRule.put(rule.id(), new ArrayList<>());
    }
    for (ReportedFinding entry : scan.findings()) {
      byRule.computeIfAbsent(entry.finding().ruleId(), id -> new ArrayList<>()).add(entry);
    }
    return byRule;
  }

  private static String tenant(SnapshotMetadata snapshot) {
    return snapshot.tenantId().orElse("unknown");
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
    if (scan.investigation().map(view -> view.resources().isEmpty()).orElse(true)) {
      return;
    }
    List<InvestigationView.ResourceQuestions> resources = scan.investigation().get().resources();
    long unanswered = resources.stream().filter(r -> r.answered() < r.questions().size()).count();
    html.write("<section id=\"investigation\">\n<h2>Investigation readiness</h2>\n");
    html.write(
        "<p class=\"muted\">For each resource, the questions a responder would ask after an"
            + " incident, and whether the evidence to answer them would exist: "
            + resources.size()
            + " resources, "
            + unanswered
            + " with a question that could not be answered.</p>\n");
    html.write(
        "<div id=\"investigation-list\"></div>\n"
            + "<button type=\"button\" id=\"investigation-more\" hidden>Show more</button>\n");
    html.write("</section>\n");
  }

  private static void findings(
      Writer html, ScanReport scan, Map<String, List<ReportedFinding>> byRule) throws IOException {
    html.write("<section id=\"findings\">\n<h2>Findings</h2>\n<div id=\"filters\">\n<p>Status: ");
    for (ReportStatus status : ReportStatus.values()) {
      checkbox(html, "status:" + status, word(status), shownAtFirst(status));
    }
    html.write("</p>\n<p>Severity: ");
    for (Severity severity : Severity.values()) {
      checkbox(html, "severity:" + severity, severity.name().toLowerCase(Locale.ROOT), true);
    }
    html.write(
        "</p>\n<p><label>Search <input type=\"search\" id=\"search\""
            + " placeholder=\"resource name, id or message\"></label></p>\n");
    html.write(
        "<p id=\"shown\" class=\"muted\" data-total=\""
            + scan.findings().size()
            + "\">"
            + shownAtFirst(scan.findings())
            + " of "
            + scan.findings().size()
            + " findings shown</p>\n</div>\n");
    for (Category area : Category.values()) {
      List<RuleMetadata> rules =
          scan.report().rules().stream().filter(r -> r.category() == area).toList();
      if (rules.isEmpty()) {
        continue;
      }
      List<ReportedFinding> ofArea = new ArrayList<>();
      rules.forEach(rule -> ofArea.addAll(byRule.get(rule.id())));
      html.write(
          "<details class=\"area\" data-area=\""
              + area
              + "\">\n<summary>"
              + esc(area.title())
              + counts(ofArea)
              + "</summary>\n");
      for (RuleMetadata rule : rules) {
        ruleGroup(html, rule, byRule.get(rule.id()));
      }
      html.write("</details>\n");
    }
    html.write("</section>\n");
  }

  /** PASS findings are hidden until asked for: a report is read for what is missing. */
  private static boolean shownAtFirst(ReportStatus status) {
    return status != ReportStatus.PASS;
  }

  private static long shownAtFirst(List<ReportedFinding> findings) {
    return findings.stream().filter(f -> shownAtFirst(f.status())).count();
  }

  /** The findings' count, by status, and how many the filters show. */
  private static String counts(List<ReportedFinding> findings) {
    StringBuilder text = new StringBuilder(" <span class=\"muted\">· ");
    text.append(findings.size()).append(findings.size() == 1 ? " finding" : " findings");
    for (Map.Entry<ReportStatus, Long> count : StatusCounts.of(findings).asMap().entrySet()) {
      if (count.getValue() > 0) {
        text.append(", ").append(count.getValue()).append(' ').append(word(count.getKey()));
      }
    }
    return text.append(" · <span class=\"shown\">")
        .append(shownAtFirst(findings))
        .append(" shown</span></span>")
        .toString();
  }

  private static void ruleGroup(Writer html, RuleMetadata rule, List<ReportedFinding> findings)
      throws IOException {
    html.write(
        "<details class=\"rule\" data-rule=\""
            + esc(rule.id())
            + "\" data-area=\""
            + rule.category()
            + "\">\n<summary><b>"
            + esc(rule.id())
            + "</b> "
            + esc(rule.title())
            + " <span class=\"muted\">("
            + rule.severity().name().toLowerCase(Locale.ROOT)
            + ")</span>"
            + counts(findings)
            + "</summary>\n");
    remediation(html, rule.remediation(), rule);
    html.write(
        "<div class=\"list\"></div>\n<button type=\"button\" class=\"more\" hidden>Show"
            + " more</button>\n</details>\n");
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
    if (rule.learnMore().isPresent()) {
      // Shown as text, not a link: the page loads and links to nothing by design.
      html.write("<p class=\"muted\">Learn more: " + esc(rule.learnMore().get()) + "</p>\n");
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
