package dev.readiness.rules;

import dev.readiness.api.Engine;
import dev.readiness.api.Finding;
import dev.readiness.api.Rule;
import dev.readiness.api.Snapshot;
import dev.readiness.api.Status;
import dev.readiness.api.format.SnapshotReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A failure that shows what a rule's fix looks like, and the bundled snapshot it was found on: what
 * the rule catalogue and {@code readiness rules show} render. The case study comes first, since a
 * reader can scan it ({@code readiness scan --demo}) and see the failure in context; a rule that
 * does not fail there takes its example from its own small snapshot, the class-path resource {@code
 * /dev/readiness/rules/examples/ID.json}.
 *
 * @param failure the failure, which carries a fix
 * @param snapshot the class-path resource of the snapshot it was found on: {@link
 *     CaseStudy#RESOURCE} or {@link #exampleResource(String)} of its rule
 */
public record FixExample(Finding failure, String snapshot) {
  /** Checks that both parts are given. */
  public FixExample {
    Objects.requireNonNull(failure, "failure");
    Objects.requireNonNull(snapshot, "snapshot");
  }

  /**
   * Each rule's example, by rule id: its first failure with a fix on the case study, in report
   * order, or else its first failure with a fix on its own example snapshot. A rule with neither is
   * absent.
   */
  public static Map<String, FixExample> of(List<? extends Rule> rules) {
    Map<String, FixExample> examples = new TreeMap<>();
    firstFailures(rules, CaseStudy.snapshot())
        .forEach((id, failure) -> examples.put(id, new FixExample(failure, CaseStudy.RESOURCE)));
    for (Rule rule : rules) {
      String id = rule.metadata().id();
      if (!examples.containsKey(id)) {
        exampleSnapshot(id)
            .map(snapshot -> firstFailures(List.of(rule), snapshot).get(id))
            .ifPresent(failure -> examples.put(id, new FixExample(failure, exampleResource(id))));
      }
    }
    return examples;
  }

  /** The class-path resource of {@code ruleId}'s own example snapshot, whether or not it exists. */
  public static String exampleResource(String ruleId) {
    return "/dev/readiness/rules/examples/" + ruleId + ".json";
  }

  /** True when the example was found on the case study. */
  public boolean fromCaseStudy() {
    return snapshot.equals(CaseStudy.RESOURCE);
  }

  /** The first failure that carries a fix of each rule, by rule id. */
  private static Map<String, Finding> firstFailures(List<? extends Rule> rules, Snapshot snapshot) {
    Map<String, Finding> first = new HashMap<>();
    Engine.builder()
        .addRules(List.copyOf(rules))
        .build()
        .evaluate(snapshot)
        .findings(Status.FAIL)
        .stream()
        .filter(failure -> !failure.fix().isEmpty())
        .forEach(failure -> first.putIfAbsent(failure.ruleId(), failure));
    return first;
  }

  /** The example snapshot of {@code ruleId}, when the rule has one. */
  private static Optional<Snapshot> exampleSnapshot(String ruleId) {
    String resource = exampleResource(ruleId);
    try (InputStream in = FixExample.class.getResourceAsStream(resource)) {
      return in == null ? Optional.empty() : Optional.of(SnapshotReader.read(in, ruleId + ".json"));
    } catch (IOException unreadable) {
      throw new UncheckedIOException("Cannot read the example snapshot " + resource, unreadable);
    }
  }
}
