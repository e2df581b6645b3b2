package dev.readiness.azure;

import static dev.readiness.azure.TestTenant.AADIAM;
import static dev.readiness.azure.TestTenant.BLOB_SERVICES;
import static dev.readiness.azure.TestTenant.CA_POLICIES;
import static dev.readiness.azure.TestTenant.DIAGNOSTICS;
import static dev.readiness.azure.TestTenant.KEYS;
import static dev.readiness.azure.TestTenant.SUB1;
import static dev.readiness.azure.TestTenant.SUB2;
import static dev.readiness.azure.TestTenant.TABLES;
import static dev.readiness.azure.TestTenant.USERS;
import static dev.readiness.azure.TestTenant.VAULTS;
import static dev.readiness.azure.TestTenant.VMS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.CoverageRecord;
import dev.readiness.api.CoverageStatus;
import dev.readiness.api.ResourceId;
import dev.readiness.api.ResourceType;
import dev.readiness.api.Snapshot;
import dev.readiness.testkit.fakeazure.AzureService;
import dev.readiness.testkit.fakeazure.FakeAzure;
import dev.readiness.testkit.fakeazure.Fault;
import dev.readiness.testkit.fakeazure.RecordedRequest;
import dev.readiness.testkit.fixtures.SqlServer;
import dev.readiness.testkit.fixtures.Tenant;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The collector against FakeAzure over real HTTP, through the real azure-core pipeline: round trip,
 * paging, throttling, server errors, denials, and the request log.
 */
class CollectorEndToEndTest {
  private final SimulatedTime time = new SimulatedTime();

  static FakeAzure.Builder fake(Snapshot served) {
    return FakeAzure.builder().snapshot(served).pageSize(2).resourceGraphPageSize(3);
  }

  CollectorBuilder collector(FakeAzure azure, Set<ResourceType> types) {
    return TestCollectors.against(azure, types)
        .concurrency(4)
        .retryDelays(Duration.ofMillis(100), Duration.ofSeconds(30))
        .timeSource(time)
        .jitterSeed(42);
  }

  @Test
  void roundTripGivesBackTheServedSnapshot() {
    Snapshot served = TestTenant.snapshot();
    try (FakeAzure azure = fake(served).unthrottled().start()) {
      Snapshot collected = collector(azure, TestTenant.types()).build().collect();

      assertThat(collected.resources()).containsExactlyElementsOf(served.resources());
      assertThat(collected.coverage()).isEqualTo(served.coverage());
      assertThat(collected.metadata().tenantId()).contains(TestTenant.TENANT);
      assertThat(collected.metadata().subscriptions()).containsExactly(SUB1, SUB2);
    }
  }

  @Test
  void everyListIsFollowedPageByPage() {
    Snapshot served = TestTenant.snapshot();
    try (FakeAzure azure = fake(served).unthrottled().start()) {
      Snapshot collected = collector(azure, TestTenant.types()).build().collect();

      List<RecordedRequest> requests = azure.requests();
      assertThat(requests)
          .filteredOn(r -> r.service() == AzureService.RESOURCE_GRAPH)
          .anySatisfy(r -> assertThat(r.body()).contains("$skipToken"));
      assertThat(requests)
          .filteredOn(r -> r.service() == AzureService.ARM && r.path().endsWith("/keys"))
          .anySatisfy(r -> assertThat(r.query()).containsIgnoringCase("skiptoken"));
      assertThat(requests)
          .filteredOn(r -> r.service() == AzureService.GRAPH && r.path().endsWith("/policies"))
          .hasSizeGreaterThan(1);
      assertThat(collected.resources(CA_POLICIES)).hasSize(3);
      assertThat(collected.resources(VMS)).hasSize(7);
      assertThat(collected.resources(KEYS)).hasSize(6);
      assertThat(collected.resources(USERS)).hasSize(3);
      assertThat(collected.coverage().gaps()).isEmpty();
    }
  }

