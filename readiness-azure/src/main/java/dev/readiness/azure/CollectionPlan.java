package dev.readiness.azure;

import dev.readiness.api.ResourceType;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a collection will call, decided from the requested types alone, before any call is made: for
 * each type, how it is read and which permission it needs. Types that were not requested cost no
 * call and do not appear.
 */
public final class CollectionPlan {
  private final List<PlannedFetch> fetches;
  private final Set<ResourceType> diagnosticParents;

  CollectionPlan(List<PlannedFetch> fetches, Set<ResourceType> diagnosticParents) {
    this.fetches = fetches.stream().sorted(Comparator.comparing(PlannedFetch::type)).toList();
    this.diagnosticParents = Set.copyOf(diagnosticParents);
  }

  /** One entry per collected type, sorted by type. */
  public List<PlannedFetch> fetches() {
    return fetches;
  }

  /** The types whose resources get their diagnostic settings read, if those were requested. */
  public Set<ResourceType> diagnosticSettingsFor() {
    return diagnosticParents;
  }

  /** How many types each method reads. */
  public Map<FetchMethod, Integer> typesByMethod() {
    Map<FetchMethod, Integer> counts = new EnumMap<>(FetchMethod.class);
    fetches.forEach(fetch -> counts.merge(fetch.method(), 1, Integer::sum));
    return counts;
  }

  /** One line per type, for logs and the command line's dry run. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    fetches.forEach(fetch -> text.append(fetch).append('\n'));
    return text.toString();
  }
}
