package dev.readiness.api.report;

import dev.readiness.api.Change;
import dev.readiness.api.Evidence;
import dev.readiness.api.Finding;
import dev.readiness.api.RuleMetadata;
import dev.readiness.api.fix.ChangeText;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JUnit XML, for CI test report views: one test suite per rule, one test case per rule and
 * resource. FAIL is a {@code <failure>}, ERROR an {@code <error>}; UNKNOWN, MANUAL, WAIVED and
 * BASELINE are {@code <skipped>} with the reason; PASS is a plain test case.
 */
final class JunitWriter {
  private JunitWriter() {}

  static void write(ScanReport scan, OutputStream out) throws IOException {
    Map<String, List<ReportedFinding>> byRule = new LinkedHashMap<>();
    for (RuleMetadata rule : scan.report().rules()) {
      byRule.put(rule.id(), new java.util.ArrayList<>());
    }
    scan.findings().forEach(f -> byRule.get(f.finding().ruleId()).add(f));
    Writer xml = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.write("<testsuites name=\"readiness\"" + counts(scan.findings()) + " time=\"0\">\n");
    for (RuleMetadata rule : scan.report().rules()) {
      List<ReportedFinding> findings = byRule.get(rule.id());
      xml.write(
          "  <testsuite name=\""
              + esc(rule.id() + " " + rule.title())
              + "\""
              + counts(findings)
              + " time=\"0\">\n");
      for (ReportedFinding entry : findings) {
        testCase(xml, rule, entry);
      }
      xml.write("  </testsuite>\n");
    }
    xml.write("</testsuites>\n");
    xml.flush();
  }

  private static String counts(List<ReportedFinding> findings) {
    StatusCounts counts = StatusCounts.of(findings);
    long skipped =
        counts.get(ReportStatus.UNKNOWN)
            + counts.get(ReportStatus.MANUAL)
            + counts.get(ReportStatus.WAIVED)
            + counts.get(ReportStatus.BASELINE);
    return " tests=\""
        + counts.total()
        + "\" failures=\""
        + counts.get(ReportStatus.FAIL)
        + "\" errors=\""
        + counts.get(ReportStatus.ERROR)
        + "\" skipped=\""
        + skipped
        + "\"";
  }

  private static void testCase(Writer xml, RuleMetadata rule, ReportedFinding entry)
      throws IOException {
    Finding finding = entry.finding();
    xml.write(
        "    <testcase classname=\""
            + esc(rule.id())
            + "\" name=\""
            + esc(finding.target().name() + " (" + finding.target().id() + ")")
            + "\" time=\"0\"");
    String message = finding.message();
    switch (entry.status()) {
      case PASS -> xml.write("/>\n");
      case FAIL ->
          outcome(xml, "failure", message, finding.severity().name(), details(rule, finding));
      case ERROR -> outcome(xml, "error", message, "RuleError", details(rule, finding));
      case WAIVED -> {
        Waiver waiver = entry.waiver().orElseThrow();
        skipped(
            xml,
            "Waived until "
                + waiver.expires()
                + " by "
                + waiver.owner()
                + ": "
                + waiver.justification());
      }
      case BASELINE -> skipped(xml, "Known failure in the baseline: " + message);
      case UNKNOWN, MANUAL -> skipped(xml, entry.status() + ": " + message);
    }
  }

  private static void outcome(Writer xml, String element, String message, String type, String body)
      throws IOException {
    xml.write(
        ">\n      <"
            + element
            + " message=\""
            + esc(message)
            + "\" type=\""
            + esc(type)
            + "\">"
            + esc(body)
            + "</"
            + element
            + ">\n    </testcase>\n");
  }

  private static void skipped(Writer xml, String message) throws IOException {
    xml.write(">\n      <skipped message=\"" + esc(message) + "\"/>\n    </testcase>\n");
  }

  private static String details(RuleMetadata rule, Finding finding) {
    StringBuilder text = new StringBuilder(finding.message()).append('\n');
    for (Evidence evidence : finding.evidence()) {
      text.append("Evidence: ")
          .append(evidence.resourceId())
          .append(evidence.pointer().isEmpty() ? "" : " at " + evidence.pointer())
          .append(": observed ")
          .append(evidence.observed())
          .append(", expected ")
          .append(evidence.expected())
          .append('\n');
    }
    text.append("Fix: ").append(finding.remediation().portal()).append('\n');
    finding.remediation().cli().ifPresent(cli -> text.append(cli).append('\n'));
    if (!finding.fix().isEmpty()) {
      text.append("Fix for this resource:\n");
      for (Change change : finding.fix().changes()) {
        text.append("- ").append(ChangeText.sentence(change)).append('\n');
        String request = ChangeText.shortRequest(change);
        if (!request.isEmpty()) {
          text.append("  ").append(request).append('\n');
        }
      }
    }
    rule.learnMore().ifPresent(link -> text.append("Learn more: ").append(link).append('\n'));
    return text.toString();
  }

  private static String esc(String text) {
    return Markup.xml(text);
  }
}