  @Test
  void throttledCallsWaitForRetryAfterAndThenSucceed() {
    Snapshot served = TestTenant.snapshot();
    List<Duration> heard = new CopyOnWriteArrayList<>();
    try (FakeAzure azure =
        fake(served)
            .unthrottled()
            .fault(Fault.throttled(Duration.ofSeconds(7)).onType(KEYS.toString()).times(2))
            .start()) {
      Snapshot collected =
          collector(azure, TestTenant.types())
              .listener(
                  new CollectionListener() {
                    @Override
                    public void throttled(String scope, Duration wait, String reason) {
                      heard.add(wait);
                    }
                  })
              .build()
              .collect();

      assertThat(azure.requests()).filteredOn(r -> r.status() == 429).hasSize(2);
      assertThat(time.sleeps()).filteredOn(d -> d.equals(Duration.ofSeconds(7))).hasSize(2);
      assertThat(heard).filteredOn(d -> d.equals(Duration.ofSeconds(7))).hasSize(2);
      assertThat(collected.resources()).containsExactlyElementsOf(served.resources());
      assertThat(collected.coverage().gaps()).isEmpty();
    }
  }

  @Test
  void armsReadBudgetIsRespectedBeforeArmRefuses() {
    Snapshot served = TestTenant.snapshot();
    try (FakeAzure azure = fake(served).armThrottling(4, 2).ticker(time::nanoTime).start()) {
      Snapshot collected =
          collector(azure, TestTenant.types()).subscriptionReadBudget(250, 2).build().collect();

      assertThat(azure.requests()).noneMatch(r -> r.status() == 429);
      assertThat(time.sleeps()).isNotEmpty();
      assertThat(collected.resources()).containsExactlyElementsOf(served.resources());
    }
  }

  @Test
  void serverErrorsAreRetriedWithBackoffAndPersistentOnesBecomeFailedCoverage() {
    Snapshot served = TestTenant.snapshot();
    String vault1 = TestTenant.rg(SUB1) + "/providers/Microsoft.KeyVault/vaults/kv-1";
    try (FakeAzure azure =
        fake(served)
            .unthrottled()
            .fault(Fault.serverError(503).onType(TABLES.toString()).times(2))
            .fault(Fault.connectionReset().onType(USERS.toString()).times(1))
            .fault(Fault.serverError(500).onPath("kv-1/keys$"))
            .start()) {
      Snapshot collected = collector(azure, TestTenant.types()).maxRetries(3).build().collect();

      assertThat(collected.resources(TABLES)).hasSize(3);
      assertThat(collected.resources(USERS)).hasSize(3);
      CoverageRecord keys =
          collected.coverage().decide(ResourceId.parse(vault1 + "/keys/key-1"), KEYS);
      assertThat(keys.status()).isEqualTo(CoverageStatus.FAILED);
      assertThat(keys.scope()).isEqualTo(ResourceId.parse(vault1));
      assertThat(keys.httpStatus()).isEqualTo(500);
      assertThat(collected.coverage().gaps()).containsExactly(keys);
      assertThat(collected.resources(KEYS)).hasSize(3);
      assertThat(azure.requests()).filteredOn(r -> r.path().endsWith("kv-1/keys")).hasSize(4);
      assertThat(time.sleeps()).hasSizeGreaterThanOrEqualTo(3 + 2 + 1);
    }
  }

  @Test
  void aDeniedSubscriptionAndDeniedGraphAreRecordedAndTheRestIsCollected() {
    Snapshot served = TestTenant.snapshot();
    try (FakeAzure azure =
        fake(served)
            .unthrottled()
            .fault(Fault.forbidden().onScope("/subscriptions/" + SUB2))
            .fault(Fault.forbidden().on(AzureService.GRAPH).onType(CA_POLICIES.toString()))
            .start()) {
      Snapshot collected = collector(azure, TestTenant.types()).build().collect();

      CoverageRecord vaults2 = collected.coverage().decide(ResourceId.subscription(SUB2), VAULTS);
      assertThat(vaults2.status()).isEqualTo(CoverageStatus.DENIED);
      assertThat(vaults2.missingPermission())
          .hasValueSatisfying(
              p -> assertThat(p).containsIgnoringCase("Microsoft.KeyVault/vaults/read"));
      CoverageRecord pim =
          collected.coverage().decide(ResourceId.subscription(SUB2), TestTenant.PIM);
      assertThat(pim.missingPermission())
          .hasValueSatisfying(
              p ->
                  assertThat(p)
                      .isEqualToIgnoringCase(
                          "Microsoft.Authorization/roleEligibilityScheduleInstances/read"));
      assertThat(collected.coverage().decide(ResourceId.subscription(SUB1), VAULTS).isCollected())
          .isTrue();
      assertThat(collected.resources(VAULTS)).hasSize(1);
      CoverageRecord policies = collected.coverage().decide(ResourceId.TENANT, CA_POLICIES);
      assertThat(policies.status()).isEqualTo(CoverageStatus.DENIED);
      assertThat(policies.missingPermission()).hasValue("Policy.Read.All");
      assertThat(collected.coverage().isCollected(ResourceId.TENANT, USERS)).isTrue();
      assertThat(collected.resources(USERS)).hasSize(3);
    }
  }

