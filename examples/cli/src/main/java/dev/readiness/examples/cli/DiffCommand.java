package dev.readiness.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.api.Attestations;
import dev.readiness.api.Severity;
import dev.readiness.api.report.ReportFormat;
import dev.readiness.api.report.ScanReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code readiness diff OLD NEW}: what changed between two scans. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Shows the findings that appeared, disappeared or changed status between two snapshots or"
          + " two JSON reports (or one of each).",
      "A snapshot is evaluated with every available rule and default options."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no failure at or above --fail-on appeared",
      "1:a failure at or above --fail-on appeared (new, or changed to FAIL)",
      "2:bad usage or bad input",
      "3:the comparison could not run"
    })
final class DiffCommand implements Callable<Integer> {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Console console;

  @Parameters(index = "0", paramLabel = "OLD", description = "Snapshot or JSON report before.")
  Path before;

  @Parameters(index = "1", paramLabel = "NEW", description = "Snapshot or JSON report after.")
  Path after;

  @Option(
      names = "--fail-on",
      paramLabel = "LEVEL",
      description = "Exit 1 when a failure of this severity or worse appeared. Default: high.",
      converter = Converters.Level.class)
  Severity failOn = Severity.HIGH;

  DiffCommand(Console console) {
    this.console = console;
  }

  /** One finding as compared: identity is rule id and resource id. */
  private record Entry(
      String ruleId, String resourceId, String status, Severity severity, String message) {}

  @Override
  public Integer call() {
    Map<String, Entry> old = findings(before);
    Map<String, Entry> now = findings(after);
    PrintWriter out = console.out();
    int appeared = 0;
    int disappeared = 0;
    int changed = 0;
    boolean failing = false;
    for (Map.Entry<String, Entry> entry : now.entrySet()) {
      Entry was = old.get(entry.getKey());
      Entry is = entry.getValue();
      if (was == null) {
        out.println(
            "+ " + is.status() + " " + is.ruleId() + " " + is.resourceId() + ": " + is.message());
        appeared++;
      } else if (!was.status().equals(is.status()) || !was.message().equals(is.message())) {
        out.println(
            "~ "
                + was.status()
                + " -> "
                + is.status()
                + " "
                + is.ruleId()
                + " "
                + is.resourceId()
                + ": "
                + is.message());
        changed++;
      }
      boolean newlyFailing =
          "FAIL".equals(is.status()) && (was == null || !"FAIL".equals(was.status()));
      failing |= newlyFailing && is.severity().atLeast(failOn);
    }
    for (Map.Entry<String, Entry> entry : old.entrySet()) {
      if (!now.containsKey(entry.getKey())) {
        Entry was = entry.getValue();
        out.println(
            "- "
                + was.status()
                + " "
                + was.ruleId()
                + " "
                + was.resourceId()
                + ": "
                + was.message());
        disappeared++;
      }
    }
    out.println(appeared + " appeared, " + disappeared + " disappeared, " + changed + " changed");
    return failing ? Exit.FINDINGS : Exit.OK;
  }

  /** The findings of a JSON report, or of a snapshot evaluated now, by rule and resource. */
  private Map<String, Entry> findings(Path file) {
    JsonNode report = isReport(file) ? readJson(file) : evaluate(file);
    Map<String, Entry> byKey = new TreeMap<>();
    for (JsonNode finding : report.path("findings")) {
      Entry entry =
          new Entry(
              text(file, finding, "ruleId"),
              text(file, finding, "resourceId"),
              text(file, finding, "status"),
              Severity.parse(text(file, finding, "severity")),
              text(file, finding, "message"));
      byKey.put(entry.ruleId() + " " + entry.resourceId().toLowerCase(Locale.ROOT), entry);
    }
    return byKey;
  }

  private static String text(Path file, JsonNode finding, String field) {
    JsonNode value = finding.get(field);
    if (value == null || !value.isTextual()) {
      throw new Exit.BadInput(
          file
              + ": a finding has no '"
              + field
              + "'; expected a report of"
              + " this tool's JSON format.");
    }
    return value.asText();
  }

  /** A JSON report says so in its first field; anything else is read as a snapshot. */
  private static boolean isReport(Path file) {
    try (var in = Files.newInputStream(file);
        var parser = MAPPER.getFactory().createParser(in)) {
      return parser.nextToken() != null
          && parser.nextToken() != null
          && "schemaVersion".equals(parser.currentName());
    } catch (IOException unreadable) {
      throw new Exit.BadInput(file + ": cannot be read: " + unreadable.getMessage());
    }
  }

  private static JsonNode readJson(Path file) {
    try {
      return MAPPER.readTree(file.toFile());
    } catch (IOException malformed) {
      throw new Exit.BadInput(file + ": not a JSON report: " + malformed.getMessage());
    }
  }

  /** Evaluates a snapshot and reads its findings back through the JSON report: one code path. */
  private JsonNode evaluate(Path snapshot) {
    ScanReport scan =
        ScanReport.of(
            new Evaluation()
                .engine()
                .evaluate(Inputs.snapshot(snapshot, console), Attestations.none()));
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    try {
      ReportFormat.JSON.write(scan, json);
      return MAPPER.readTree(json.toByteArray());
    } catch (IOException impossible) {
      throw new java.io.UncheckedIOException(impossible);
    }
  }
}
