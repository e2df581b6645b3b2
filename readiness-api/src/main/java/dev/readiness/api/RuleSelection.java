package dev.readiness.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Validates candidate rules and picks the ones an engine runs: by id (alternate ids too), checklist
 * area and severity, sorted by id.
 */
final class RuleSelection {
  private final Set<String> included;
  private final Set<String> excluded;
  private final Set<Category> categories;
  private final Severity minimumSeverity;

  /**
   * @param included ids to run, or empty for every rule
   * @param excluded ids to leave out
   * @param categories areas to run, or empty for every area
   * @param minimumSeverity the least severity a rule must have to run
   */
  RuleSelection(
      Set<String> included,
      Set<String> excluded,
      Set<Category> categories,
      Severity minimumSeverity) {
    // Copies that keep the caller's order: an unknown id is reported in the order given.
    this.included = new LinkedHashSet<>(included);
    this.excluded = new LinkedHashSet<>(excluded);
    this.categories = new LinkedHashSet<>(categories);
    this.minimumSeverity = minimumSeverity;
  }

  /**
   * The selected rules of {@code candidates}, sorted by id.
   *
   * @throws IllegalArgumentException when a rule's metadata is invalid, two rules share an id, a
   *     selected or excluded id names no rule, or nothing is selected
   */
  List<Rule> select(List<Rule> candidates) {
    Map<String, Rule> byId = new HashMap<>();
    for (Rule rule : candidates) {
      RuleMetadata metadata = metadataOf(rule);
      List<String> ids = new ArrayList<>(metadata.alternateIds());
      ids.add(metadata.id());
      for (String id : ids) {
        Rule clash = byId.put(id.toUpperCase(Locale.ROOT), rule);
        if (clash != null && clash != rule) {
          throw new IllegalArgumentException(
              "Rules "
                  + clash.getClass().getName()
                  + " and "
                  + rule.getClass().getName()
                  + " share the id '"
                  + id
                  + "'.");
        }
      }
    }
    requireKnown(included, byId, "selected");
    requireKnown(excluded, byId, "excluded");
    List<Rule> selected = new ArrayList<>();
    for (Rule rule : new LinkedHashSet<>(candidates)) {
      RuleMetadata metadata = rule.metadata();
      boolean wanted =
          (included.isEmpty() || included.stream().anyMatch(metadata::answersTo))
              && excluded.stream().noneMatch(metadata::answersTo)
              && (categories.isEmpty() || categories.contains(metadata.category()))
              && metadata.severity().atLeast(minimumSeverity);
      if (wanted) {
        selected.add(rule);
      }
    }
    if (selected.isEmpty()) {
      throw new IllegalArgumentException(
          candidates.isEmpty()
              ? "No rules were added to the engine."
              : "No rule matches the selection.");
    }
    selected.sort(Comparator.comparing(rule -> rule.metadata().id()));
    return selected;
  }

  private static RuleMetadata metadataOf(Rule rule) {
    RuleMetadata metadata;
    try {
      metadata = rule.metadata();
    } catch (RuntimeException invalid) {
      throw new IllegalArgumentException(
          "Rule " + rule.getClass().getName() + " has invalid metadata: " + invalid.getMessage(),
          invalid);
    }
    if (metadata == null) {
      throw new IllegalArgumentException(
          "Rule " + rule.getClass().getName() + " returned no metadata.");
    }
    return metadata;
  }

  private static void requireKnown(Set<String> ids, Map<String, Rule> byId, String what) {
    for (String id : ids) {
      if (!byId.containsKey(id.toUpperCase(Locale.ROOT))) {
        throw new IllegalArgumentException(
            "Unknown rule id '"
                + id
                + "' "
                + what
                + "; known ids: "
                + new TreeSet<>(byId.keySet())
                + ".");
      }
    }
  }
}
