package dev.readiness.rules;

import static dev.readiness.rules.types.AzureTypes.BLOB_SERVICES;
import static dev.readiness.rules.types.AzureTypes.KEY_VAULTS;
import static dev.readiness.rules.types.AzureTypes.STORAGE_ACCOUNTS;
import static dev.readiness.rules.types.AzureTypes.VIRTUAL_MACHINES;

import dev.readiness.api.Engine;
import dev.readiness.api.Evidence;
import dev.readiness.api.Finding;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceId;
import dev.readiness.api.ResourceType;
import dev.readiness.api.Snapshot;
import dev.readiness.api.Status;
import dev.readiness.api.report.InvestigationView;
import dev.readiness.rules.checklist.ChecklistOptions;
import dev.readiness.rules.checklist.DataProtectionOptions;
import dev.readiness.rules.checklist.LoggingOptions;
import dev.readiness.rules.data.VmDiskEvidence;
import dev.readiness.rules.support.DiagnosticLogs;
import dev.readiness.rules.support.FlowLogCoverage;
import dev.readiness.rules.support.FlowLogIndex;
import dev.readiness.rules.support.FlowLogs;
import dev.readiness.rules.support.GuestLogCollection;
import dev.readiness.rules.support.GuestLogs;
import dev.readiness.rules.support.LogRouting;
import dev.readiness.rules.support.Retention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The investigation readiness view: for each virtual machine, storage account and key vault, the
 * questions a responder would ask after an incident, whether the evidence to answer each would
 * exist, and for each "no" the missing link in the chain.
 *
 * <pre>{@code
 * InvestigationReadiness view = InvestigationReadiness.of(snapshot);
 * for (InvestigationReadiness.ResourceAnswers vm : view.resources()) {
 *   vm.answers().forEach(a -> System.out.println(a.question().text() + " " + a.verdict()));
 * }
 * }</pre>
 *
 * <p>The answers come from the same helpers and rules as the checklist (FR-LOG-04, FR-LOG-06,
 * FR-LOG-08, FR-LOG-09, FR-DATA-03, FR-DATA-07), so the view never disagrees with the findings. An
 * answer whose data was not collected is {@link Verdict#UNKNOWN}, never yes. Immutable and
 * deterministic: resources are sorted by id, answers in {@link Question} order.
 */
public final class InvestigationReadiness {
  /** An investigative question, and the kind of resource it is asked about. */
  public enum Question {
    /** About a VM's guest OS. */
    PROCESS_EXECUTION(
        VIRTUAL_MACHINES,
        "Which processes ran on it, and which local accounts were created or signed in?"),
    /** About a VM's network traffic. */
    NETWORK_CONNECTIONS(
        VIRTUAL_MACHINES, "Which hosts did it connect to, and which connected to it?"),
    /** About a VM's disks. */
    DISK_STATE(VIRTUAL_MACHINES, "What was on its disks at a given point in time?"),
    /** About a storage account's blobs. */
    BLOB_ACCESS(STORAGE_ACCOUNTS, "Who read, wrote or deleted which blob, and when?"),
    /** About a key vault's keys and secrets. */
    KEY_USE(KEY_VAULTS, "Who used which key or read which secret, and when?");

    private final ResourceType about;
    private final String text;

    Question(ResourceType about, String text) {
      this.about = about;
      this.text = text;
    }

    /** The resource type the question is asked about. */
    public ResourceType about() {
      return about;
    }

    /** The question as a responder asks it. */
    public String text() {
      return text;
    }
  }

  /** Whether the evidence to answer a question would exist. */
  public enum Verdict {
    /** The evidence would exist and be kept long enough. */
    YES,
    /** A link of the evidence chain is missing. */
    NO,
    /** The data needed to decide was not collected. */
    UNKNOWN
  }

  /**
   * The answer to one question about one resource.
   *
   * @param question the question
   * @param verdict whether it could be answered
   * @param missingLinks for {@link Verdict#NO} the missing links ("no data collection rule
   *     association", "workspace 'law-ops' keeps 30 days, less than 365"); for {@link
   *     Verdict#UNKNOWN} why it cannot be decided; empty for {@link Verdict#YES}
   * @param evidence the values that decided it
   * @param ruleIds the checklist rules that check the same links
   */
  public record Answer(
      Question question,
      Verdict verdict,
      List<String> missingLinks,
      List<Evidence> evidence,
      List<String> ruleIds) {
    /** Validates and copies. */
    public Answer {
      Objects.requireNonNull(question, "'question' cannot be null.");
      Objects.requireNonNull(verdict, "'verdict' cannot be null.");
      missingLinks = List.copyOf(missingLinks);
      evidence = List.copyOf(evidence);
      ruleIds = List.copyOf(ruleIds);
      if (verdict != Verdict.YES && missingLinks.isEmpty()) {
        throw new IllegalArgumentException(
            "An answer other than YES must name its missing link: " + question + ".");
      }
    }
  }

  /**
   * The answers about one resource.
   *
   * @param resourceId the resource
   * @param name its name
   * @param type its type
   * @param answers its answers, in {@link Question} order
   */
  public record ResourceAnswers(
      ResourceId resourceId, String name, ResourceType type, List<Answer> answers) {
    /** Validates and copies. */
    public ResourceAnswers {
      Objects.requireNonNull(resourceId, "'resourceId' cannot be null.");
      Objects.requireNonNull(name, "'name' cannot be null.");
      Objects.requireNonNull(type, "'type' cannot be null.");
      answers = List.copyOf(answers);
    }

    /** The answer to {@code question}, when it is asked about this resource. */
    public Optional<Answer> answer(Question question) {
      return answers.stream().filter(a -> a.question() == question).findFirst();
    }
  }

  private final List<ResourceAnswers> resources;

  private InvestigationReadiness(List<ResourceAnswers> resources) {
    this.resources = List.copyOf(resources);
  }

  /** The view of {@code snapshot} with the default options. */
  public static InvestigationReadiness of(Snapshot snapshot) {
    return of(snapshot, ChecklistOptions.defaults());
  }

  /** The view of {@code snapshot}, judging retention and sources by {@code options}. */
  public static InvestigationReadiness of(Snapshot snapshot, ChecklistOptions options) {
    Objects.requireNonNull(snapshot, "'snapshot' cannot be null.");
    Objects.requireNonNull(options, "'options' cannot be null.");
    Map<ResourceId, Finding> diskFindings = diskFindings(snapshot, options.dataProtection());
    LoggingOptions logging = options.logging();
    FlowLogIndex flowLogs = FlowLogIndex.of(snapshot);
    List<ResourceAnswers> resources = new ArrayList<>();
    for (Resource vm : snapshot.resources(VIRTUAL_MACHINES)) {
      resources.add(
          answers(
              vm,
              processExecution(snapshot, vm, logging),
              networkConnections(snapshot, flowLogs, vm, logging),
              diskState(vm, diskFindings)));
    }
    for (Resource account : snapshot.resources(STORAGE_ACCOUNTS)) {
      resources.add(answers(account, blobAccess(snapshot, account, logging)));
    }
    for (Resource vault : snapshot.resources(KEY_VAULTS)) {
      resources.add(answers(vault, keyUse(snapshot, vault, logging)));
    }
    resources.sort(Comparator.comparing(ResourceAnswers::resourceId));
    return new InvestigationReadiness(resources);
  }

  /** Every resource with its answers, sorted by id. */
  public List<ResourceAnswers> resources() {
    return resources;
  }

  /** The answers about {@code id}, when it is a VM, storage account or key vault. */
  public Optional<ResourceAnswers> resource(ResourceId id) {
    return resources.stream().filter(r -> r.resourceId().equals(id)).findFirst();
  }

  /**
   * This view as the report model that report writers render: answered means {@link Verdict#YES};
   * the missing link of an unknown answer starts with "unknown: ".
   */
  public InvestigationView toReportModel() {
    List<InvestigationView.ResourceQuestions> model = new ArrayList<>();
    for (ResourceAnswers resource : resources) {
      List<InvestigationView.Question> questions = new ArrayList<>();
      for (Answer answer : resource.answers()) {
        String link = String.join("; ", answer.missingLinks());
        String shown = answer.verdict() == Verdict.UNKNOWN ? "unknown: " + link : link;
        questions.add(
            new InvestigationView.Question(
                answer.question().text(),
                answer.verdict() == Verdict.YES,
                Optional.of(shown).filter(text -> !text.isEmpty()),
                answer.ruleIds()));
      }
      model.add(
          new InvestigationView.ResourceQuestions(
              resource.resourceId(), resource.name(), resource.type(), questions));
    }
    return new InvestigationView(model);
  }

  private static ResourceAnswers answers(Resource resource, Answer... answers) {
    return new ResourceAnswers(resource.id(), resource.name(), resource.type(), List.of(answers));
  }

  private static Answer processExecution(Snapshot snapshot, Resource vm, LoggingOptions options) {
    GuestLogCollection logs =
        GuestLogs.of(snapshot, vm, options.windowsEventLogs(), options.syslogFacilities());
    List<String> rules = List.of("FR-LOG-04", "FR-LOG-06");
    if (!logs.gaps().isEmpty()) {
      return new Answer(
          Question.PROCESS_EXECUTION, Verdict.NO, logs.gaps(), logs.evidence(), rules);
    }
    if (logs.unknownReason().isPresent()) {
      return new Answer(
          Question.PROCESS_EXECUTION,
          Verdict.UNKNOWN,
          List.of(logs.unknownReason().get()),
          logs.evidence(),
          rules);
    }
    return kept(
        Question.PROCESS_EXECUTION,
        logs.retention(snapshot, options.retentionDays()),
        logs.evidence(),
        options,
        rules);
  }

  private static Answer networkConnections(
      Snapshot snapshot, FlowLogIndex flowLogs, Resource vm, LoggingOptions options) {
    FlowLogCoverage coverage =
        FlowLogs.covering(
            flowLogs, vm.id(), FlowLogs.pathsOf(snapshot, vm), options.retentionDays());
    List<String> rules = List.of("FR-LOG-08");
    if (coverage.enabled().isEmpty()) {
      if (coverage.unknownReason().isPresent()) {
        return new Answer(
            Question.NETWORK_CONNECTIONS,
            Verdict.UNKNOWN,
            List.of(coverage.unknownReason().get()),
            coverage.evidence(),
            rules);
      }
      return new Answer(
          Question.NETWORK_CONNECTIONS,
          Verdict.NO,
          List.of(coverage.gapClause()),
          coverage.evidence(),
          rules);
    }
    return kept(
        Question.NETWORK_CONNECTIONS, coverage.retention(), coverage.evidence(), options, rules);
  }

  private static Answer diskState(Resource vm, Map<ResourceId, Finding> diskFindings) {
    List<String> rules = List.of("FR-DATA-07");
    Finding finding = diskFindings.get(vm.id());
    if (finding == null) {
      return new Answer(
          Question.DISK_STATE,
          Verdict.UNKNOWN,
          List.of("FR-DATA-07 reported nothing about this VM"),
          List.of(),
          rules);
    }
    Verdict verdict =
        finding.status() == Status.PASS
            ? Verdict.YES
            : finding.status() == Status.FAIL ? Verdict.NO : Verdict.UNKNOWN;
    return new Answer(
        Question.DISK_STATE,
        verdict,
        verdict == Verdict.YES ? List.of() : List.of(finding.message()),
        finding.evidence(),
        rules);
  }

  /** FR-DATA-07 decides disk evidence; the view shows its findings rather than deciding twice. */
  private static Map<ResourceId, Finding> diskFindings(
      Snapshot snapshot, DataProtectionOptions options) {
    Map<ResourceId, Finding> byVm = new HashMap<>();
    Engine engine = Engine.builder().addRule(new VmDiskEvidence(options)).parallelism(1).build();
    for (Finding finding : engine.evaluate(snapshot).findings()) {
      byVm.putIfAbsent(finding.target().id(), finding);
    }
    return byVm;
  }

  private static Answer blobAccess(Snapshot snapshot, Resource account, LoggingOptions options) {
    LogRouting routing = DiagnosticLogs.routeStorageService(snapshot, account.id(), BLOB_SERVICES);
    return logged(
        Question.BLOB_ACCESS,
        "blob service: ",
        routing,
        options,
        List.of("FR-LOG-09", "FR-LOG-06"));
  }

  private static Answer keyUse(Snapshot snapshot, Resource vault, LoggingOptions options) {
    LogRouting routing =
        DiagnosticLogs.route(snapshot, vault.id(), KEY_VAULTS, List.of("AuditEvent"));
    return logged(
        Question.KEY_USE, "", routing, options, List.of("FR-DATA-03", "FR-LOG-03", "FR-LOG-06"));
  }

  /** A question answered by exported diagnostic logs: exported, then kept long enough. */
  private static Answer logged(
      Question question,
      String where,
      LogRouting routing,
      LoggingOptions options,
      List<String> rules) {
    if (routing.unknownReason().isPresent()) {
      return new Answer(
          question,
          Verdict.UNKNOWN,
          List.of(routing.unknownReason().get()),
          routing.evidence(),
          rules);
    }
    if (!routing.complete()) {
      return new Answer(
          question, Verdict.NO, List.of(where + routing.gapClause()), routing.evidence(), rules);
    }
    List<Retention> kept = new ArrayList<>();
    for (String category : routing.categories()) {
      kept.add(routing.retention(category, options.retentionDays()));
    }
    Retention shortest =
        kept.stream()
            .filter(r -> !r.meets(options.retentionDays()))
            .findFirst()
            .orElse(kept.get(0));
    return kept(question, shortest, routing.evidence(), options, rules);
  }

  /** YES when {@code retention} meets the threshold; NO when it is known to be shorter. */
  private static Answer kept(
      Question question,
      Retention retention,
      List<Evidence> chain,
      LoggingOptions options,
      List<String> rules) {
    List<Evidence> evidence = new ArrayList<>(chain);
    evidence.addAll(retention.evidence());
    int days = options.retentionDays();
    if (retention.meets(days)) {
      return new Answer(question, Verdict.YES, List.of(), evidence, rules);
    }
    if (retention.isUnknown()) {
      return new Answer(
          question, Verdict.UNKNOWN, List.of(retention.description()), evidence, rules);
    }
    return new Answer(
        question,
        Verdict.NO,
        List.of(retention.description() + ", less than " + days),
        evidence,
        rules);
  }
}
