package dev.readiness.testkit.fakeazure;

import static dev.readiness.testkit.fakeazure.Tenant.RG1;
import static dev.readiness.testkit.fakeazure.Tenant.SUB1;
import static dev.readiness.testkit.fakeazure.Tenant.SUB2;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.api.Snapshot;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResourceGraphTest {
  static final String PATH = "/providers/Microsoft.ResourceGraph/resources?api-version=2022-10-01";
  static final String PROJECT =
      " | project id, name, type, location, tags, kind, sku, identity, properties, subscriptionId,"
          + " resourceGroup";
  private static final Snapshot SNAPSHOT = Tenant.snapshot();
  private static FakeAzure azure;

  @BeforeAll
  static void start() {
    azure = FakeAzure.builder().snapshot(SNAPSHOT).resourceGraphPageSize(3).unthrottled().start();
  }

  @AfterAll
  static void stop() {
    azure.close();
  }

  static String body(String query, String skipToken, String... subscriptions) {
    ObjectNode body = Tenant.MAPPER.createObjectNode();
    ArrayNode subs = body.putArray("subscriptions");
    for (String sub : subscriptions) {
      subs.add(sub);
    }
    body.put("query", query);
    ObjectNode options = body.putObject("options");
    options.put("$top", 1000);
    options.put("resultFormat", "objectArray");
    if (skipToken != null) {
      options.put("$skipToken", skipToken);
    }
    return body.toString();
  }

  /** Pages through a query with $skipToken; returns every row. */
  static List<JsonNode> queryAll(FakeAzure azure, String query, int[] pages, String... subs) {
    List<JsonNode> rows = new ArrayList<>();
    String token = null;
    do {
      HttpResponse<String> response =
          Http.post(azure.armEndpoint(), PATH, body(query, token, subs));
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      JsonNode page = Http.json(response);
      page.get("data").forEach(rows::add);
      assertThat(page.get("count").intValue())
          .isEqualTo(page.get("data").size())
          .isLessThanOrEqualTo(3);
      assertThat(page.get("resultTruncated").textValue()).isEqualTo("false");
      pages[0]++;
      token = page.has("$skipToken") ? page.get("$skipToken").textValue() : null;
    } while (token != null);
    return rows;
  }

  @Test
  void pagesWithSkipTokenReturnEveryRowExactlyOnce() {
    int[] pages = {0};
    List<JsonNode> rows =
        queryAll(
            azure,
            "resources | where type in~ ('Microsoft.Compute/virtualMachines', 'microsoft.keyvault/vaults')"
                + PROJECT
                + " | order by id asc",
            pages,
            SUB1,
            SUB2);

    List<String> expected = new ArrayList<>();
    SNAPSHOT.resources().stream()
        .filter(
            r ->
                r.type().key().equals("microsoft.compute/virtualmachines")
                    || r.type().key().equals("microsoft.keyvault/vaults"))
        .forEach(r -> expected.add(r.id().toString()));
    assertThat(rows)
        .extracting(row -> row.get("id").textValue())
        .containsExactlyElementsOf(expected);
    assertThat(pages[0]).isEqualTo((expected.size() + 2) / 3);
  }

  @Test
  void rowsLookAsResourceGraphReturnsThem() {
    List<JsonNode> rows =
        queryAll(
            azure,
            "resources | where type =~ 'microsoft.keyvault/vaults'" + PROJECT,
            new int[1],
            SUB1);

    assertThat(rows).hasSize(1);
    JsonNode row = rows.get(0);
    assertThat(row.get("type").textValue()).isEqualTo("microsoft.keyvault/vaults");
    assertThat(row.get("resourceGroup").textValue()).isEqualTo("rg-app");
    assertThat(row.get("subscriptionId").textValue()).isEqualTo(SUB1);
    assertThat(row.get("properties").get("vaultUri").textValue())
        .isEqualTo("https://kv-fake01.vault.azure.net/");
    assertThat(row.has("kind")).isTrue();
    assertThat(row.get("kind").isNull()).isTrue();
  }

  @Test
  void subscriptionsScopeTheRows() {
    List<JsonNode> rows =
        queryAll(
            azure,
            "resources | where type in~ ('microsoft.compute/virtualmachines')" + PROJECT,
            new int[1],
            SUB2);
    assertThat(rows).hasSize(4).allMatch(row -> row.get("subscriptionId").textValue().equals(SUB2));
  }

  @Test
  void typesLiveInTheirOwnTables() {
    String pricings = "where type in~ ('microsoft.security/pricings')" + PROJECT;
    assertThat(queryAll(azure, "securityresources | " + pricings, new int[1], SUB1, SUB2))
        .hasSize(2);
    assertThat(queryAll(azure, "resources | " + pricings, new int[1], SUB1, SUB2)).isEmpty();
    // Diagnostic settings are in no table at all.
    assertThat(
            queryAll(
                azure,
                "resources | where type in~ ('microsoft.insights/diagnosticsettings')" + PROJECT,
                new int[1],
                SUB1))
        .isEmpty();
  }

  @Test
  void queryWithoutIdIsTruncatedInsteadOfPaged() {
    HttpResponse<String> response =
        Http.post(
            azure.armEndpoint(),
            PATH,
            body(
                "resources | where type in~ ('microsoft.compute/virtualmachines') | project name",
                null,
                SUB1));
    JsonNode page = Http.json(response);

    assertThat(page.get("totalRecords").intValue()).isEqualTo(12);
    assertThat(page.get("count").intValue()).isEqualTo(3);
    assertThat(page.get("resultTruncated").textValue()).isEqualTo("true");
    assertThat(page.has("$skipToken")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "resources | where type in~ ('a/b') | extend x = 1",
        "resources | where type contains 'compute'",
        "nosuchtable | project id",
        "resources | where type in~ ('a/b'",
        "resources | project id, secret",
        "resources | summarize count() by type"
      })
  void queriesOutsideTheSubsetAreRefusedWithTheReason(String query) {
    HttpResponse<String> response = Http.post(azure.armEndpoint(), PATH, body(query, null, SUB1));

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode error = Http.json(response).get("error");
    assertThat(error.get("code").textValue()).isEqualTo("BadRequest");
    assertThat(error.at("/details/0/code").textValue()).isEqualTo("InvalidQuery");
    assertThat(error.get("message").textValue()).contains("at character");
  }

  @Test
  void atMostThreeHundredSubscriptionsPerQuery() {
    String[] subs =
        IntStream.range(0, 301)
            .mapToObj(i -> String.format("00000000-0000-0000-0000-%012d", i))
            .toArray(String[]::new);
    HttpResponse<String> response =
        Http.post(azure.armEndpoint(), PATH, body("resources | project id", null, subs));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("at most 300 subscriptions");
    assertThat(
            Http.post(
                    azure.armEndpoint(),
                    PATH,
                    body("resources | project id", null, java.util.Arrays.copyOf(subs, 300)))
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void apiVersionIsRequired() {
    HttpResponse<String> response =
        Http.post(
            azure.armEndpoint(),
            "/providers/Microsoft.ResourceGraph/resources",
            body("resources | project id", null, SUB1));
    assertThat(response.statusCode()).isEqualTo(400);
  }

  @Test
  void deniedCoverageOfAQueriedTypeAnswers403() {
    Snapshot snapshot =
        Tenant.builder()
            .coverage(
                Tenant.denied(
                    "/subscriptions/" + SUB2,
                    "Microsoft.Security/pricings",
                    "Microsoft.Security/pricings/read"))
            .build();
    try (FakeAzure denied = FakeAzure.builder().snapshot(snapshot).unthrottled().start()) {
      String query = "securityresources | where type in~ ('microsoft.security/pricings')" + PROJECT;
      HttpResponse<String> both =
          Http.post(denied.armEndpoint(), PATH, body(query, null, SUB1, SUB2));
      HttpResponse<String> allowed = Http.post(denied.armEndpoint(), PATH, body(query, null, SUB1));

      assertThat(both.statusCode()).isEqualTo(403);
      assertThat(both.body())
          .contains("Microsoft.Security/pricings/read", "/subscriptions/" + SUB2);
      assertThat(allowed.statusCode()).isEqualTo(200);
    }
  }

  @Test
  void quotaHeadersCountDownAndThen429UntilTheWindowResets() {
    AtomicLong now = new AtomicLong();
    try (FakeAzure limited =
        FakeAzure.builder()
            .snapshot(SNAPSHOT)
            .resourceGraphQuota(3, Duration.ofSeconds(5))
            .ticker(now::get)
            .start()) {
      String body = body("resources | project id", null, SUB1);
      List<String> remaining = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        HttpResponse<String> response = Http.post(limited.armEndpoint(), PATH, body);
        assertThat(response.statusCode()).isEqualTo(200);
        remaining.add(response.headers().firstValue("x-ms-user-quota-remaining").orElseThrow());
        assertThat(response.headers().firstValue("x-ms-user-quota-resets-after"))
            .hasValue("00:00:05");
      }
      assertThat(remaining).containsExactly("2", "1", "0");

      now.addAndGet(Duration.ofSeconds(2).toNanos());
      HttpResponse<String> throttled = Http.post(limited.armEndpoint(), PATH, body);
      assertThat(throttled.statusCode()).isEqualTo(429);
      assertThat(throttled.headers().firstValue("Retry-After")).hasValue("3");
      assertThat(throttled.headers().firstValue("x-ms-user-quota-resets-after"))
          .hasValue("00:00:03");

      now.addAndGet(Duration.ofSeconds(3).toNanos());
      assertThat(Http.post(limited.armEndpoint(), PATH, body).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void orderAndSkipShapeThePages() {
    String query =
        "resources | where type in~ ('microsoft.compute/virtualmachines') | project id, name"
            + " | order by name desc";
    ObjectNode body = Tenant.MAPPER.createObjectNode();
    body.putArray("subscriptions").add(SUB2);
    body.put("query", query);
    body.putObject("options").put("$skip", 1).put("$top", 2);

    JsonNode page = Http.json(Http.post(azure.armEndpoint(), PATH, body.toString()));

    assertThat(page.get("totalRecords").intValue()).isEqualTo(4);
    assertThat(page.get("data"))
        .extracting(row -> row.get("name").textValue())
        .containsExactly("db-03", "db-02");
  }

  @Test
  void rowsAreServedForResourceGroupScopedQueriesToo() {
    List<JsonNode> rows =
        queryAll(
            azure,
            "resources | where type in~ ('microsoft.compute/virtualmachines') and resourceGroup =~ 'RG-APP'"
                + PROJECT,
            new int[1],
            SUB1);
    assertThat(rows).hasSize(12).allMatch(row -> row.get("id").textValue().startsWith(RG1));
  }
}
