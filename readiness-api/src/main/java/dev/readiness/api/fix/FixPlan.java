package dev.readiness.api.fix;

import dev.readiness.api.ArmChange;
import dev.readiness.api.Change;
import dev.readiness.api.Finding;
import dev.readiness.api.Fix;
import dev.readiness.api.FixParameter;
import dev.readiness.api.GraphRequest;
import dev.readiness.api.Report;
import dev.readiness.api.Status;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The fixes of a report's failures, in report order: what {@code readiness fix} renders as Bicep,
 * an ARM template, an az CLI script, Graph requests and a plan, and applies with {@code --verify}.
 *
 * @param failures every FAIL finding, each with its fix ({@link Fix#NONE} when its rule has none)
 * @param values the parameter values the user chose; the others take their defaults
 */
public record FixPlan(List<Finding> failures, Map<String, String> values) {
  /** Validates the plan. */
  public FixPlan {
    failures = List.copyOf(failures);
    values = Map.copyOf(values);
    for (Finding failure : failures) {
      if (failure.status() != Status.FAIL) {
        throw new IllegalArgumentException("A fix plan holds failures only: " + failure);
      }
    }
  }

  /** The plan of every failure of {@code report}, with the chosen parameter {@code values}. */
  public static FixPlan of(Report report, Map<String, String> values) {
    return new FixPlan(report.findings(Status.FAIL), values);
  }

  /** The fixes that hold a change of the given kind, in order. */
  public List<Fix> fixes() {
    return failures.stream().map(Finding::fix).filter(f -> !f.isEmpty()).toList();
  }

  /** The ARM changes of every fix, each once (two findings may ask for the same change). */
  public List<Placed<ArmChange>> armChanges() {
    return placed(ArmChange.class);
  }

  /** The Graph requests of every fix, each once. */
  public List<Placed<GraphRequest>> graphRequests() {
    return placed(GraphRequest.class);
  }

  private <T extends Change> List<Placed<T>> placed(Class<T> kind) {
    Map<Change, Placed<T>> unique = new LinkedHashMap<>();
    for (Finding failure : failures) {
      for (Change change : failure.fix().changes()) {
        if (kind.isInstance(change)) {
          unique.putIfAbsent(change, new Placed<>(kind.cast(change), failure));
        }
      }
    }
    return List.copyOf(unique.values());
  }

  /** Every parameter the plan uses, each once, in order of first use. */
  public List<FixParameter> parameters() {
    Map<String, FixParameter> all = new LinkedHashMap<>();
    fixes().forEach(fix -> fix.parameters().forEach(p -> all.putIfAbsent(p.name(), p)));
    return List.copyOf(all.values());
  }

  /** The value {@code parameter} takes in this plan. */
  public String valueOf(FixParameter parameter) {
    return values.getOrDefault(parameter.name(), parameter.defaultValue());
  }

  /** The deployment that makes this plan's changes with its values. */
  public FixDeployment deployment() {
    return FixDeployment.withValues(values);
  }

  /** Names of values given that no fix of the plan uses: most likely typing errors. */
  public List<String> unusedValues() {
    List<String> used = parameters().stream().map(FixParameter::name).toList();
    List<String> unused = new ArrayList<>();
    values.keySet().stream().sorted().filter(name -> !used.contains(name)).forEach(unused::add);
    return unused;
  }

  /**
   * One change and the failure it fixes.
   *
   * @param change the change
   * @param failure the first failure whose fix holds it
   */
  public record Placed<T extends Change>(T change, Finding failure) {
    /** Validates it. */
    public Placed {
      Objects.requireNonNull(change, "'change' cannot be null.");
      Objects.requireNonNull(failure, "'failure' cannot be null.");
    }

    /** The parameters of the fix the change belongs to. */
    public List<FixParameter> parameters() {
      return failure.fix().parameters();
    }
  }
}
