package dev.readiness.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.Engine;
import dev.readiness.api.Report;
import dev.readiness.api.Rule;
import dev.readiness.api.Snapshot;
import dev.readiness.api.fix.FixPlan;
import dev.readiness.api.fix.FixVerification;
import dev.readiness.api.format.SnapshotReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The example failures the catalogue and {@code readiness rules show} render. */
class FixExampleTest {
  /** Tests run in the module directory. */
  private static final Path EXAMPLES = Path.of("src/main/resources/dev/readiness/rules/examples");

  /**
   * Rules with no example failure, each for a reason: FR-IR-04 never fails, since a workspace
   * without saved hunting queries may still be hunted in, so it asks for an attestation.
   */
  private static final Set<String> WITHOUT_EXAMPLE = Set.of("FR-IR-04");

  private final Map<String, FixExample> examples = FixExample.of(BuiltInRules.all());

  @Test
  void everyRuleThatBuildsAFixHasAnExampleOfItButForTheListedOnes() {
    Set<String> without =
        BuiltInRules.all().stream()
            .map(rule -> rule.metadata())
            .filter(rule -> !rule.manual() && !examples.containsKey(rule.id()))
            .map(rule -> rule.id())
            .collect(Collectors.toCollection(TreeSet::new));

    assertThat(without).isEqualTo(new TreeSet<>(WITHOUT_EXAMPLE));
  }

  @Test
  void theCaseStudyComesFirstAndEveryExampleSnapshotIsUsed() throws IOException {
    Set<String> files;
    try (Stream<Path> listed = Files.list(EXAMPLES)) {
      files =
          listed
              .map(file -> file.getFileName().toString().replaceFirst("\\.json$", ""))
              .collect(Collectors.toCollection(TreeSet::new));
    }
    Set<String> fromExampleSnapshots =
        examples.values().stream()
            .filter(example -> !example.fromCaseStudy())
            .map(example -> example.failure().ruleId())
            .collect(Collectors.toCollection(TreeSet::new));

    // A file for a rule that fails on the case study, or that gives no failure, would be dead.
    assertThat(fromExampleSnapshots).isEqualTo(files);
    assertThat(examples.get("FR-LOG-04").fromCaseStudy()).isTrue();
    assertThat(examples.get("FR-DATA-02").snapshot())
        .isEqualTo("/dev/readiness/rules/examples/FR-DATA-02.json");
  }

  @Test
  void eachExampleSnapshotsFailuresAreFixedByTheirOwnFixesOrWaitForAPerson() throws IOException {
    for (FixExample example : examples.values()) {
      if (example.fromCaseStudy()) {
        continue;
      }
      Rule rule =
          BuiltInRules.all().stream()
              .filter(r -> r.metadata().id().equals(example.failure().ruleId()))
              .findFirst()
              .orElseThrow();
      Engine engine = Engine.builder().addRules(List.of(rule)).build();
      Snapshot snapshot = read(example.snapshot());
      Report report = engine.evaluate(snapshot);

      FixVerification verified = FixVerification.of(engine, snapshot, FixPlan.of(report, Map.of()));

      assertThat(verified.stillFailing()).as(example.snapshot()).isEmpty();
      assertThat(verified.fixedByPlan() + verified.needsHuman().size())
          .as(example.snapshot())
          .isPositive();
    }
  }

  private static Snapshot read(String resource) throws IOException {
    try (InputStream in = FixExample.class.getResourceAsStream(resource)) {
      return SnapshotReader.read(in, resource);
    }
  }
}
