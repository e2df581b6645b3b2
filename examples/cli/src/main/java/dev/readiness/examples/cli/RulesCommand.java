package dev.readiness.examples.cli;

import dev.readiness.api.Finding;
import dev.readiness.api.ResourceId;
import dev.readiness.api.Rule;
import dev.readiness.api.RuleMetadata;
import dev.readiness.api.fix.FixRendering;
import dev.readiness.api.report.RuleCatalog;
import dev.readiness.rules.FixExample;
import dev.readiness.rules.checklist.ChecklistOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code readiness rules}: the rule catalogue. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = "Lists every rule (built-in and in-house) with its metadata.")
final class RulesCommand implements Callable<Integer> {
  private final Console console;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
  String format = "text";

  /** True for {@code json}, false for {@code text}; anything else is bad usage. */
  private static boolean json(String format, String command) {
    return switch (format.toLowerCase(java.util.Locale.ROOT)) {
      case "json" -> true;
      case "text" -> false;
      default ->
          throw new Exit.BadInput(
              "unknown --format '" + format + "' for " + command + "; expected text or json.");
    };
  }

  private RulesCommand(Console console) {
    this.console = console;
  }

  static CommandLine commandLine(Console console) {
    return new CommandLine(new RulesCommand(console)).addSubcommand(new Show(console));
  }

  /** Every available rule, built-in and in-house, in id order. */
  static List<Rule> available() {
    return Evaluation.available(ChecklistOptions.defaults()).stream()
        .sorted(Comparator.comparing(rule -> rule.metadata().id()))
        .toList();
  }

  static List<RuleMetadata> catalogue() {
    return available().stream().map(Rule::metadata).toList();
  }

  @Override
  public Integer call() {
    if (json(format, "rules")) {
      console.out().print(json(available()));
      return Exit.OK;
    }
    List<RuleMetadata> rules = catalogue();
    for (RuleMetadata rule : rules) {
      console
          .out()
          .printf(
              "%-16s %-8s %-24s %s%n",
              rule.id(), rule.severity(), rule.category().title(), rule.title());
    }
    console.out().println(Plural.count(rules.size(), "rule", "rules"));
    return Exit.OK;
  }

  /** The rules as JSON, each with the fix of its example failure ({@link FixExample}). */
  private static String json(List<Rule> rules) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      RuleCatalog.writeJson(
          rules.stream().map(Rule::metadata).toList(), exampleFailures(rules), bytes);
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** {@code readiness rules show ID}. */
  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = "Explains one rule: what it checks, why, and how to fix a failure.")
  static final class Show implements Callable<Integer> {
    private final Console console;

    @Parameters(paramLabel = "ID", description = "A rule id or alternate id.")
    String id;

    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        description =
            "text (default) or json: the rule object of 'readiness rules --format json', alone.")
    String format;

    @CommandLine.ParentCommand RulesCommand parent;

    Show(Console console) {
      this.console = console;
    }

    @Override
    public Integer call() {
      Rule found =
          available().stream()
              .filter(candidate -> candidate.metadata().answersTo(id))
              .findFirst()
              .orElseThrow(
                  () -> new Exit.BadInput("No rule '" + id + "'; 'readiness rules' lists them."));
      // Given before 'show' (readiness rules --format json show ID) or after it, alike.
      String chosen = format != null ? format : parent.format;
      if (json(chosen, "rules show")) {
        console.out().print(json(List.of(found)));
        return Exit.OK;
      }
      RuleMetadata rule = found.metadata();
      var out = console.out();
      out.println(rule.id() + "  " + rule.title());
      if (!rule.alternateIds().isEmpty()) {
        out.println("Also known as: " + String.join(", ", rule.alternateIds()));
      }
      out.println("Area:      " + rule.category().title());
      out.println("Severity:  " + rule.severity() + " — " + rule.severityReason());
      out.println(rule.manual() ? "Answered by: an attestation" : "Reads:     " + rule.reads());
      if (!rule.optionalReads().isEmpty()) {
        out.println("Optional:  " + rule.optionalReads());
      }
      if (!rule.checklistItems().isEmpty()) {
        out.println("Checklist: " + String.join("; ", rule.checklistItems()));
      }
      if (!rule.controls().isEmpty()) {
        out.println("Controls:  " + String.join(", ", rule.controls()));
      }
      if (!rule.peerChecks().isEmpty()) {
        out.println("Peers:     " + String.join(", ", rule.peerChecks()));
      }
      out.println();
      out.println("Why: " + rule.rationale());
      out.println();
      out.println("Fix in the portal: " + rule.remediation().portal());
      rule.remediation().cli().ifPresent(cli -> out.println("Fix with az: " + cli));
      rule.remediation().bicep().ifPresent(b -> out.println("Bicep:\n" + b));
      if (rule.learnMore().isPresent()) {
        out.println("Learn more: " + rule.learnMore().get());
      }
      printExample(FixExample.of(List.of(found)).get(rule.id()), out);
      return Exit.OK;
    }

    /**
     * The fix the rule built for its example failure, in every rendering {@code readiness fix}
     * writes; a rule with no example failure says so.
     */
    private static void printExample(FixExample example, PrintWriter out) {
      out.println();
      if (example == null) {
        out.println(
            "Example fix: none bundled; 'readiness fix' renders the fix of each failure of a"
                + " scan.");
        return;
      }
      Finding failure = example.failure();
      boolean tenant = failure.target().id().equals(ResourceId.TENANT);
      out.println(
          "Example fix, built for "
              + (tenant ? "the tenant" : failure.target().name())
              + (example.fromCaseStudy()
                  ? " in the case study (readiness scan --demo):"
                  : " in the rule's example snapshot (" + example.snapshot() + "):"));
      if (!tenant) {
        out.println("  " + failure.target().id());
      }
      for (FixRendering rendering : FixRendering.of(failure)) {
        out.println();
        out.println(rendering.title() + ":");
        rendering.text().lines().forEach(line -> out.println(line.isEmpty() ? "" : "  " + line));
      }
    }
  }

  /** The example failure of each rule that has one, by rule id. */
  private static Map<String, Finding> exampleFailures(List<Rule> rules) {
    Map<String, Finding> failures = new TreeMap<>();
    FixExample.of(rules).forEach((id, example) -> failures.put(id, example.failure()));
    return failures;
  }
}
