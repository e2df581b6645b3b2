package dev.readiness.rules.docs;

import dev.readiness.api.ResourceType;
import dev.readiness.rules.checklist.Option;
import dev.readiness.rules.checklist.OptionArea;
import dev.readiness.rules.checklist.OptionTable;
import dev.readiness.rules.checklist.WellKnownRoles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code docs/options.md} from the {@link OptionTable}: every option with what it decides,
 * what it accepts and its default, and an options file that sets each to its default. A test fails
 * when the committed page differs from what this writes.
 */
public final class OptionsDocsGenerator {
  /** The page's path below the repository root. */
  public static final String OPTIONS_FILE = "docs/options.md";

  private OptionsDocsGenerator() {}

  /** Writes the page below the repository root given as the first argument (default "."). */
  public static void main(String[] args) throws IOException {
    writeTo(Path.of(args.length > 0 ? args[0] : "."));
  }

  /** Writes the page below {@code root}. */
  public static void writeTo(Path root) throws IOException {
    Path file = root.resolve(OPTIONS_FILE);
    Files.createDirectories(file.getParent());
    Files.writeString(file, markdown(), StandardCharsets.UTF_8);
  }

  /** The page. */
  public static String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("# Checklist options\n\n")
        .append("Generated from `OptionTable` by `OptionsDocsGenerator`; do not edit by hand.\n\n")
        .append("The thresholds of the built-in checklist. Each option below is one row of")
        .append(" `OptionTable`, which alone decides its default and the values it accepts,")
        .append(" whether they come from Java or from an options file. In Java, set an option")
        .append(" by its row: `ChecklistOptions.defaults().toBuilder()")
        .append(".set(OptionTable.RETENTION_DAYS, 730).build()`, then")
        .append(" `BuiltInRules.all(options)`.\n\n")
        .append("On the command line, `readiness scan --options FILE` reads a JSON object with any")
        .append(" of these keys. An unknown key or a refused value stops the scan with exit code 2")
        .append(" and one line naming the file, the line and column of the value (or list item),")
        .append(" what was expected and, for a near miss, the name that was probably meant.\n\n")
        .append("Each rule takes only the options record of its area (`LoggingOptions`,")
        .append(" `IdentityOptions`, `DataProtectionOptions`, `NetworkOptions`); rules without")
        .append(" thresholds take none. An in-house rule loaded through `ServiceLoader` receives")
        .append(
            " the options through a `ChecklistRuleProvider` ([custom rules](custom-rules.md)).\n");
    for (OptionArea area : OptionArea.values()) {
      md.append("\n## ").append(area.title()).append("\n");
      for (Option<?> option : OptionTable.rows()) {
        if (option.area() == area) {
          option(md, option);
        }
      }
    }
    md.append("\n## Every option at its default\n\n")
        .append("An options file that sets every option to its default, to copy from:\n\n")
        .append("```json\n")
        .append(defaultsFile())
        .append("```\n");
    return md.toString();
  }

  private static <T> void option(StringBuilder md, Option<T> option) {
    md.append("\n### `").append(option.name()).append("`\n\n");
    md.append(option.description()).append("\n\n");
    md.append("- Accepts: ").append(option.accepts()).append(".\n");
    String shown = defaultOf(option);
    md.append("- Default:").append(shown.startsWith("\n") ? "" : " ").append(shown).append(".\n");
    if (!option.knownValues().isEmpty()) {
      md.append("- Known values: ")
          .append(String.join(", ", option.knownValues().stream().map(v -> "`" + v + "`").toList()))
          .append(".\n");
    }
  }

  /** The default as the docs show it; role ids carry the role's name. */
  private static String defaultOf(Option<?> option) {
    Object value = option.defaultValue();
    if (value instanceof Map<?, ?> map) {
      List<String> lines = new ArrayList<>();
      map.forEach(
          (type, categories) ->
              lines.add("\n  - `" + type + "`: " + String.join(", ", (List<String>) categories)));
      return String.join("", lines);
    }
    if (value instanceof Collection<?> items) {
      if (items.isEmpty()) {
        return "none";
      }
      List<String> shown = new ArrayList<>();
      for (Object item : items) {
        String text = String.valueOf(item);
        shown.add(
            "`" + text + "`" + WellKnownRoles.name(text).map(name -> " (" + name + ")").orElse(""));
      }
      return String.join(", ", shown);
    }
    return "`" + value + "`";
  }

  /** Every option at its default, as an options file. */
  static String defaultsFile() {
    StringBuilder json = new StringBuilder("{\n");
    List<Option<?>> rows = OptionTable.rows();
    for (int i = 0; i < rows.size(); i++) {
      Option<?> option = rows.get(i);
      json.append("  \"")
          .append(option.name())
          .append("\": ")
          .append(json(option.defaultValue(), "  "))
          .append(i + 1 < rows.size() ? ",\n" : "\n");
    }
    return json.append("}\n").toString();
  }

  private static String json(Object value, String indent) {
    if (value instanceof Map<?, ?> map) {
      List<String> fields = new ArrayList<>();
      map.forEach(
          (key, item) ->
              fields.add(indent + "  " + quoted(key) + ": " + json(item, indent + "  ")));
      return "{\n" + String.join(",\n", fields) + "\n" + indent + "}";
    }
    if (value instanceof Collection<?> items) {
      return "[" + String.join(", ", items.stream().map(item -> json(item, indent)).toList()) + "]";
    }
    if (value instanceof String || value instanceof ResourceType) {
      return quoted(value);
    }
    return String.valueOf(value);
  }

  private static String quoted(Object text) {
    return "\"" + String.valueOf(text).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
