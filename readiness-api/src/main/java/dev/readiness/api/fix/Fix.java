package dev.readiness.api.fix;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How to turn one finding into a PASS, as data: the changes for that finding's own resource, in the
 * order they must be made, and the parameters a user chooses for them. Every rendering (portal
 * text, az CLI, Bicep, ARM template, Graph request, plan) is made from it.
 *
 * @param changes the changes, in order
 * @param parameters the parameters the changes use, each once, in order of first use
 */
public record Fix(List<Change> changes, List<FixParameter> parameters) {
  /** No per-finding fix: the rule's summary remediation is all there is. */
  public static final Fix NONE = new Fix(List.of(), List.of());

  /** Validates the fix. */
  public Fix {
    changes = List.copyOf(changes);
    parameters = List.copyOf(parameters);
    Map<String, FixParameter> byName = new LinkedHashMap<>();
    parameters.forEach(p -> add(byName, p));
  }

  /**
   * A fix of {@code changes}, with the parameters their bodies use.
   *
   * @throws IllegalArgumentException when two parameters share a name but differ
   */
  public static Fix of(Change... changes) {
    return of(Arrays.asList(changes));
  }

  /** A fix of {@code changes}, with the parameters their bodies use. */
  public static Fix of(List<? extends Change> changes) {
    Map<String, FixParameter> used = new LinkedHashMap<>();
    for (Change change : changes) {
      Objects.requireNonNull(change, "'changes' cannot contain null.");
      Body.forEachParameter(bodyOf(change), p -> add(used, p));
    }
    return new Fix(List.copyOf(changes), List.copyOf(used.values()));
  }

  /** This fix also using {@code declared}, such as parameters that appear only in resource ids. */
  public Fix using(FixParameter... declared) {
    Map<String, FixParameter> all = new LinkedHashMap<>();
    parameters.forEach(p -> add(all, p));
    Arrays.stream(declared).forEach(p -> add(all, p));
    return new Fix(changes, new ArrayList<>(all.values()));
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
