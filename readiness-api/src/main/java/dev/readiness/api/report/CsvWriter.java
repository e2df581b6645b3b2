package dev.readiness.api.report;

import dev.readiness.api.Evidence;
import dev.readiness.api.Finding;
import dev.readiness.api.fix.ChangeText;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV (RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line break) with
 * one row per finding. A cell that a spreadsheet would run as a formula (starting with {@code = +
 * - @}, tab or carriage return) is prefixed with an apostrophe: resource names and messages come
 * from the tenant, and must not execute when the file is opened.
 */
final class CsvWriter {
  static final List<String> HEADER =
      List.of(
          "ruleId",
          "status",
          "evaluatedStatus",
          "severity",
          "category",
          "resourceId",
          "resourceName",
          "resourceType",
          "message",
          "evidence",
          "remediationPortal",
          "remediationCli",
          "fix",
          "waiverOwner",
          "waiverExpires",
          "waiverJustification");

  private CsvWriter() {}

  static void write(ScanReport scan, OutputStream out) throws IOException {
    Writer csv = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    row(csv, HEADER);
    for (ReportedFinding entry : scan.findings()) {
      Finding finding = entry.finding();
      Waiver waiver = entry.waiver().orElse(null);
      row(
          csv,
          List.of(
              finding.ruleId(),
              entry.status().name(),
              entry.evaluatedStatus().name(),
              finding.severity().name(),
              scan.rule(finding).category().name(),
              finding.target().id().toString(),
              finding.target().name(),
              finding.target().type().toString(),
              finding.message(),
              finding.evidence().stream()
                  .map(CsvWriter::evidence)
                  .collect(Collectors.joining("\n")),
              finding.remediation().portal(),
              finding.remediation().cli().orElse(""),
              String.join("\n", ChangeText.sentences(finding.fix())),
              waiver == null ? "" : waiver.owner(),
              waiver == null ? "" : waiver.expires().toString(),
              waiver == null ? "" : waiver.justification()));
    }
    csv.flush();
  }

  private static String evidence(Evidence evidence) {
    return evidence.resourceId()
        + evidence.pointer()
        + ": observed "
        + evidence.observed()
        + ", expected "
        + evidence.expected();
  }

  private static void row(Writer csv, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        csv.write(',');
      }
      csv.write(cell(cells.get(i)));
    }
    csv.write("\r\n");
  }

  /** One RFC 4180 field, guarded against formula injection. */
  static String cell(String value) {
    String guarded =
        !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    boolean quote =
        guarded.indexOf(',') >= 0
            || guarded.indexOf('"') >= 0
            || guarded.indexOf('\n') >= 0
            || guarded.indexOf('\r') >= 0;
    return quote ? '"' + guarded.replace("\"", "\"\"") + '"' : guarded;
  }
}
