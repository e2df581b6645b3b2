package dev.readiness.api;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How to turn one finding into a PASS, as data: the changes for that finding's own resource, in the
 * order they must be made, and the parameters a user chooses for them. Every rendering (portal
 * text, az CLI, Bicep, ARM template, Graph request, plan) is made from it.
 *
 * @param changes the changes, in order
 * @param parameters the parameters the changes use, each once, in order of first use
 */
public record Fix(List<Change> changes, List<FixParameter> parameters) {
  /** A parameter named in a resource id or path: {@code {name}}. */
  private static final Pattern NAMED = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

  /** No per-finding fix: the rule's summary remediation is all there is. */
  public static final Fix NONE = new Fix(List.of(), List.of());

  /** Validates the fix. */
  public Fix {
    changes = List.copyOf(changes);
    parameters = List.copyOf(parameters);
    Map<String, FixParameter> byName = new LinkedHashMap<>();
    parameters.forEach(p -> add(byName, p));
    for (Change change : changes) {
      Matcher named = NAMED.matcher(placesOf(change));
      while (named.find()) {
        if (!byName.containsKey(named.group(1))) {
          throw new IllegalArgumentException(
              "Fix parameter '"
                  + named.group(1)
                  + "' is named in '"
                  + placesOf(change)
                  + "' but not declared.");
        }
      }
    }
  }

  /** Where a change names parameters as {@code {name}}: its resource id or path. */
  private static String placesOf(Change change) {
    if (change instanceof ArmChange arm) {
      return arm.resourceId();
    }
    return change instanceof GraphRequest graph ? graph.path() : "";
  }

  /**
   * A fix of {@code changes}, with the parameters their bodies use.
   *
   * @throws IllegalArgumentException when two parameters share a name but differ
   */
  public static Fix of(Change... changes) {
    return of(Arrays.asList(changes));
  }

  /**
   * A fix of {@code changes}, with the parameters their bodies use and {@code alsoUsed}: those
   * named as {@code {name}} in a resource id, a path or a string.
   *
   * @throws IllegalArgumentException when a resource id or path names an undeclared parameter
   */
  public static Fix of(List<? extends Change> changes, FixParameter... alsoUsed) {
    Map<String, FixParameter> used = new LinkedHashMap<>();
    for (Change change : changes) {
      Objects.requireNonNull(change, "'changes' cannot contain null.");
      Body.forEachParameter(bodyOf(change), p -> add(used, p));
    }
    Arrays.stream(alsoUsed).forEach(p -> add(used, p));
    return new Fix(List.copyOf(changes), List.copyOf(used.values()));
  }

  private static void add(Map<String, FixParameter> used, FixParameter parameter) {
    FixParameter known = used.putIfAbsent(parameter.name(), parameter);
    if (known != null && !known.equals(parameter)) {
      throw new IllegalArgumentException(
          "Fix parameter '" + parameter.name() + "' is declared twice, differently.");
    }
  }

  private static Object bodyOf(Change change) {
    if (change instanceof ArmChange arm) {
      return arm.body();
    }
    return change instanceof GraphRequest graph ? graph.body() : Map.of();
  }

  /** True when there is nothing to change. */
  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /** True when some change needs a person. */
  public boolean needsHuman() {
    return changes.stream().anyMatch(Change::needsHuman);
  }

  /** The portal text: each change's summary, in order. */
  public String portalText() {
    return String.join(" ", changes.stream().map(Change::summary).toList());
  }
}
