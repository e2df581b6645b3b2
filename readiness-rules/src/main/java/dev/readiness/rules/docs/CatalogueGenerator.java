package dev.readiness.rules.docs;

import dev.readiness.api.Category;
import dev.readiness.api.Finding;
import dev.readiness.api.ResourceId;
import dev.readiness.api.ResourceType;
import dev.readiness.api.Rule;
import dev.readiness.api.RuleMetadata;
import dev.readiness.api.fix.FixRendering;
import dev.readiness.rules.BuiltInRules;
import dev.readiness.rules.FixExample;
import dev.readiness.rules.checklist.ChecklistRow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes the rule catalogue ({@code docs/rules.md}) and the checklist map ({@code
 * docs/checklist.md}) from the built-in rules' metadata, so the documents never drift from the
 * code. Run it with the repository root as the only argument; a test fails when the committed files
 * differ from what it would write.
 */
public final class CatalogueGenerator {
  /** The catalogue's path below the repository root. */
  public static final String RULES_FILE = "docs/rules.md";

  /** The checklist map's path below the repository root. */
  public static final String CHECKLIST_FILE = "docs/checklist.md";

  private final List<RuleMetadata> rules;
  private final Map<String, FixExample> examples;

  /**
   * A generator for {@code rules}, documented in id order, each with the fix of its {@link
   * FixExample} as the example of the fix it builds.
   */
  public CatalogueGenerator(List<Rule> rules) {
    this.rules =
        rules.stream()
            .map(Rule::metadata)
            .sorted(java.util.Comparator.comparing(RuleMetadata::id))
            .toList();
    this.examples = FixExample.of(rules);
  }

  /** Writes both documents below the repository root given as the first argument (default "."). */
  public static void main(String[] args) throws IOException {
    Path root = Path.of(args.length > 0 ? args[0] : ".");
    new CatalogueGenerator(BuiltInRules.all()).writeTo(root);
  }

