package dev.readiness.testkit.fakeazure;

import static dev.readiness.testkit.fakeazure.Tenant.SUB1;
import static dev.readiness.testkit.fakeazure.Tenant.VAULT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestLogTest {
  @Test
  void logsEveryRequestWithoutItsToken() {
    try (FakeAzure azure = FakeAzure.builder().snapshot(Tenant.snapshot()).start()) {
      Http.get(azure.armEndpoint(), VAULT + "/keys?api-version=2023-07-01");
      Http.post(
          azure.armEndpoint(),
          ResourceGraphTest.PATH,
          ResourceGraphTest.body("resources | project id", null, SUB1));
      Http.get(azure.graphEndpoint(), "v1.0/users");
      Http.send(
          HttpRequest.newBuilder(Http.resolve(azure.armEndpoint(), VAULT + "?api-version=1"))
              .header("x-ms-authorization-auxiliary", "Bearer " + Http.TOKEN)
              .GET()
              .build());

      List<RecordedRequest> requests = azure.requests();

      assertThat(requests).hasSize(4);
      assertThat(requests.toString()).doesNotContain(Http.TOKEN);
      for (RecordedRequest request : requests) {
        assertThat(request.headers().keySet()).noneMatch(name -> name.contains("authorization"));
        assertThat(request.headers().values().toString()).doesNotContain(Http.TOKEN);
      }
      assertThat(requests)
          .extracting(
              RecordedRequest::service,
              RecordedRequest::method,
              RecordedRequest::bearerToken,
              RecordedRequest::status)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(AzureService.ARM, "GET", true, 200),
              org.assertj.core.groups.Tuple.tuple(AzureService.RESOURCE_GRAPH, "POST", true, 200),
              org.assertj.core.groups.Tuple.tuple(AzureService.GRAPH, "GET", true, 200),
              org.assertj.core.groups.Tuple.tuple(AzureService.ARM, "GET", false, 401));
      assertThat(requests.get(0).path()).isEqualTo(VAULT + "/keys");
      assertThat(requests.get(0).query()).isEqualTo("api-version=2023-07-01");
      assertThat(requests.get(1).body()).contains("resources | project id");
      assertThat(requests.get(0).header("Host")).isPresent();
      assertThat(azure.count("GET")).isEqualTo(3);
      assertThat(azure.count("post")).isEqualTo(1);
      assertThat(azure.count(AzureService.GRAPH)).isEqualTo(1);
    }
  }

  @Test
  void requestsIsAnImmutableCopy() {
    try (FakeAzure azure = FakeAzure.builder().snapshot(Tenant.snapshot()).start()) {
      Http.get(azure.armEndpoint(), VAULT + "?api-version=1");
      List<RecordedRequest> before = azure.requests();
      Http.get(azure.armEndpoint(), VAULT + "?api-version=1");

      assertThat(before).hasSize(1);
      assertThat(azure.requests()).hasSize(2);
      assertThatThrownBy(() -> before.add(before.get(0)))
          .isInstanceOf(UnsupportedOperationException.class);
      azure.clearRequests();
      assertThat(azure.requests()).isEmpty();
    }
  }
}