  @Test
  void theRequestLogShowsOnlyReadsAndNoCallForUnrequestedTypes() {
    Snapshot served = TestTenant.snapshot();
    try (FakeAzure azure = fake(served).unthrottled().start()) {
      Snapshot collected = collector(azure, Set.of(VAULTS, KEYS)).build().collect();

      assertThat(azure.requests())
          .isNotEmpty()
          .allSatisfy(
              r -> {
                boolean read = r.method().equals("GET");
                boolean query =
                    r.method().equals("POST")
                        && r.path()
                            .equalsIgnoreCase("/providers/Microsoft.ResourceGraph/resources");
                assertThat(read || query).as(r.toString()).isTrue();
                assertThat(r.bearerToken()).isTrue();
              })
          .noneMatch(r -> r.service() == AzureService.GRAPH)
          .noneMatch(r -> r.path().toLowerCase().contains("storageaccounts"))
          .noneMatch(r -> r.path().toLowerCase().contains("diagnosticsettings"))
          .noneMatch(r -> r.path().toLowerCase().contains("aadiam"));
      assertThat(azure.requests())
          .filteredOn(r -> r.service() == AzureService.RESOURCE_GRAPH)
          .allSatisfy(
              r ->
                  assertThat(r.body())
                      .contains("microsoft.keyvault/vaults")
                      .doesNotContain("virtualmachines"));
      assertThat(collected.resources(VMS)).isEmpty();
      assertThat(collected.coverage().decide(ResourceId.subscription(SUB1), VMS).status())
          .isEqualTo(CoverageStatus.NOT_COLLECTED);
    }
  }

  @Test
  void callsAreBoundedByResourceGraphPagesPerResourceCallsAndAFixedNumberPerSubscription() {
    Snapshot served = TestTenant.snapshot();
    try (FakeAzure azure = FakeAzure.builder().snapshot(served).unthrottled().start()) {
      Collector collector = collector(azure, TestTenant.types()).build();
      Snapshot collected = collector.collect();

      long resourceGraphPages = azure.count(AzureService.RESOURCE_GRAPH);
      // What Resource Graph cannot answer: one call per parent and child kind.
      long perResource =
          collected.resources(ResourceType.of("Microsoft.Storage/storageAccounts")).size()
              + collected.resources(VAULTS).size()
              + collected
                  .resources(ResourceType.of("Microsoft.OperationalInsights/workspaces"))
                  .size()
              // diagnostic settings of the types with resource logs
              + collected.resources(VAULTS).size()
              + collected.resources(BLOB_SERVICES).size()
              + collected
                  .resources(ResourceType.of("Microsoft.OperationalInsights/workspaces"))
                  .size();
      int subscriptions = collected.metadata().subscriptions().size();
      // Per subscription: the Activity Log's settings and the PIM instances.
      int fixedPerSubscription = 2;
      // Once: the subscription list, Entra ID settings, two Graph collections.
      int fixed = 4;

      long total = azure.requests().size();
      assertThat(total)
          .isLessThanOrEqualTo(
              resourceGraphPages
                  + perResource
                  + (long) fixedPerSubscription * subscriptions
                  + fixed);
      assertThat(collected.coverage().gaps()).isEmpty();
      assertThat(collector.plan().fetches())
          .extracting(PlannedFetch::type)
          .contains(DIAGNOSTICS, AADIAM);
    }
  }

