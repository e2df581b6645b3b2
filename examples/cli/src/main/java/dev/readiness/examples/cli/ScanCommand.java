package dev.readiness.examples.cli;

import dev.readiness.api.Attestations;
import dev.readiness.api.Category;
import dev.readiness.api.Engine;
import dev.readiness.api.Report;
import dev.readiness.api.Severity;
import dev.readiness.api.Snapshot;
import dev.readiness.api.format.BaselineReader;
import dev.readiness.api.report.Baseline;
import dev.readiness.api.report.ReportFormat;
import dev.readiness.api.report.ScanReport;
import dev.readiness.api.report.Waivers;
import dev.readiness.rules.InvestigationReadiness;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code readiness scan}: evaluate the checklist and write reports. */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Evaluates the forensic readiness checklist against a snapshot, the demo tenant or a live"
          + " tenant.",
      "Without --output, prints a summary (or, with one --format, that report) to standard"
          + " output."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:nothing at or above --fail-on",
      "1:findings at or above --fail-on",
      "2:bad usage or bad input",
      "3:the scan could not run",
      "4:the scan ran but could not decide (no resources, or a rule at or above --fail-on"
          + " decided nothing); see --allow-undecided"
    })
final class ScanCommand implements Callable<Integer> {
  private final Console console;

  @ArgGroup(exclusive = true, multiplicity = "1", heading = "Source (exactly one):%n")
  SourceOptions source;

  @Mixin LiveOptions live;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description =
          "json, sarif, markdown, html, junit, ocsf or csv (repeatable). Default with --output:"
              + " json.",
      converter = Converters.Format.class)
  List<ReportFormat> formats = new ArrayList<>();

  @Option(
      names = "--output",
      paramLabel = "DIR",
      description = "Directory to write one file per format into.")
  Path output;

  @Option(
      names = "--rules",
      split = ",",
      paramLabel = "IDS",
      description = "Run only these rule ids.")
  List<String> rules = new ArrayList<>();

  @Option(
      names = "--exclude",
      split = ",",
      paramLabel = "IDS",
      description = "Leave out these rule ids.")
  List<String> exclude = new ArrayList<>();

  @Option(
      names = "--category",
      split = ",",
      paramLabel = "NAME",
      description =
          "Run only rules of these checklist areas (identity, logging, data, network,"
              + " incident, policies).",
      converter = Converters.Area.class)
  List<Category> categories = new ArrayList<>();

  @Option(
      names = "--min-severity",
      paramLabel = "LEVEL",
      description = "Run only rules of this severity or worse: critical, high, medium, low, info.",
      converter = Converters.Level.class)
  Severity minimumSeverity = Severity.INFO;

  @Option(
      names = "--attestations",
      paramLabel = "FILE",
      description = "Dated attestations for manual rules.")
  Path attestations;

  @Option(names = "--waivers", paramLabel = "FILE", description = "Accepted gaps, with expiry.")
  Path waivers;

  @Option(
      names = "--baseline",
      paramLabel = "FILE",
      description = "Known failures: only new ones fail, known ones are reported as BASELINE.")
  Path baseline;

  @Option(
      names = "--write-baseline",
      paramLabel = "FILE",
      description = "Record this scan's failures as a baseline file.")
  Path writeBaseline;

  @Option(
      names = "--options",
      paramLabel = "FILE",
      description = "Checklist thresholds as JSON, for example {\"retentionDays\": 730}.")
  Path options;

  @Option(
      names = "--strict",
      description =
          "Treat a rule id no available rule has, in --waivers or --attestations, as bad input"
              + " (exit 2) instead of a warning.")
  boolean strict;

  @Option(
      names = "--fail-on",
      paramLabel = "LEVEL",
      description = "Exit 1 when a failure of this severity or worse remains. Default: high.",
      converter = Converters.Level.class)
  Severity failOn = Severity.HIGH;

  @Option(
      names = "--allow-undecided",
      description =
          "Exit 0 or 1 even when the checklist could not decide (for report-only runs); without it"
              + " such a scan exits 4.")
  boolean allowUndecided;

  ScanCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    if (output == null && formats.size() > 1) {
      throw new Exit.BadInput("several --format options need --output DIR to write into.");
    }
    if (writeBaseline != null) {
      OutputFiles.checkWritable(writeBaseline, "the baseline");
    }
    Evaluation evaluation = new Evaluation();
    evaluation.include = rules;
    evaluation.exclude = exclude;
    evaluation.categories = categories;
    evaluation.minimumSeverity = minimumSeverity;
    if (options != null) {
      evaluation.options = OptionsFile.read(options);
    }
    // Read every input file before the (possibly slow) collection, so a typo fails fast.
    Inputs.RuleIds ruleIds = new Inputs.RuleIds(console, strict);
    Attestations attested =
        attestations == null ? Attestations.none() : ruleIds.attestations(attestations);
    Waivers accepted = waivers == null ? Waivers.none() : ruleIds.waivers(waivers);
    ruleIds.failIfStrict();
    Baseline known = baseline == null ? null : BaselineReader.read(baseline);
    // Files are read before the rules are chosen, live collection after: bad input fails first,
    // and a bad selection fails before a slow collection.
    Snapshot snapshot = source.live ? null : Sources.snapshot(source, live, Set.of(), console);
    Engine engine = evaluation.engine();
    if (snapshot == null) {
      snapshot = Sources.snapshot(source, live, engine.typesToCollect(), console);
    }
    Report report = engine.evaluate(snapshot, attested);
    ScanReport.Builder overlays =
        ScanReport.builder(report)
            .waivers(accepted)
            .investigation(InvestigationReadiness.of(snapshot, evaluation.options).toReportModel());
    if (known != null) {
      overlays.baseline(known);
    }
    ScanReport scan = overlays.build();
    write(scan);
    if (writeBaseline != null) {
      OutputFiles.write(writeBaseline, "the baseline", out -> Baseline.of(scan).write(out));
    }
    if (!scan.failingAtOrAbove(failOn).isEmpty()) {
      return Exit.FINDINGS;
    }
    Optional<String> undecided = Undecided.sentence(scan, snapshot.size(), failOn);
    if (undecided.isEmpty()) {
      return Exit.OK;
    }
    console.err().println(undecided.get() + (allowUndecided ? "." : " (exit code 4)."));
    return allowUndecided ? Exit.OK : Exit.UNDECIDED;
  }

  private void write(ScanReport scan) {
    if (output == null && formats.isEmpty()) {
      new TerminalSummary(console.colour(), failOn).print(scan, console.out());
      return;
    }
    if (output == null) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try {
        formats.get(0).write(scan, bytes);
      } catch (IOException impossible) {
        throw new UncheckedIOException(impossible);
      }
      console.out().write(bytes.toString(StandardCharsets.UTF_8));
      return;
    }
    Path directory = OutputFiles.directory(output, "--output");
    List<ReportFormat> chosen =
        formats.isEmpty() ? List.of(ReportFormat.JSON) : List.copyOf(new LinkedHashSet<>(formats));
    for (ReportFormat format : chosen) {
      Path file = directory.resolve(format.fileName());
      OutputFiles.write(file, "the report", out -> format.write(scan, out));
      console.err().println("Wrote " + file);
    }
    console.err().println(new TerminalSummary(false, failOn).verdict(scan));
  }
}
