package dev.readiness.api.fix;

import dev.readiness.api.FixParameter;
import java.util.List;
import java.util.Locale;

/** Bash quoting for the az CLI script, where parameters become shell variables. */
final class Shell {
  private Shell() {}

  /** The shell variable of {@code parameter}: {@code workspaceId} becomes {@code WORKSPACE_ID}. */
  static String variable(FixParameter parameter) {
    return variable(parameter.name());
  }

  /** The shell variable of the parameter named {@code name}. */
  static String variable(String name) {
    return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
  }

  /** {@code text} in single quotes, taken literally by bash. */
  static String singleQuoted(String text) {
    return "'" + text.replace("'", "'\\''") + "'";
  }

  /**
   * {@code text} in double quotes, with each {@code {name}} of {@code parameters} expanded from its
   * shell variable and everything else taken literally.
   */
  static String doubleQuoted(String text, List<FixParameter> parameters) {
    String escaped =
        text.replace("\\", "\\\\").replace("\"", "\\\"").replace("$", "\\$").replace("`", "\\`");
    for (FixParameter parameter : parameters) {
      escaped = escaped.replace(parameter.inId(), "${" + variable(parameter) + "}");
    }
    return "\"" + escaped + "\"";
  }
}
