package dev.readiness.examples.cli;

import dev.readiness.api.Rule;
import dev.readiness.api.RuleMetadata;
import dev.readiness.api.report.RuleCatalog;
import dev.readiness.rules.checklist.ChecklistOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
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

  static List<RuleMetadata> catalogue() {
    return Evaluation.available(ChecklistOptions.defaults()).stream()
        .map(Rule::metadata)
        .sorted(Comparator.comparing(RuleMetadata::id))
        .toList();
  }

  @Override
  public Integer call() {
    List<RuleMetadata> rules = catalogue();
    if (json(format, "rules")) {
      console.out().print(json(rules));
      return Exit.OK;
    }
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

  private static String json(List<RuleMetadata> rules) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      RuleCatalog.writeJson(rules, bytes);
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
      RuleMetadata rule =
          catalogue().stream()
              .filter(candidate -> candidate.answersTo(id))
              .findFirst()
              .orElseThrow(
                  () -> new Exit.BadInput("No rule '" + id + "'; 'readiness rules' lists them."));
      // Given before 'show' (readiness rules --format json show ID) or after it, alike.
      String chosen = format != null ? format : parent.format;
      if (json(chosen, "rules show")) {
        console.out().print(json(List.of(rule)));
        return Exit.OK;
      }
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
      if (!rule.learnMore().isEmpty()) {
        out.println("Learn more: " + rule.learnMore());
      }
      return Exit.OK;
    }
  }
}