  @Test
  void anEndlessListEndsAsFailedCoverageForThatParentOnly() {
    Snapshot served = TestTenant.snapshot();
    String vault2 = TestTenant.rg(SUB2) + "/providers/Microsoft.KeyVault/vaults/kv-2";
    try (FakeAzure azure =
        fake(served).unthrottled().fault(Fault.endlessPaging().onPath("kv-2/keys$")).start()) {
      Snapshot collected = collector(azure, TestTenant.types()).maxPages(5).build().collect();

      CoverageRecord keys = collected.coverage().decide(ResourceId.parse(vault2), KEYS);
      assertThat(keys.status()).isEqualTo(CoverageStatus.FAILED);
      assertThat(keys.message()).contains("paging stopped");
      assertThat(azure.requests())
          .filteredOn(r -> r.path().endsWith("kv-2/keys"))
          .hasSizeLessThanOrEqualTo(5);
      assertThat(collected.coverage().gaps()).containsExactly(keys);
    }
  }

  @Test
  void childrenOfUnlistedParentsNameWhyTheParentsFailed() {
    // Resource Graph answers 200 with a body cut short: no HTTP status names the failure, so the
    // keys' gap must carry the vaults' own reason.
    Snapshot served = TestTenant.snapshot();
    try (FakeAzure azure =
        fake(served)
            .unthrottled()
            .fault(
                Fault.truncatedBody()
                    .on(AzureService.RESOURCE_GRAPH)
                    .onScope("/subscriptions/" + SUB2))
            .start()) {
      Snapshot collected = collector(azure, TestTenant.types()).build().collect();

      CoverageRecord keys = collected.coverage().decide(ResourceId.subscription(SUB2), KEYS);
      assertThat(keys.status()).isEqualTo(CoverageStatus.FAILED);
      assertThat(keys.reason())
          .contains("its parents (Microsoft.KeyVault/vaults) could not be listed")
          .contains("unreadable answer");
    }
  }

  @Test
  void theListenerHearsPhasesCallsAndGaps() {
    Snapshot served = TestTenant.snapshot();
    List<CollectionPhase> phases = new CopyOnWriteArrayList<>();
    List<CoverageRecord> gaps = new CopyOnWriteArrayList<>();
    List<CollectionProgress> finished = new CopyOnWriteArrayList<>();
    List<CollectionProgress> progresses = new CopyOnWriteArrayList<>();
    try (FakeAzure azure =
        fake(served)
            .unthrottled()
            .fault(Fault.forbidden().on(AzureService.GRAPH).onType(USERS.toString()))
            .start()) {
      collector(azure, TestTenant.types())
          .listener(
              new CollectionListener() {
                @Override
                public void phaseStarted(CollectionPhase phase, CollectionProgress progress) {
                  phases.add(phase);
                }

                @Override
                public void callFinished(CollectionProgress progress) {
                  progresses.add(progress);
                }

                @Override
                public void gap(CoverageRecord gap) {
                  gaps.add(gap);
                }

                @Override
                public void finished(CollectionProgress progress) {
                  finished.add(progress);
                }
              })
          .build()
          .collect();

      assertThat(phases).containsExactly(CollectionPhase.values());
      // Calls are planned ahead of being made, so a progress bar has somewhere to go.
      assertThat(progresses).anyMatch(p -> p.callsPlanned() > p.callsDone());
      assertThat(progresses).allMatch(p -> p.callsDone() <= p.callsPlanned());
      assertThat(gaps).singleElement().satisfies(gap -> assertThat(gap.type()).isEqualTo(USERS));
      assertThat(finished)
          .singleElement()
          .satisfies(
              progress -> {
                assertThat(progress.requestsSent()).isEqualTo(azure.requests().size());
                assertThat(progress.callsDone()).isEqualTo(progress.callsPlanned());
                assertThat(progress.gaps()).isEqualTo(1);
              });
    }
  }

