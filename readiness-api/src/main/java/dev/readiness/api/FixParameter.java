package dev.readiness.api;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A value the user chooses for a fix, such as the destination workspace or the action group. Placed
 * as a value inside a change's body, it stands for the chosen value; in a resource id, or inside a
 * string of a Graph request's body, it is written as {@code {name}} and the fix declares it with
 * {@link Fix#of(java.util.List, FixParameter...)}. Every rendering turns it into that format's own
 * parameter (a Bicep {@code param}, an ARM template parameter, a shell variable).
 *
 * @param name a name made of letters and digits, starting with a letter
 * @param description what the value is, as a sentence
 * @param defaultValue the value used when the user gives none
 */
public record FixParameter(String name, String description, String defaultValue) {
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

  /** Validates the parameter. */
  public FixParameter {
    Objects.requireNonNull(name, "'name' cannot be null.");
    Objects.requireNonNull(description, "'description' cannot be null.");
    Objects.requireNonNull(defaultValue, "'defaultValue' cannot be null.");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "A fix parameter's name is letters and digits, starting with a letter: '" + name + "'.");
    }
  }

  /** How a resource id or a string names this parameter: {@code {name}}. */
  public String inId() {
    return "{" + name + "}";
  }
}
