package dev.readiness.azure.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.Engine;
import dev.readiness.api.Finding;
import dev.readiness.api.Report;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceType;
import dev.readiness.api.Snapshot;
import dev.readiness.api.Status;
import dev.readiness.rules.BuiltInRules;
import dev.readiness.rules.checklist.ChecklistOptions;
import dev.readiness.testkit.ConformanceCorpus;
import dev.readiness.testkit.fakeazure.FakeAzure;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The conformance corpus served in Azure's own shapes (ids without a leading slash or naming
 * another provider, types spelled unlike their list, nulls, string booleans, non-ASCII names) and
 * collected over real HTTP by the real collector: no item it was served is lost without a gap, and
 * no built-in rule fails on what it reads.
 */
class ConformanceCorpusScanTest {
  private static Snapshot collected;

  @BeforeAll
  static void collectTheCorpus() {
    try (FakeAzure azure =
        ConformanceCorpus.fakeAzure().pageSize(2).resourceGraphPageSize(3).unthrottled().start()) {
      collected = LiveScan.collect(azure, UnaryOperator.identity());
    }
  }

  @Test
  void everyServedItemIsCollectedUnderItsIdAndTypeOrItsScopeIsAGap() {
    Set<ResourceType> requested = LiveScan.ENGINE.typesToCollect();
    List<String> lost = new ArrayList<>();
    for (ConformanceCorpus.Item item : ConformanceCorpus.items()) {
      if (!requested.contains(item.type())) {
        continue; // never asked for, so never served
      }
      Optional<Resource> kept = collected.resource(item.id());
      boolean filed = kept.isPresent() && kept.get().type().equals(item.type());
      boolean gap = !collected.coverage().decide(item.id(), item.type()).isCollected();
      if (!filed && !gap) {
        lost.add(item + " -> " + kept.map(r -> "kept as " + r.type()).orElse("missing"));
      }
    }
    assertThat(lost).as("items served but neither collected nor a coverage gap").isEmpty();
  }

  @Test
  void everyQuirkOfTheCorpusIsPlaceableSoNothingIsAGap() {
    assertThat(collected.coverage().gaps()).as("coverage gaps").isEmpty();
  }

  @Test
  void noBuiltInRuleEndsInErrorOnWhatWasCollected() {
    Engine engine =
        Engine.builder().addRules(BuiltInRules.all(ChecklistOptions.defaults())).build();
    Report report = engine.evaluate(collected);

    assertThat(report.findings(Status.ERROR))
        .extracting(Finding::ruleId, Finding::message)
        .isEmpty();
  }
}