  /** {@code count} subscriptions holding one vault each, all collected. */
  private static Snapshot subscriptionsWithAVaultEach(int count) {
    List<String> subscriptions = new java.util.ArrayList<>();
    for (int i = 1; i <= count; i++) {
      subscriptions.add(String.format("00000000-0000-0000-0000-%012d", i));
    }
    Snapshot.Builder builder =
        Snapshot.builder(
            dev.readiness.api.SnapshotMetadata.of(
                TestTenant.TENANT, subscriptions, java.time.Instant.EPOCH));
    for (String sub : subscriptions) {
      builder.add(
          dev.readiness.api.Resource.parse(
              "{\"id\": \"/subscriptions/"
                  + sub
                  + "/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv\","
                  + " \"name\": \"kv\", \"type\": \"Microsoft.KeyVault/vaults\", \"properties\": {}}"));
      builder.collected(ResourceId.subscription(sub), List.of(VAULTS));
    }
    return builder.build();
  }

  @Test
  void moreThan300SubscriptionsAreQueriedInBatches() {
    Snapshot served = subscriptionsWithAVaultEach(301);
    try (FakeAzure azure =
        FakeAzure.builder().snapshot(served).pageSize(100).unthrottled().start()) {
      Snapshot collected = collector(azure, Set.of(VAULTS)).build().collect();

      assertThat(azure.requests())
          .filteredOn(r -> r.service() == AzureService.RESOURCE_GRAPH)
          .hasSize(2)
          .allMatch(r -> r.status() == 200);
      assertThat(collected.resources()).containsExactlyElementsOf(served.resources());
      assertThat(collected.coverage()).isEqualTo(served.coverage());
    }
  }

  @Test
  void aFaultOfOneSubscriptionInABatchCostsOnlyThatSubscription() {
    Snapshot served = subscriptionsWithAVaultEach(16);
    String faulty = served.metadata().subscriptions().get(10);
    try (FakeAzure azure =
        FakeAzure.builder()
            .snapshot(served)
            .unthrottled()
            .fault(
                Fault.serverError(500)
                    .on(AzureService.RESOURCE_GRAPH)
                    .onScope("/subscriptions/" + faulty))
            .start()) {
      Snapshot collected = collector(azure, Set.of(VAULTS)).maxRetries(0).build().collect();

      assertThat(collected.coverage().gaps())
          .singleElement()
          .satisfies(
              gap -> {
                assertThat(gap.scope()).isEqualTo(ResourceId.subscription(faulty));
                assertThat(gap.reason()).contains("HTTP 500");
              });
      assertThat(collected.resources(VAULTS))
          .hasSize(15)
          .noneMatch(vault -> vault.id().subscriptionId().orElseThrow().equals(faulty));
      // The whole batch, then both halves at each of the log2(16) = 4 levels down to one.
      assertThat(azure.requests())
          .filteredOn(r -> r.service() == AzureService.RESOURCE_GRAPH)
          .hasSize(1 + 2 * 4);
    }
  }

  @Test
  void aResourceGraphOutageIsNotSplitFurtherThanOnce() {
    Snapshot served = subscriptionsWithAVaultEach(16);
    try (FakeAzure azure =
        FakeAzure.builder()
            .snapshot(served)
            .unthrottled()
            .fault(Fault.serverError(503).on(AzureService.RESOURCE_GRAPH))
            .start()) {
      Snapshot collected = collector(azure, Set.of(VAULTS)).maxRetries(0).build().collect();

      assertThat(collected.coverage().gaps()).hasSize(16);
      assertThat(azure.requests())
          .filteredOn(r -> r.service() == AzureService.RESOURCE_GRAPH)
          .hasSize(3);
    }
  }

  @Test
  void resourceGraphsUserQuotaIsRespected() {
    Snapshot served = TestTenant.snapshot();
    try (FakeAzure azure =
        fake(served).resourceGraphQuota(2, Duration.ofSeconds(5)).ticker(time::nanoTime).start()) {
      Snapshot collected = collector(azure, TestTenant.types()).build().collect();

      assertThat(azure.requests())
          .filteredOn(r -> r.service() == AzureService.RESOURCE_GRAPH)
          .hasSizeGreaterThan(2)
          .noneMatch(r -> r.status() == 429);
      assertThat(time.sleeps()).isNotEmpty();
      assertThat(collected.resources()).containsExactlyElementsOf(served.resources());
    }
  }

