package dev.readiness.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.readiness.api.ResourceId;
import dev.readiness.api.report.InvestigationView;
import dev.readiness.rules.InvestigationReadiness.Answer;
import dev.readiness.rules.InvestigationReadiness.Question;
import dev.readiness.rules.InvestigationReadiness.ResourceAnswers;
import dev.readiness.rules.InvestigationReadiness.Verdict;
import dev.readiness.rules.types.AzureTypes;
import dev.readiness.testkit.fixtures.DataCollectionRule;
import dev.readiness.testkit.fixtures.LogAnalyticsWorkspace;
import dev.readiness.testkit.fixtures.ResourceGroup;
import dev.readiness.testkit.fixtures.Tenant;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvestigationReadinessTest {
  private static final InvestigationReadiness CASE_STUDY =
      InvestigationReadiness.of(CaseStudy.snapshot());

  private static ResourceAnswers about(InvestigationReadiness view, String name) {
    return view.resources().stream()
        .filter(r -> r.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no answers about " + name));
  }

  private static Answer answer(InvestigationReadiness view, String name, Question question) {
    return about(view, name).answer(question).orElseThrow();
  }

  @Test
  void thaVmCannotBeInvestigatedAndEachNoNamesItsMissingLink() {
    Answer process = answer(CASE_STUDY, CaseStudyTenant.THA_VM, Question.PROCESS_EXECUTION);
    assertThat(process.verdict()).isEqualTo(Verdict.NO);
    assertThat(process.missingLinks())
        .containsExactly("no Azure Monitor Agent extension", "no data collection rule association");
    assertThat(process.evidence()).isNotEmpty();

    Answer network = answer(CASE_STUDY, CaseStudyTenant.THA_VM, Question.NETWORK_CONNECTIONS);
    assertThat(network.verdict()).isEqualTo(Verdict.NO);
    assertThat(network.missingLinks())
        .containsExactly("no NSG or VNet flow log records its traffic");

    Answer disk = answer(CASE_STUDY, CaseStudyTenant.THA_VM, Question.DISK_STATE);
    assertThat(disk.verdict()).isEqualTo(Verdict.NO);
    assertThat(disk.missingLinks().get(0)).contains("no Azure Backup protected item");
    assertThat(disk.ruleIds()).containsExactly("FR-DATA-07");
  }

  @Test
  void theCounterpartsCanBeInvestigated() {
    assertThat(about(CASE_STUDY, CaseStudyTenant.GOOD_VM).answers())
        .extracting(Answer::question, Answer::verdict)
        .containsExactly(
            tuple(Question.PROCESS_EXECUTION, Verdict.YES),
            tuple(Question.NETWORK_CONNECTIONS, Verdict.YES),
            tuple(Question.DISK_STATE, Verdict.YES));
    assertThat(answer(CASE_STUDY, CaseStudyTenant.GOOD_ACCOUNT, Question.BLOB_ACCESS).verdict())
        .isEqualTo(Verdict.YES);
    assertThat(answer(CASE_STUDY, CaseStudyTenant.GOOD_VAULT, Question.KEY_USE).verdict())
        .isEqualTo(Verdict.YES);
  }

  @Test
  void theStagingAccountCannotSayWhoTouchedWhichBlob() {
    Answer blobs = answer(CASE_STUDY, CaseStudyTenant.STAGING_ACCOUNT, Question.BLOB_ACCESS);

    assertThat(blobs.verdict()).isEqualTo(Verdict.NO);
    assertThat(blobs.missingLinks()).containsExactly("blob service: it has no diagnostic setting");
    assertThat(blobs.ruleIds()).contains("FR-LOG-09");
  }

  @Test
  void logsKeptTooShortAreAMissingLink() {
    Tenant tenant = Tenant.create();
    ResourceGroup group = tenant.subscription("prod").resourceGroup("rg-app");
    LogAnalyticsWorkspace ops = group.logAnalyticsWorkspace("law-ops").retentionDays(30);
    DataCollectionRule rule =
        group
            .dataCollectionRule("dcr")
            .collectsWindowsSecurityEvents()
            .collectsWindowsEvents("System!*")
            .sendsTo(ops);
    group.virtualMachine("VM-1").withAzureMonitorAgent().associatedWith(rule);
    tenant.collected("Microsoft.Insights/dataCollectionRuleAssociations");

    Answer process =
        answer(InvestigationReadiness.of(tenant.snapshot()), "VM-1", Question.PROCESS_EXECUTION);

    assertThat(process.verdict()).isEqualTo(Verdict.NO);
    assertThat(process.missingLinks())
        .containsExactly(
            "the Security event log: workspace 'law-ops' keeps 30 days, less than 365");
  }

  @Test
  void dataThatWasNotCollectedGivesUnknownNeverYes() {
    Tenant tenant = Tenant.create();
    ResourceGroup group = tenant.subscription("prod").resourceGroup("rg-app");
    group
        .virtualMachine("VM-2")
        .withAzureMonitorAgent()
        .denied(
            AzureTypes.DATA_COLLECTION_RULE_ASSOCIATIONS,
            "Microsoft.Insights/dataCollectionRuleAssociations/read");
    group.keyVault("kv-2");

    InvestigationReadiness view = InvestigationReadiness.of(tenant.snapshot());

    Answer process = answer(view, "VM-2", Question.PROCESS_EXECUTION);
    assertThat(process.verdict()).isEqualTo(Verdict.UNKNOWN);
    assertThat(process.missingLinks().get(0))
        .contains("Microsoft.Insights/dataCollectionRuleAssociations/read");
    // Nothing said diagnostic settings were collected, so key use is unknown too.
    assertThat(answer(view, "kv-2", Question.KEY_USE).verdict()).isEqualTo(Verdict.UNKNOWN);
  }

  @Test
  void theReportModelCarriesTheSameAnswers() {
    InvestigationView model = CASE_STUDY.toReportModel();

    InvestigationView.ResourceQuestions tha =
        model.resources().stream()
            .filter(r -> r.name().equals(CaseStudyTenant.THA_VM))
            .findFirst()
            .orElseThrow();
    assertThat(tha.answered()).isZero();
    assertThat(tha.questions().get(0).question()).isEqualTo(Question.PROCESS_EXECUTION.text());
    assertThat(tha.questions().get(0).missingLink())
        .contains("no Azure Monitor Agent extension; no data collection rule association");
    assertThat(model.resources()).hasSize(CASE_STUDY.resources().size());
  }

  @Test
  void resourcesAreSortedAndTheViewIsDeterministic() {
    List<ResourceId> ids =
        CASE_STUDY.resources().stream().map(ResourceAnswers::resourceId).toList();

    assertThat(ids).isSorted();
    assertThat(InvestigationReadiness.of(CaseStudy.snapshot()).resources())
        .isEqualTo(CASE_STUDY.resources());
  }
}
