package dev.readiness.testkit.fakeazure;

import static dev.readiness.testkit.fakeazure.Tenant.RG1;
import static dev.readiness.testkit.fakeazure.Tenant.SUB1;
import static dev.readiness.testkit.fakeazure.Tenant.SUB2;
import static dev.readiness.testkit.fakeazure.Tenant.VAULT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class FaultTest {
  private static final String KEYS = VAULT + "/keys?api-version=2023-07-01";
  private static final String VM = RG1 + "/providers/Microsoft.Compute/virtualMachines/vm-01";

  private static FakeAzure serve(Fault... faults) {
    FakeAzure.Builder builder = FakeAzure.builder().snapshot(Tenant.snapshot()).unthrottled();
    for (Fault fault : faults) {
      builder.fault(fault);
    }
    return builder.start();
  }

  private static int status(FakeAzure azure, String path) {
    return Http.get(azure.armEndpoint(), path).statusCode();
  }

  @Test
  void serverErrorsForTheFirstSelectedRequestsOnly() {
    try (FakeAzure azure =
        serve(Fault.serverError(503).onType("Microsoft.KeyVault/vaults/keys").times(2))) {
      HttpResponse<String> first = Http.get(azure.armEndpoint(), KEYS);

      assertThat(first.statusCode()).isEqualTo(503);
      assertThat(Http.json(first).at("/error/code").textValue()).isEqualTo("ServiceUnavailable");
      assertThat(status(azure, VM + "?api-version=1")).as("other types").isEqualTo(200);
      assertThat(status(azure, KEYS)).isEqualTo(503);
      assertThat(status(azure, KEYS)).isEqualTo(200);
    }
  }

  @Test
  void throttlingStormsWithAndWithoutRetryAfter() {
    try (FakeAzure azure =
        serve(
            Fault.throttled(Duration.ofSeconds(7)).onPath("/keys$").times(3),
            Fault.throttledWithoutRetryAfter().on(AzureService.GRAPH))) {
      for (int i = 0; i < 3; i++) {
        HttpResponse<String> response = Http.get(azure.armEndpoint(), KEYS);
        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("7");
      }
      assertThat(status(azure, KEYS)).isEqualTo(200);

      HttpResponse<String> graph = Http.get(azure.graphEndpoint(), "v1.0/users");
      assertThat(graph.statusCode()).isEqualTo(429);
      assertThat(graph.headers().firstValue("Retry-After")).isEmpty();
    }
  }

  @Test
  void delayedAnswersArriveNoSoonerThanTheDelay() {
    try (FakeAzure azure = serve(Fault.delay(Duration.ofMillis(300)).onPath("/keys"))) {
      long start = System.nanoTime();
      int status = status(azure, KEYS);
      long elapsed = System.nanoTime() - start;

      assertThat(status).isEqualTo(200);
      assertThat(Duration.ofNanos(elapsed)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }
  }

  @Test
  void delaysAddUpAndTheFirstOtherFaultDecides() {
    try (FakeAzure azure =
        serve(
            Fault.delay(Duration.ofMillis(150)).onPath("/keys"),
            Fault.delay(Duration.ofMillis(150)).onPath("/keys"),
            Fault.serverError(502).onPath("/keys"),
            Fault.serverError(503).onPath("/keys"))) {
      long start = System.nanoTime();
      int status = status(azure, KEYS);
      long elapsed = System.nanoTime() - start;

      assertThat(status).isEqualTo(502);
      assertThat(Duration.ofNanos(elapsed)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }
  }

  @Test
  void connectionResetClosesWithoutAnswer() {
    // Always reset: HTTP clients may retry an idempotent GET once on a dropped connection.
    try (FakeAzure azure = serve(Fault.connectionReset().onResource(VM))) {
      assertThatThrownBy(() -> Http.get(azure.armEndpoint(), VM + "?api-version=1"))
          .hasCauseInstanceOf(IOException.class);
      String other = RG1 + "/providers/Microsoft.Compute/virtualMachines/vm-02";
      assertThat(status(azure, other + "?api-version=1")).isEqualTo(200);

      assertThat(azure.requests())
          .filteredOn(request -> request.path().equals(VM))
          .isNotEmpty()
          .allMatch(RecordedRequest::wasReset);
    }
  }

  @Test
  void truncatedAndMalformedBodiesAreNotJson() {
    try (FakeAzure azure =
            serve(
                Fault.truncatedBody().onPath("/keys$"), Fault.malformedBody().onPath("/tables$"));
        FakeAzure healthy = serve()) {
      HttpResponse<String> truncated = Http.get(azure.armEndpoint(), KEYS);
      HttpResponse<String> malformed =
          Http.get(azure.armEndpoint(), Tenant.WORKSPACE + "/tables?api-version=1");
      String whole = Http.get(healthy.armEndpoint(), KEYS).body();

      assertThat(truncated.statusCode()).isEqualTo(200);
      assertThat(whole).startsWith(truncated.body());
      assertThat(truncated.body().length()).isEqualTo(whole.length() / 2);
      assertThat(malformed.statusCode()).isEqualTo(200);
      for (HttpResponse<String> broken : List.of(truncated, malformed)) {
        assertThatThrownBy(() -> Tenant.MAPPER.readTree(broken.body()))
            .isInstanceOf(JsonProcessingException.class);
      }
    }
  }

  @Test
  void itemQuirksRespellTheIdsOfListsAndSingleReads() {
    try (FakeAzure azure =
            serve(
                Fault.idsWithoutLeadingSlash().onPath("/keys$"),
                Fault.idsInAnotherSubscription().onResource(VM),
                Fault.itemsWithoutId().onPath("/tables$"));
        FakeAzure healthy = serve()) {
      JsonNode key = Http.json(Http.get(azure.armEndpoint(), KEYS)).at("/value/0");
      JsonNode healthyKey = Http.json(Http.get(healthy.armEndpoint(), KEYS)).at("/value/0");
      JsonNode vm = Http.json(Http.get(azure.armEndpoint(), VM + "?api-version=1"));
      JsonNode table =
          Http.json(Http.get(azure.armEndpoint(), Tenant.WORKSPACE + "/tables?api-version=1"))
              .at("/value/0");

      assertThat(key.get("id").textValue())
          .isEqualTo(healthyKey.get("id").textValue().substring(1));
      assertThat(vm.get("id").textValue()).isEqualTo(VM.replace(SUB1, Fault.ANOTHER_SUBSCRIPTION));
      assertThat(table.has("id")).isFalse();
      assertThat(table.has("name")).isFalse();
      assertThat(table.has("properties")).isTrue();
    }
  }

  @Test
  void endlessArmPagingRepeatsTheSameNextLink() {
    try (FakeAzure azure = serve(Fault.endlessPaging().onPath("/keys$"))) {
      assertRepeats(
          Http.get(azure.armEndpoint(), KEYS),
          page -> Http.getAbsolute(page.get("nextLink").textValue()),
          "nextLink");
    }
  }

  @Test
  void endlessGraphPagingRepeatsTheSameNextLink() {
    try (FakeAzure azure = serve(Fault.endlessPaging().on(AzureService.GRAPH))) {
      assertRepeats(
          Http.get(azure.graphEndpoint(), "v1.0/users"),
          page -> Http.getAbsolute(page.get("@odata.nextLink").textValue()),
          "@odata.nextLink");
    }
  }

  @Test
  void endlessResourceGraphPagingRepeatsTheSameSkipToken() {
    String query = "resources | where type in~ ('microsoft.compute/virtualmachines') | project id";
    try (FakeAzure azure = serve(Fault.endlessPaging().on(AzureService.RESOURCE_GRAPH))) {
      assertRepeats(
          Http.post(
              azure.armEndpoint(),
              ResourceGraphTest.PATH,
              ResourceGraphTest.body(query, null, SUB2)),
          page ->
              Http.post(
                  azure.armEndpoint(),
                  ResourceGraphTest.PATH,
                  ResourceGraphTest.body(query, page.get("$skipToken").textValue(), SUB2)),
          "$skipToken");
    }
  }

  /** Follows a list five times and checks the continuation and the page never change. */
  private static void assertRepeats(
      HttpResponse<String> first, Function<JsonNode, HttpResponse<String>> follow, String field) {
    List<String> links = new ArrayList<>();
    List<JsonNode> pages = new ArrayList<>();
    HttpResponse<String> response = first;
    for (int i = 0; i < 5; i++) {
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      JsonNode page = Http.json(response);
      assertThat(page.has(field)).as("page %d has %s", i, field).isTrue();
      links.add(page.get(field).textValue());
      pages.add(page.has("data") ? page.get("data") : page.get("value"));
      response = follow.apply(page);
    }
    assertThat(links).containsOnly(links.get(0));
    assertThat(pages).containsOnly(pages.get(0));
  }

  @Test
  void notFoundForAChosenResource() {
    try (FakeAzure azure = serve(Fault.notFound().onResource(VM))) {
      HttpResponse<String> response = Http.get(azure.armEndpoint(), VM + "?api-version=1");

      assertThat(response.statusCode()).isEqualTo(404);
      assertThat(Http.json(response).at("/error/code").textValue()).isEqualTo("ResourceNotFound");
      assertThat(
              status(
                  azure, RG1 + "/providers/Microsoft.Compute/virtualMachines/vm-02?api-version=1"))
          .isEqualTo(200);
    }
  }

  @Test
  void forbiddenForChosenScopesAndTypes() {
    try (FakeAzure azure =
        serve(
            Fault.forbidden().onScope("/subscriptions/" + SUB2),
            Fault.forbidden().onType("microsoft.graph/users"))) {
      HttpResponse<String> denied =
          Http.get(
              azure.armEndpoint(),
              "/subscriptions/"
                  + SUB2
                  + "/providers/Microsoft.Compute/virtualMachines?api-version=1");
      HttpResponse<String> graph = Http.get(azure.graphEndpoint(), "v1.0/users");

      assertThat(denied.statusCode()).isEqualTo(403);
      assertThat(Http.json(denied).at("/error/message").textValue())
          .contains("'Microsoft.Compute/virtualMachines/read'", "'/subscriptions/" + SUB2 + "'");
      assertThat(
              status(
                  azure,
                  "/subscriptions/"
                      + SUB1
                      + "/providers/Microsoft.Compute/virtualMachines?api-version=1"))
          .isEqualTo(200);
      assertThat(graph.statusCode()).isEqualTo(403);
      assertThat(Http.json(graph).at("/error/code").textValue())
          .isEqualTo("Authorization_RequestDenied");
    }
  }

  @Test
  void aSeededFractionFailsTheSameRequestsEveryRun() {
    List<List<Integer>> runs = new ArrayList<>();
    for (int run = 0; run < 2; run++) {
      try (FakeAzure azure = serve(Fault.serverError(500).fraction(0.5))) {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
          statuses.add(status(azure, VM + "?api-version=1"));
        }
        runs.add(statuses);
      }
    }
    assertThat(runs.get(0)).isEqualTo(runs.get(1)).contains(200, 500);
  }

  @Test
  void faultsRefuseNonsense() {
    assertThatThrownBy(() -> Fault.serverError(404))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("between 500 and 599");
    assertThatThrownBy(() -> Fault.connectionReset().times(0))
        .hasMessageContaining("'count' must be at least 1");
    assertThatThrownBy(() -> Fault.malformedBody().fraction(1.5))
        .hasMessageContaining("'share' must be in (0, 1]");
    assertThatThrownBy(() -> Fault.forbidden().onScope("subscriptions/x"))
        .hasMessageContaining("must start with '/'");
  }
}
