package dev.readiness.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.readiness.api.Engine;
import dev.readiness.api.Report;
import dev.readiness.api.Severity;
import dev.readiness.api.Snapshot;
import dev.readiness.api.fix.ArmTemplate;
import dev.readiness.api.fix.AzCliScript;
import dev.readiness.api.fix.BicepFile;
import dev.readiness.api.fix.FixPlan;
import dev.readiness.api.fix.FixVerification;
import dev.readiness.api.fix.GraphHttpFile;
import dev.readiness.api.fix.PlanMarkdown;
import dev.readiness.api.report.ScanReport;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code readiness fix}: turn a scan's failures into the changes that fix them. */
@Command(
    name = "fix",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Writes the fixes of a scan's failures: main.bicep (with a module per change in changes/) and"
          + " main.parameters.json, main.json (ARM template), fix.sh (az CLI), graph.http"
          + " (Microsoft Graph) and plan.md.",
      "With --verify, applies the ARM and Graph changes to the snapshot in memory, scans again and"
          + " prints what they fixed as one JSON object."
    },
    exitCodeListHeading = "%nExit codes (those of scan, for the scan before the fixes):%n",
    exitCodeList = {
      "0:nothing at or above --fail-on",
      "1:findings at or above --fail-on",
      "2:bad usage or bad input",
      "3:could not run",
      "4:the scan ran but could not decide"
    })
final class FixCommand implements Callable<Integer> {
  private final Console console;

  @ArgGroup(exclusive = true, multiplicity = "1", heading = "Source (exactly one):%n")
  Source source;

  /** Where the tenant comes from: fixes are made from a file or the demo, never live. */
  static final class Source {
    @Option(names = "--snapshot", paramLabel = "FILE", description = "A snapshot file.")
    Path snapshot;

    @Option(names = "--demo", description = "The bundled case-study tenant (THA-VM).")
    boolean demo;
  }

  @Option(
      names = "--output",
      required = true,
      paramLabel = "DIR",
      description = "Directory to write the fix files into.")
  Path output;

  @Option(
      names = "--rules",
      split = ",",
      paramLabel = "IDS",
      description = "Fix only the failures of these rule ids.")
  List<String> rules = new ArrayList<>();

  @Option(
      names = "--param",
      paramLabel = "NAME=VALUE",
      description =
          "A value for a fix parameter, such as workspaceId or actionGroupId (repeatable);"
              + " plan.md lists them with their defaults.")
  Map<String, String> values = new LinkedHashMap<>();

  @Option(
      names = "--verify",
      description = "Apply the plan to the snapshot in memory, scan again, print the result.")
  boolean verify;

  @Option(
      names = "--fail-on",
      paramLabel = "LEVEL",
      description = "Exit 1 when a failure of this severity or worse was found. Default: high.",
      converter = Converters.Level.class)
  Severity failOn = Severity.HIGH;

  FixCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    Snapshot snapshot = source.demo ? Sources.demo() : Inputs.snapshot(source.snapshot, console);
    Evaluation evaluation = new Evaluation();
    evaluation.include = rules;
    Engine engine = evaluation.engine();
    Report report = engine.evaluate(snapshot);
    FixPlan plan = FixPlan.of(report, values);
    if (!plan.unusedValues().isEmpty()) {
      throw new Exit.BadInput(
          "no fix of this scan uses the parameter(s) " + String.join(", ", plan.unusedValues()));
    }
    write(plan);
    if (verify) {
      console.out().write(json(FixVerification.of(engine, snapshot, plan)));
    }
    ScanReport scan = ScanReport.of(report);
    if (!scan.failingAtOrAbove(failOn).isEmpty()) {
      return Exit.FINDINGS;
    }
    Optional<String> undecided = Undecided.sentence(scan, snapshot.size(), failOn);
    undecided.ifPresent(sentence -> console.err().println(sentence + " (exit code 4)."));
    return undecided.isPresent() ? Exit.UNDECIDED : Exit.OK;
  }

  private void write(FixPlan plan) {
    Map<String, String> files = new LinkedHashMap<>();
    files.putAll(BicepFile.files(plan));
    files.put("main.parameters.json", ArmTemplate.parameters(plan));
    files.put("main.json", ArmTemplate.render(plan));
    files.put("fix.sh", AzCliScript.render(plan));
    files.put("graph.http", GraphHttpFile.render(plan));
    files.put("plan.md", PlanMarkdown.render(plan));
    Path directory = OutputFiles.directory(output, "--output");
    Path changes = OutputFiles.directory(directory.resolve("changes"), "--output");
    removeStaleModules(changes, files.keySet());
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path path = directory.resolve(file.getKey());
      OutputFiles.write(
          path, "the fix file", out -> out.write(file.getValue().getBytes(StandardCharsets.UTF_8)));
      console.err().println("Wrote " + path);
    }
    directory.resolve("fix.sh").toFile().setExecutable(true);
  }

  /**
   * Deletes the change modules an earlier run wrote that this plan has not, so that the directory
   * holds only the modules main.bicep deploys.
   */
  private static void removeStaleModules(Path changes, Set<String> written) {
    try (Stream<Path> listed = Files.list(changes)) {
      for (Path module : listed.toList()) {
        String name = module.getFileName().toString();
        if (name.matches("[0-9]+\\.bicep") && !written.contains("changes/" + name)) {
          Files.delete(module);
        }
      }
    } catch (IOException failed) {
      throw new Exit.CannotRun(
          "cannot clear the old modules in "
              + changes
              + ": "
              + OutputFiles.reason(failed, changes));
    }
  }

  /** The verification as one JSON object on one line, field names as docs/cli.md lists them. */
  private static String json(FixVerification verification) {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
      json.writeStartObject();
      json.writeNumberField("failuresBefore", verification.failuresBefore());
      json.writeNumberField("changes", verification.changes());
      json.writeNumberField("fixedByPlan", verification.fixedByPlan());
      json.writeArrayFieldStart("stillFailing");
      for (FixVerification.Failure failure : verification.stillFailing()) {
        json.writeStartObject();
        json.writeStringField("ruleId", failure.ruleId());
        json.writeStringField("resourceId", failure.resourceId());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("needsHuman");
      for (String rule : verification.needsHuman()) {
        json.writeString(rule);
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException impossible) {
      throw new IllegalStateException(impossible);
    }
    return text + "\n";
  }
}