  @Test
  void aSlowAnswerTimesOutAndIsRetried() {
    Snapshot served = TestTenant.snapshot();
    try (FakeAzure azure =
        fake(served)
            .unthrottled()
            .fault(Fault.delay(Duration.ofSeconds(3)).onType(TABLES.toString()).times(1))
            .start()) {
      Snapshot collected =
          collector(azure, TestTenant.types())
              .requestTimeout(Duration.ofMillis(500))
              .build()
              .collect();

      assertThat(collected.resources(TABLES)).hasSize(3);
      assertThat(collected.coverage().gaps()).isEmpty();
      assertThat(time.sleeps()).as("the backoff before the retry").hasSize(1);
    }
  }

  @Test
  void aManagementGroupScopeReadsOnlyTheSubscriptionsBelowIt() {
    Snapshot served =
        TestTenant.snapshot(subscriptionBelow(SUB1, "mg-prod"), subscriptionBelow(SUB2, "mg-dev"));
    try (FakeAzure azure = fake(served).unthrottled().start()) {
      Snapshot collected =
          collector(azure, TestTenant.types())
              .scope(CollectionScope.managementGroups(List.of("mg-prod")))
              .build()
              .collect();

      assertThat(collected.metadata().subscriptions()).containsExactly(SUB1);
      assertThat(collected.resources(VAULTS))
          .singleElement()
          .satisfies(vault -> assertThat(vault.subscriptionId()).hasValue(SUB1));
      assertThat(azure.requests())
          .noneMatch(r -> r.path().contains(SUB2) || r.body().contains(SUB2));
      assertThat(collected.coverage().gaps()).isEmpty();
    }
  }

  private static dev.readiness.api.Resource subscriptionBelow(String subscription, String group) {
    return dev.readiness.api.Resource.parse(
        """
        {"id": "/subscriptions/%s", "name": "sub-%s", "type": "Microsoft.Resources/subscriptions",
         "properties": {"managementGroupAncestorsChain": [{"name": "%s"}, {"name": "%s"}]}}"""
            .formatted(subscription, group, group, TestTenant.TENANT));
  }

  @Test
  void keyRotationPoliciesAreNotReadAndStayNotCollected() {
    ResourceType rotation = ResourceType.of("Microsoft.KeyVault/vaults/keys/rotationPolicy");
    String key = TestTenant.rg(SUB1) + "/providers/Microsoft.KeyVault/vaults/kv-1/keys/key-1";
    try (FakeAzure azure = fake(TestTenant.snapshot()).unthrottled().start()) {
      Snapshot collected = collector(azure, Set.of(KEYS, rotation)).build().collect();

      assertThat(azure.requests())
          .noneMatch(r -> (r.path() + r.body()).toLowerCase().contains("rotationpolicy"));
      assertThat(collected.coverage().decide(ResourceId.parse(key), rotation).status())
          .isEqualTo(CoverageStatus.NOT_COLLECTED);
      assertThat(collected.resources(KEYS)).hasSize(6);
    }
  }

  @Test
  void sqlAuditingSettingsAreReadPerServerAndPerDatabase() {
    ResourceType databases = ResourceType.of("Microsoft.Sql/servers/databases");
    ResourceType serverAuditing = ResourceType.of("Microsoft.Sql/servers/auditingSettings");
    ResourceType databaseAuditing =
        ResourceType.of("Microsoft.Sql/servers/databases/auditingSettings");
    Tenant tenant = Tenant.create();
    SqlServer server = tenant.subscription("prod").resourceGroup("rg-data").sqlServer("sql-app");
    server.auditing(true);
    server.master();
    server.database("db-orders").auditing(false);
    Snapshot served = tenant.snapshot();
    try (FakeAzure azure = fake(served).unthrottled().start()) {
      Snapshot collected =
          collector(azure, Set.of(databases, serverAuditing, databaseAuditing)).build().collect();

      assertThat(collected.resources(serverAuditing)).hasSize(1);
      assertThat(collected.resources(databaseAuditing)).hasSize(1);
      assertThat(azure.requests())
          .filteredOn(r -> r.path().toLowerCase().endsWith("/auditingsettings"))
          .hasSize(3)
          .allSatisfy(r -> assertThat(r.query()).contains("api-version=2023-08-01"));
    }
  }
}
