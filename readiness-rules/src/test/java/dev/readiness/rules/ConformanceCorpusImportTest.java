package dev.readiness.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.readiness.api.Engine;
import dev.readiness.api.Finding;
import dev.readiness.api.Snapshot;
import dev.readiness.api.Status;
import dev.readiness.api.format.SnapshotReader;
import dev.readiness.rules.checklist.ChecklistOptions;
import dev.readiness.testkit.ConformanceCorpus;
import dev.readiness.testkit.ConformanceCorpus.Item;
import dev.readiness.testkit.fixtures.Tenant;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The conformance corpus read by every importer form, one item at a time, and evaluated by every
 * built-in rule: each item is imported under the id it stands for, and no rule ends in ERROR on the
 * shapes Azure really answers in.
 */
class ConformanceCorpusImportTest {
  private static final String SUB = ConformanceCorpus.SUBSCRIPTION_ID;
  private static final String POLICY_ASSIGNMENT =
      "00000000-0000-0000-0000-000000000019_8e3af657-a8ff-443c-a75c-2fe8c4bcb635";
  private static final Engine ENGINE =
      Engine.builder().addRules(BuiltInRules.all(ChecklistOptions.defaults())).build();

  /** One way a snapshot reaches the engine besides the collector. */
  private record Form(String name, Function<List<Item>, String> write) {}

  private static final List<Form> FORMS =
      List.of(
          new Form("ARM array", ConformanceCorpus::armArray),
          new Form("az graph query output", ConformanceCorpus::graphQueryOutput),
          new Form("PSRule export", ConformanceCorpus::psRuleExport));

  @Test
  void noBuiltInRuleEndsInErrorOnTheCorpus() {
    assertThat(ENGINE.evaluate(ConformanceCorpus.snapshot()).findings(Status.ERROR))
        .extracting(Finding::ruleId, Finding::message)
        .isEmpty();
  }

  /**
   * Nothing is dropped without a gap: each item is imported under the id it stands for, or, where
   * its id cannot be placed without doubt, its type is a recorded gap where it would have been.
   */
  @TestFactory
  Stream<DynamicTest> everyImporterKeepsEveryItemUnderItsIdOrRecordsAGap() {
    return FORMS.stream()
        .flatMap(
            form ->
                ConformanceCorpus.armItems().stream()
                    .map(
                        item ->
                            dynamicTest(
                                form.name() + ": " + item,
                                () -> {
                                  Snapshot imported = read(form, List.of(item));
                                  if (imported.resource(item.id()).isPresent()) {
                                    assertThat(imported.resource(item.id()).get().type())
                                        .as("%s under %s", item.quirks(), item.id())
                                        .isEqualTo(item.type());
                                  } else {
                                    assertThat(
                                            imported.coverage().whyMissing(item.id(), item.type()))
                                        .as(
                                            "%s: not kept under %s, and no gap says so",
                                            item.quirks(), item.id())
                                        .isPresent();
                                  }
                                  assertThat(ENGINE.evaluate(imported).findings(Status.ERROR))
                                      .extracting(Finding::ruleId, Finding::message)
                                      .isEmpty();
                                })));
  }

  private static Snapshot read(Form form, List<Item> items) {
    byte[] document = form.write().apply(items).getBytes(StandardCharsets.UTF_8);
    return SnapshotReader.read(
        new ByteArrayInputStream(document), form.name(), Tenant.DEFAULT_CAPTURED_AT);
  }
}
