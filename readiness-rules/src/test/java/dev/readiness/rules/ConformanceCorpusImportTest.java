package dev.readiness.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
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
import java.util.Map;
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

  /**
   * Corpus shapes the importers do not read yet, by item id and why. The importers (ArmImport,
   * PsRuleImport, FormatV1) are being made tolerant separately; until then each case is reported as
   * skipped with its reason, in every form, instead of being left out of the corpus.
   */
  private static final Map<String, String> NOT_READ_BY_THE_IMPORTERS_YET =
      Map.of(
          "/subscriptions/"
              + SUB
              + "/resourceGroups/rg-corpus/providers/Microsoft.Storage"
              + "/storageAccounts/stcorpus/blobServices/default/providers"
              + "/Microsoft.Insights/diagnosticSettings/blob-to-law",
          "refused: the id lacks its leading '/'",
          "/subscriptions/"
              + SUB
              + "/providers/Microsoft.Insights/diagnosticSettings/activity-to-law",
          "refused: the id lacks its leading '/' (and names the provider AzureResourceManager)",
          "/providers/microsoft.aadiam/diagnosticSettings/entra-to-law",
          "refused: the id lacks its leading '/'",
          "/subscriptions/"
              + SUB
              + "/resourceGroups/rg-corpus/providers"
              + "/Microsoft.OperationalInsights/workspaces/law-corpus/savedSearches"
              + "/chasse-connexions-échouées",
          "refused: the id lacks its leading '/'",
          "/subscriptions/"
              + SUB
              + "/resourceGroups/rg-corpus/providers/Microsoft.Sql/servers"
              + "/sql-corpus/databases/db-corpus/transparentDataEncryption/current",
          "misfiled: the TDE list item's id is its database's id, so it is imported under the"
              + " database's id",
          "/subscriptions/"
              + SUB
              + "/providers/Microsoft.Authorization"
              + "/roleManagementPolicyAssignment/"
              + POLICY_ASSIGNMENT,
          "misfiled: imported as type RoleManagementPolicyAssignment, which no rule reads");

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

  @TestFactory
  Stream<DynamicTest> everyImporterKeepsEveryItemUnderItsId() {
    return FORMS.stream()
        .flatMap(
            form ->
                ConformanceCorpus.armItems().stream()
                    .map(
                        item ->
                            dynamicTest(
                                form.name() + ": " + item,
                                () -> {
                                  String known =
                                      NOT_READ_BY_THE_IMPORTERS_YET.get(item.id().toString());
                                  assumeTrue(known == null, known);
                                  Snapshot imported = read(form, List.of(item));
                                  assertThat(imported.resource(item.id()))
                                      .as("%s under %s", item.quirks(), item.id())
                                      .hasValueSatisfying(
                                          resource ->
                                              assertThat(resource.type()).isEqualTo(item.type()));
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
