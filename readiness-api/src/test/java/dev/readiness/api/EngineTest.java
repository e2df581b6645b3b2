package dev.readiness.api;

import static dev.readiness.api.TestResources.SETTINGS;
import static dev.readiness.api.TestResources.SUB;
import static dev.readiness.api.TestResources.VMS;
import static dev.readiness.api.TestResources.builder;
import static dev.readiness.api.TestResources.setting;
import static dev.readiness.api.TestResources.vm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EngineTest {
  private static final ResourceId SUBSCRIPTION = ResourceId.subscription(SUB);

  /** A rule with the given id whose body is {@code body}. */
  static Rule rule(String id, Consumer<RuleContext> body, ResourceType... reads) {
    return rule(metadata(id, reads).build(), body);
  }

  /** Complete metadata of a rule reading {@code reads}, or of a manual rule when there are none. */
  static RuleMetadata.Builder metadata(String id, ResourceType... reads) {
    if (reads.length == 0) {
      return RuleMetadataTest.complete(id);
    }
    return RuleMetadata.builder(id)
        .title("t")
        .category(Category.LOGGING_AND_MONITORING)
        .severity(Severity.HIGH, "r")
        .rationale("r")
        .remediation(Remediation.of("p", "az x"))
        .reads(reads);
  }

  static Rule rule(RuleMetadata metadata, Consumer<RuleContext> body) {
    return new Rule() {
      @Override
      public RuleMetadata metadata() {
        return metadata;
      }

      @Override
      public void evaluate(RuleContext context) {
        body.accept(context);
      }
    };
  }

  /** PASS for a VM with a diagnostic setting, FAIL without. */
  static final Rule VM_LOGS =
      rule(
          "FR-TEST-01",
          context -> {
            for (Resource vm : context.resources(VMS)) {
              if (context.snapshot().children(vm, SETTINGS).isEmpty()) {
                context
                    .report(vm)
                    .evidence(
                        Evidence.absent(vm.id(), "no diagnostic setting", "a diagnostic setting"))
                    .fail("Virtual machine '" + vm.name() + "' has no diagnostic setting.");
              } else {
                context
                    .report(vm)
                    .pass("Virtual machine '" + vm.name() + "' has a diagnostic setting.");
              }
            }
          },
          VMS,
          SETTINGS);

  private static Snapshot tenant(CoverageRecord... coverage) {
    Snapshot.Builder builder =
        builder().add(vm("good")).add(setting("good", "logs")).add(vm("THA-VM"));
    for (CoverageRecord record : coverage) {
      builder.coverage(record);
    }
    return builder.build();
  }

  private static Snapshot covered() {
    return tenant(
        CoverageRecord.collected(SUBSCRIPTION, VMS),
        CoverageRecord.collected(SUBSCRIPTION, SETTINGS));
  }

  private static Finding only(Report report, String name) {
    return report.findings().stream()
        .filter(f -> f.target().name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void reportsPassAndFailWithTheRulesMetadata() {
    Report report = Engine.builder().addRule(VM_LOGS).build().evaluate(covered());
    assertThat(only(report, "good").status()).isEqualTo(Status.PASS);
    Finding fail = only(report, "THA-VM");
    assertThat(fail.status()).isEqualTo(Status.FAIL);
    assertThat(fail.severity()).isEqualTo(Severity.HIGH);
    assertThat(fail.ruleId()).isEqualTo("FR-TEST-01");
    assertThat(fail.evidence())
        .singleElement()
        .extracting(Evidence::observed)
        .isEqualTo("no diagnostic setting");
  }

  @Test
  void findingsOnUncollectedDataBecomeUnknownWithTheReason() {
    Snapshot snapshot =
        tenant(
            CoverageRecord.collected(SUBSCRIPTION, VMS),
            CoverageRecord.denied(
                SUBSCRIPTION,
                SETTINGS,
                403,
                "Microsoft.Insights/diagnosticSettings/read",
                "GET .../diagnosticSettings"));
    Report report = Engine.builder().addRule(VM_LOGS).build().evaluate(snapshot);
    assertThat(report.findings()).extracting(Finding::status).containsOnly(Status.UNKNOWN);
    assertThat(only(report, "good").message())
        .contains(
            "Not evaluated",
            "denied",
            "missing permission Microsoft.Insights/diagnosticSettings/read");
  }

  @Test
  void aFailedCallForOneResourceOnlyAffectsThatResource() {
    ResourceId tha = ResourceId.parse(TestResources.vmId("THA-VM"));
    Snapshot snapshot =
        tenant(
            CoverageRecord.collected(SUBSCRIPTION, VMS),
            CoverageRecord.collected(SUBSCRIPTION, SETTINGS),
            CoverageRecord.failed(tha, SETTINGS, 500, "GET", "internal error"));
    Report report = Engine.builder().addRule(VM_LOGS).build().evaluate(snapshot);
    assertThat(only(report, "THA-VM").status()).isEqualTo(Status.UNKNOWN);
    assertThat(only(report, "good").status()).isEqualTo(Status.PASS);
  }

  @Test
  void aScopeWhoseDataIsMissingIsNeverSilent() {
    Snapshot empty =
        Snapshot.builder(TestResources.metadata())
            .coverage(
                CoverageRecord.denied(
                    SUBSCRIPTION,
                    VMS,
                    403,
                    "Microsoft.Compute/virtualMachines/read",
                    "POST /providers/Microsoft.ResourceGraph/resources"))
            .coverage(CoverageRecord.collected(SUBSCRIPTION, SETTINGS))
            .build();
    Report report = Engine.builder().addRule(VM_LOGS).build().evaluate(empty);
    assertThat(report.findings())
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.status()).isEqualTo(Status.UNKNOWN);
              assertThat(finding.target().id()).isEqualTo(SUBSCRIPTION);
              assertThat(finding.message()).contains("Microsoft.Compute/virtualMachines/read");
            });
  }

  @Test
  void aTenantWideGapGivesOneTenantFinding() {
    ResourceType users = ResourceType.of("microsoft.graph/users");
    Rule mfa = rule("FR-TEST-02", context -> {}, users);
    Snapshot snapshot =
        builder()
            .coverage(
                CoverageRecord.denied(
                    ResourceId.TENANT, users, 403, "User.Read.All", "GET /v1.0/users"))
            .build();
    Report report = Engine.builder().addRule(mfa).build().evaluate(snapshot);
    assertThat(report.findings())
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.target().id()).isEqualTo(ResourceId.TENANT);
              assertThat(finding.message()).contains("User.Read.All");
            });
  }

  @Test
  void dependsOnNarrowsTheGate() {
    ResourceType arc = ResourceType.of("Microsoft.HybridCompute/machines");
    Rule narrow =
        rule(
            "FR-TEST-03",
            context ->
                context.resources(VMS).forEach(vm -> context.report(vm).dependsOn(VMS).pass("ok")),
            VMS,
            arc);
    Report report = Engine.builder().addRule(narrow).build().evaluate(covered());
    assertThat(report.findings(Status.PASS)).hasSize(2);
    assertThat(report.findings(Status.UNKNOWN))
        .singleElement()
        .extracting(f -> f.target().id())
        .isEqualTo(ResourceId.TENANT);
  }

  @Test
  void aRuleThatThrowsYieldsOneErrorAndOthersGoOn() {
    Rule broken =
        rule(
            "FR-TEST-04",
            context -> {
              context.report(context.resources(VMS).get(0)).pass("partial");
              throw new IllegalStateException("boom");
            },
            VMS);
    Report report = Engine.builder().addRule(broken).addRule(VM_LOGS).build().evaluate(covered());
    assertThat(report.findings().stream().filter(f -> f.ruleId().equals("FR-TEST-04")))
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.status()).isEqualTo(Status.ERROR);
              assertThat(error.message()).contains("IllegalStateException: boom");
            });
    assertThat(report.findings().stream().filter(f -> f.ruleId().equals("FR-TEST-01"))).hasSize(2);
  }

  @Test
  void aRuleThatRunsPastItsLimitIsAbandoned() {
    Rule slow =
        rule(
            "FR-TEST-05",
            context -> {
              long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
              while (System.nanoTime() < end) {
                Thread.onSpinWait(); // ignores interruption on purpose
              }
            },
            VMS);
    Report report =
        Engine.builder()
            .addRule(slow)
            .addRule(VM_LOGS)
            .parallelism(1)
            .ruleTimeout(Duration.ofMillis(300))
            .build()
            .evaluate(covered());
    assertThat(report.findings().stream().filter(f -> f.ruleId().equals("FR-TEST-05")))
        .singleElement()
        .satisfies(error -> assertThat(error.message()).contains("time limit of 300 ms"));
    assertThat(report.findings(Status.PASS)).hasSize(1);
  }

  @Test
  void aFindingAboutAnUndeclaredTypeIsAnError() {
    Rule sneaky =
        rule(
            "FR-TEST-06",
            context -> context.resources(SETTINGS).forEach(s -> context.report(s).pass("looked")),
            VMS);
    Report report = Engine.builder().addRule(sneaky).build().evaluate(covered());
    assertThat(report.findings())
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.status()).isEqualTo(Status.ERROR);
              assertThat(error.message()).contains("does not declare");
            });
  }

  @Test
  void dependingOnAnUndeclaredTypeIsAnError() {
    Rule sloppy =
        rule(
            "FR-TEST-10",
            context ->
                context
                    .resources(VMS)
                    .forEach(vm -> context.report(vm).dependsOn(VMS, VMS, SETTINGS).pass("ok")),
            VMS);
    Report report = Engine.builder().addRule(sloppy).build().evaluate(covered());
    assertThat(report.findings())
        .singleElement()
        .satisfies(
            error ->
                assertThat(error.message())
                    .contains("depend on Microsoft.Insights/diagnosticSettings"));
  }

  @Test
  void aGapOnOneResourceIsReportedUnlessTheRuleSpokeOfThatResource() {
    ResourceId tha = ResourceId.parse(TestResources.vmId("THA-VM"));
    Rule onlyGood =
        rule(
            "FR-TEST-11",
            context ->
                context.report(context.resources(VMS).get(0)).dependsOn(VMS).pass("good is fine"),
            VMS,
            SETTINGS);
    Snapshot snapshot =
        tenant(
            CoverageRecord.collected(SUBSCRIPTION, VMS),
            CoverageRecord.collected(SUBSCRIPTION, SETTINGS),
            CoverageRecord.failed(tha, SETTINGS, 500, "GET", "internal error"));
    Report silentAboutTha = Engine.builder().addRule(onlyGood).build().evaluate(snapshot);
    assertThat(only(silentAboutTha, "THA-VM").status()).isEqualTo(Status.UNKNOWN);
    Report spokeOfTha = Engine.builder().addRule(VM_LOGS).build().evaluate(snapshot);
    assertThat(spokeOfTha.findings()).hasSize(2);
  }

  /**
   * Rules report in any order; the report lists findings by rule, target, status and message, also
   * when an attestation turns an UNKNOWN into a PASS that now sorts before its neighbour.
   */
  @Test
  void findingsComeInReportOrderHoweverRulesReportThem() {
    Consumer<RuleContext> backwards =
        context -> {
          List<Resource> vms = new java.util.ArrayList<>(context.resources(VMS));
          java.util.Collections.reverse(vms);
          for (Resource vm : vms) {
            context.report(vm).unknown("z: not decided");
            context.report(vm).fail("b: failed");
            context.report(vm).pass("a: passed");
          }
          context.report(Target.tenant()).unknown("tenant");
          // Not in the snapshot, and between its two VMs in id order.
          context
              .report(new Target(ResourceId.parse(TestResources.vmId("m")), "m", VMS))
              .fail("c: gone");
        };
    Engine engine =
        Engine.builder()
            .addRule(rule(metadata("FR-TEST-09", VMS, SETTINGS).attestable().build(), backwards))
            .addRule(rule("FR-TEST-08", backwards, VMS, SETTINGS))
            .build();
    Snapshot snapshot = covered();

    List<Finding> plain = engine.evaluate(snapshot).findings();
    assertThat(plain).hasSize(16).isSortedAccordingTo(Finding.ORDER);
    assertThat(plain.get(0).ruleId()).isEqualTo("FR-TEST-08");

    Attestation tenantWide =
        Attestation.builder("FR-TEST-09")
            .scope(ResourceId.TENANT)
            .evidence("attested")
            .owner("secops")
            .date(LocalDate.parse("2026-06-01"))
            .build();
    List<Finding> attested =
        engine.evaluate(snapshot, Attestations.of(List.of(tenantWide))).findings();
    assertThat(attested).hasSize(16).isSortedAccordingTo(Finding.ORDER);
    assertThat(attested).extracting(Finding::status).contains(Status.PASS);
  }

  @Test
  void aTenantGapIsNotReportedForTypesRecordedPerSubscription() {
    ResourceType users = ResourceType.of("microsoft.graph/users");
    Rule rule =
        rule(
            "FR-TEST-12",
            context ->
                context.resources(VMS).forEach(vm -> context.report(vm).dependsOn(VMS).pass("ok")),
            VMS,
            users);
    // VMs are recorded per subscription, so no record covers the tenant root for them.
    Snapshot snapshot =
        tenant(
            CoverageRecord.collected(SUBSCRIPTION, VMS),
            CoverageRecord.denied(
                ResourceId.TENANT, users, 403, "User.Read.All", "GET /v1.0/users"));
    Report report = Engine.builder().addRule(rule).build().evaluate(snapshot);
    assertThat(report.findings(Status.UNKNOWN))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.target().id()).isEqualTo(ResourceId.TENANT);
              assertThat(finding.message())
                  .contains("microsoft.graph/users at the tenant was denied")
                  .doesNotContain("virtualMachines");
            });
  }

  @Test
  void aRuleReportingOnEachResourceOfATypeHearsOfThoseThatCouldNotBeListed() {
    ResourceType extensions = VMS.child("extensions");
    Consumer<RuleContext> perSettingAndExtension =
        context -> {
          for (ResourceType type : List.of(SETTINGS, extensions)) {
            context.resources(type).forEach(r -> context.report(r).dependsOn(type).pass("seen"));
          }
        };
    ResourceId tha = ResourceId.parse(TestResources.vmId("THA-VM"));
    Snapshot snapshot =
        builder()
            .add(vm("good"))
            .add(setting("good", "logs"))
            .add(vm("THA-VM"))
            .add(
                Resource.parse(
                    "{\"id\":\""
                        + tha
                        + "/extensions/ama\",\"name\":\"ama\",\"type\":\""
                        + extensions
                        + "\",\"properties\":{}}"))
            .coverage(CoverageRecord.collected(SUBSCRIPTION, VMS))
            .coverage(CoverageRecord.collected(SUBSCRIPTION, SETTINGS))
            .coverage(CoverageRecord.collected(SUBSCRIPTION, extensions))
            .coverage(CoverageRecord.failed(tha, SETTINGS, 502, "GET settings", "bad gateway"))
            .build();

    Rule declared = ruleReportingOnEach("FR-TEST-13", perSettingAndExtension, SETTINGS, extensions);
    Report report = Engine.builder().addRule(declared).build().evaluate(snapshot);
    // The extension found below THA-VM says nothing about its settings, which were never seen.
    assertThat(report.findings(Status.PASS)).hasSize(2);
    assertThat(report.findings(Status.UNKNOWN))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.target().id()).isEqualTo(tha);
              assertThat(finding.message())
                  .contains("Microsoft.Insights/diagnosticSettings at " + tha)
                  .contains("HTTP 502");
            });

    // Without the declaration the engine cannot know the rule speaks of each setting.
    Rule undeclared = rule("FR-TEST-14", perSettingAndExtension, SETTINGS, extensions);
    assertThat(Engine.builder().addRule(undeclared).build().evaluate(snapshot).findings())
        .extracting(Finding::status)
        .containsOnly(Status.PASS);
  }

  private static Rule ruleReportingOnEach(
      String id, Consumer<RuleContext> body, ResourceType... types) {
    RuleMetadata metadata = RuleMetadataTest.complete(id).reads(types).reportsOnEach(types).build();
    return new Rule() {
      @Override
      public RuleMetadata metadata() {
        return metadata;
      }

      @Override
      public void evaluate(RuleContext context) {
        body.accept(context);
      }
    };
  }

  @Test
  void attestationsTurnManualIntoPassUntilTheyExpire() {
    RuleMetadata manualMetadata =
        RuleMetadata.builder("FR-TEST-07")
            .title("Incident response plan")
            .category(Category.INCIDENT_RESPONSE)
            .severity(Severity.MEDIUM, "r")
            .rationale("r")
            .remediation(Remediation.of("Write a plan.", "az x"))
            .manual()
            .build();
    Rule manual =
        new Rule() {
          @Override
          public RuleMetadata metadata() {
            return manualMetadata;
          }

          @Override
          public void evaluate(RuleContext context) {
            context.report(Target.tenant()).manual("Needs an attested incident response plan.");
          }
        };
    Engine engine = Engine.builder().addRule(manual).build();
    Snapshot snapshot = covered();
    assertThat(engine.evaluate(snapshot).findings())
        .extracting(Finding::status)
        .containsExactly(Status.MANUAL);
    Attestation fresh =
        Attestation.builder("FR-TEST-07")
            .scope(ResourceId.TENANT)
            .evidence("https://wiki.contoso.example/ir")
            .owner("secops")
            .date(LocalDate.parse("2026-06-01"))
            .build();
    assertThat(engine.evaluate(snapshot, Attestations.of(List.of(fresh))).findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.status()).isEqualTo(Status.PASS);
              assertThat(f.evidence())
                  .extracting(Evidence::observed)
                  .contains("https://wiki.contoso.example/ir");
            });
    Attestation old =
        Attestation.builder("FR-TEST-07")
            .scope(ResourceId.TENANT)
            .evidence("https://wiki.contoso.example/ir")
            .owner("secops")
            .date(LocalDate.parse("2025-06-01"))
            .build();
    assertThat(engine.evaluate(snapshot, Attestations.of(List.of(old))).findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.status()).isEqualTo(Status.FAIL);
              assertThat(f.message()).contains("expired on 2026-06-01");
            });
  }

  /** A statement does not overrule what the snapshot decides: only attestable rules take one. */
  @Test
  void anAttestationForARuleThatTakesNoneChangesNothing() {
    Consumer<RuleContext> undecided =
        context -> context.report(Target.tenant()).unknown("not decided");
    Attestation attestation =
        Attestation.builder("FR-TEST-09")
            .scope(ResourceId.TENANT)
            .evidence("attested")
            .owner("secops")
            .date(LocalDate.parse("2026-06-01"))
            .build();
    Attestations attestations = Attestations.of(List.of(attestation));
    Rule automated = rule(metadata("FR-TEST-09", VMS).build(), undecided);
    Rule attestable = rule(metadata("FR-TEST-09", VMS).attestable().build(), undecided);

    assertThat(
            Engine.builder()
                .addRule(automated)
                .build()
                .evaluate(covered(), attestations)
                .findings())
        .extracting(Finding::status)
        .containsExactly(Status.UNKNOWN);
    assertThat(
            Engine.builder()
                .addRule(attestable)
                .build()
                .evaluate(covered(), attestations)
                .findings())
        .extracting(Finding::status)
        .containsExactly(Status.PASS);
  }

  @Test
  void selectionByIdCategoryAndSeverity() {
    Rule low = rule("FR-TEST-08", context -> {}, VMS);
    assertThat(Engine.builder().addRule(VM_LOGS).addRule(low).include("fr-test-08").build().rules())
        .containsExactly(low);
    assertThat(Engine.builder().addRule(VM_LOGS).addRule(low).exclude("FR-TEST-08").build().rules())
        .containsExactly(VM_LOGS);
    assertThat(
            Engine.builder()
                .addRule(VM_LOGS)
                .categories(Category.LOGGING_AND_MONITORING)
                .build()
                .rules())
        .hasSize(1);
    assertThatThrownBy(
            () -> Engine.builder().addRule(VM_LOGS).categories(Category.DATA_PROTECTION).build())
        .hasMessageContaining("No rule matches the selection");
    assertThatThrownBy(() -> Engine.builder().addRule(VM_LOGS).include("FR-NOPE-1").build())
        .hasMessageContaining("Unknown rule id 'FR-NOPE-1'");
    assertThatThrownBy(
            () ->
                Engine.builder().addRule(VM_LOGS).addRule(rule("FR-TEST-01", c -> {}, VMS)).build())
        .hasMessageContaining("share the id 'FR-TEST-01'");
    assertThatThrownBy(() -> Engine.builder().build()).hasMessageContaining("No rules were added");
  }

  @Test
  void typesToCollectAreTheUnionOfWhatRulesRead() {
    assertThat(Engine.builder().addRule(VM_LOGS).build().typesToCollect())
        .containsExactly(VMS, SETTINGS);
  }

  @Test
  void sameSnapshotSameReportFromManyThreads() throws Exception {
    Engine engine =
        Engine.builder()
            .addRule(VM_LOGS)
            .addRule(rule("FR-TEST-09", c -> {}, VMS))
            .parallelism(2)
            .build();
    Snapshot snapshot = covered();
    Report first = engine.evaluate(snapshot);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<Report>> runs =
          IntStream.range(0, 16)
              .<Callable<Report>>mapToObj(i -> () -> engine.evaluate(snapshot))
              .toList();
      for (Future<Report> run : pool.invokeAll(runs)) {
        assertThat(run.get()).isEqualTo(first);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