  /** Writes both documents below {@code root}. */
  public void writeTo(Path root) throws IOException {
    write(root.resolve(RULES_FILE), rulesMarkdown());
    write(root.resolve(CHECKLIST_FILE), checklistMarkdown());
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** The rule catalogue: a summary table, then every rule in full. */
  public String rulesMarkdown() {
    StringBuilder md = new StringBuilder();
    md.append("# Rule catalogue\n\n")
        .append(
            "Generated from the rules' metadata by `CatalogueGenerator`; do not edit by hand.\n\n")
        .append("Every rule reports per resource or scope: PASS and FAIL with the evidence that")
        .append(
            " decided them, UNKNOWN when the data it needs was not collected, denied or failed,")
        .append(" and MANUAL when only a dated attestation can answer it.\n\n")
        .append("| Id | Title | Area | Severity |\n|---|---|---|---|\n");
    for (RuleMetadata rule : rules) {
      md.append("| [")
          .append(rule.id())
          .append("](#")
          .append(rule.id().toLowerCase(java.util.Locale.ROOT))
          .append(") | ")
          .append(cell(rule.title()))
          .append(" | ")
          .append(rule.category().title())
          .append(" | ")
          .append(rule.severity())
          .append(" |\n");
    }
    for (RuleMetadata rule : rules) {
      md.append("\n## ").append(rule.id()).append("\n\n");
      md.append("**").append(rule.title()).append("**");
      if (rule.manual()) {
        md.append(" (manual: answered by attestation)");
      }
      md.append("\n\n");
      md.append("- Area: ").append(rule.category().title()).append('\n');
      md.append("- Severity: ")
          .append(rule.severity())
          .append(" — ")
          .append(rule.severityReason())
          .append('\n');
      if (!rule.alternateIds().isEmpty()) {
        md.append("- Former ids: ").append(String.join(", ", rule.alternateIds())).append('\n');
      }
      md.append("- Checklist rows: ")
          .append(
              rule.checklistItems().stream()
                  .map(i -> "\"" + i + "\"")
                  .collect(Collectors.joining(", ")))
          .append('\n');
      md.append("- Reads: ").append(types(rule.reads())).append('\n');
      if (!rule.optionalReads().isEmpty()) {
        md.append("- Reads when available: ").append(types(rule.optionalReads())).append('\n');
      }
      md.append("- Controls: ").append(orNone(rule.controls())).append('\n');
      md.append("- Equivalent checks: ").append(orNone(rule.peerChecks())).append('\n');
      if (rule.learnMore().isPresent()) {
        md.append("- Learn more: <").append(rule.learnMore().get()).append(">\n");
      }
      md.append("\n").append(rule.rationale()).append("\n\n");
      md.append("**Remediation.** ").append(rule.remediation().portal()).append('\n');
      rule.remediation()
          .cli()
          .ifPresent(cli -> md.append("\n```sh\n").append(cli).append("\n```\n"));
      rule.remediation()
          .bicep()
          .ifPresent(bicep -> md.append("\n```bicep\n").append(bicep).append("\n```\n"));
      example(md, rule);
    }
    return md.toString();
  }

  /**
   * The fix the rule built for its example failure, in every rendering; a rule with no such failure
   * says so.
   */
  private void example(StringBuilder md, RuleMetadata rule) {
    FixExample example = examples.get(rule.id());
    if (example == null) {
      md.append("\n**Example fix.** ")
          .append(
              rule.manual()
                  ? "None: a dated attestation answers this rule."
                  : "None bundled: neither the case study nor an example snapshot has a failure"
                      + " of this rule; `readiness fix` renders the fix of each failure of a scan.")
          .append('\n');
      return;
    }
    Finding failure = example.failure();
    boolean tenant = failure.target().id().equals(ResourceId.TENANT);
    md.append("\n**Example fix**, built for ")
        .append(tenant ? "the tenant" : "`" + failure.target().name() + "`")
        .append(
            example.fromCaseStudy()
                ? " in the case study (`readiness scan --demo`)"
                : " in the rule's example snapshot (`readiness-rules` resource `"
                    + example.snapshot()
                    + "`)")
        .append(tenant ? "" : ", `" + failure.target().id() + "`")
        .append(":\n");
    for (FixRendering rendering : FixRendering.of(failure)) {
      md.append("\n*")
          .append(rendering.title())
          .append("*\n\n```")
          .append(rendering.language())
          .append('\n')
          .append(rendering.text())
          .append("```\n");
    }
  }

  /** The checklist map: every source row, by area, with the rules that check it. */
  public String checklistMarkdown() {
    StringBuilder md = new StringBuilder();
    md.append("# Checklist coverage\n\n")
        .append(
            "Generated from the rules' metadata by `CatalogueGenerator`; do not edit by hand.\n\n")
        .append("Every row of the forensic readiness checklist, by area, with the rules that check")
        .append(" it. Rows marked *(case study)* come from the gaps that stalled the case-study")
        .append(" investigation.\n");
    for (Category area : Category.values()) {
      md.append("\n## ").append(area.title()).append("\n\n");
      md.append("| Checklist row | Rules |\n|---|---|\n");
      for (ChecklistRow row : ChecklistRow.of(area)) {
        List<String> checking = rulesChecking(row);
        md.append("| ")
            .append(cell(row.text()))
            .append(row.fromCaseStudy() ? " *(case study)*" : "")
            .append(" | ")
            .append(
                checking.isEmpty()
                    ? "**not checked by any rule**"
                    : checking.stream()
                        .map(
                            id ->
                                "["
                                    + id
                                    + "](rules.md#"
                                    + id.toLowerCase(java.util.Locale.ROOT)
                                    + ")")
                        .collect(Collectors.joining(", ")))
            .append(" |\n");
      }
    }
    return md.toString();
  }

  /** The ids of the rules that name {@code row} among their checklist items. */
  public List<String> rulesChecking(ChecklistRow row) {
    return rules.stream()
        .filter(rule -> rule.checklistItems().stream().anyMatch(row.text()::equalsIgnoreCase))
        .map(RuleMetadata::id)
        .toList();
  }

  private static String types(Set<ResourceType> types) {
    return types.isEmpty()
        ? "nothing (attestation only)"
        : types.stream().map(t -> "`" + t + "`").collect(Collectors.joining(", "));
  }

  private static String orNone(List<String> items) {
    return items.isEmpty() ? "none" : String.join(", ", items);
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }
}
