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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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

  /**
   * The ARM changes of every fix, each once (two findings may ask for the same change). Two PUTs of
   * one resource at one API version become one, in the place of the first, whose body holds what
   * both give: a second PUT would replace what the first set (FR-LOG-02 turning the servers plan on
   * would undo FR-DATA-06's file integrity monitoring on the same pricing). Where both give a
   * different value for the same field, the later one's stands, as it would after two PUTs.
   */
  public List<Placed<ArmChange>> armChanges() {
    List<Placed<ArmChange>> merged = new ArrayList<>();
    Map<String, Integer> putAt = new HashMap<>();
    for (Placed<ArmChange> placed : placed(ArmChange.class)) {
      ArmChange change = placed.change();
      if (change.method() != ArmChange.Method.PUT) {
        merged.add(placed);
        continue;
      }
      String key = (change.resourceId() + "@" + change.apiVersion()).toLowerCase(Locale.ROOT);
      Integer at = putAt.get(key);
      if (at == null) {
        putAt.put(key, merged.size());
        merged.add(placed);
      } else {
        Placed<ArmChange> first = merged.get(at);
        merged.set(at, new Placed<>(both(first.change(), change), first.failure()));
      }
    }
    return List.copyOf(merged);
  }

  /** All the plan's ARM and Graph changes, as one fix: what a deployment of the plan makes. */
  public Fix asOneFix() {
    List<Change> changes = new ArrayList<>();
    armChanges().forEach(placed -> changes.add(placed.change()));
    graphRequests().forEach(placed -> changes.add(placed.change()));
    return Fix.of(changes, parameters().toArray(FixParameter[]::new));
  }

  private static ArmChange both(ArmChange first, ArmChange second) {
    return new ArmChange(
        ArmChange.Method.PUT,
        first.resourceId(),
        first.type(),
        first.apiVersion(),
        merge(first.body(), second.body()),
        first.summary().equals(second.summary())
            ? first.summary()
            : first.summary() + " " + second.summary(),
        first.cost().equals(second.cost()) || second.cost().isEmpty()
            ? first.cost()
            : Optional.of(first.cost().map(cost -> cost + " ").orElse("") + second.cost().get()));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> merge(Map<String, Object> first, Map<String, Object> second) {
    Map<String, Object> merged = new LinkedHashMap<>(first);
    second.forEach(
        (field, value) ->
            merged.merge(
                field,
                value,
                (was, now) ->
                    was instanceof Map<?, ?> a && now instanceof Map<?, ?> b
                        ? merge((Map<String, Object>) a, (Map<String, Object>) b)
                        : now));
    return merged;
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
