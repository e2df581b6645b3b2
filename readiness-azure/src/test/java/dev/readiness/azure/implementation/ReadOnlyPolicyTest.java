package dev.readiness.azure.implementation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.azure.core.credential.AccessToken;
import com.azure.core.http.HttpClient;
import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpPipeline;
import com.azure.core.http.HttpPipelineBuilder;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.util.Context;
import dev.readiness.api.Snapshot;
import dev.readiness.api.SnapshotMetadata;
import dev.readiness.testkit.fakeazure.FakeAzure;
import java.net.URI;
import java.net.URL;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.core.publisher.Mono;

/** The read-only and token policies in a real pipeline, against a real loopback server. */
class ReadOnlyPolicyTest {
  private static final String SUB = "00000000-0000-0000-0000-000000000001";
  private static final Snapshot EMPTY =
      Snapshot.builder(
              SnapshotMetadata.of(
                  "00000000-0000-0000-0000-0000000000aa", List.of(SUB), Instant.EPOCH))
          .build();

  private final AtomicInteger tokensIssued = new AtomicInteger();

  private HttpPipeline pipeline() {
    return new HttpPipelineBuilder()
        .httpClient(HttpClient.createDefault())
        .policies(
            new ReadOnlyPolicy(),
            new BearerTokenPolicy(
                request -> {
                  tokensIssued.incrementAndGet();
                  return Mono.just(
                      new AccessToken("fake-token", OffsetDateTime.now().plusHours(1)));
                },
                "https://management.azure.com/.default"))
        .build();
  }

  private static URL url(FakeAzure azure, String pathAndQuery) throws Exception {
    return URI.create(azure.armEndpoint().toString().replaceAll("/$", "") + pathAndQuery).toURL();
  }

  @ParameterizedTest
  @EnumSource(
      value = HttpMethod.class,
      names = {"PUT", "PATCH", "DELETE", "POST"})
  void writesNeverLeaveTheProcess(HttpMethod method) throws Exception {
    try (FakeAzure azure = FakeAzure.builder().snapshot(EMPTY).start()) {
      HttpRequest request =
          new HttpRequest(
              method,
              url(azure, "/subscriptions/" + SUB + "/resourceGroups/rg?api-version=2022-09-01"));

      assertThatThrownBy(() -> pipeline().sendSync(request, Context.NONE))
          .isInstanceOf(ReadOnlyViolationException.class)
          .hasMessageContaining("Refused " + method);
      assertThat(azure.requests()).isEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"listKeys", "listSecrets", "ListConnectionStrings", "listAccountSas"})
  void secretActionsAreRefusedWhateverTheMethod(String action) throws Exception {
    try (FakeAzure azure = FakeAzure.builder().snapshot(EMPTY).start()) {
      String path =
          "/subscriptions/"
              + SUB
              + "/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st/"
              + action
              + "?api-version=2023-05-01";
      for (HttpMethod method : List.of(HttpMethod.GET, HttpMethod.POST)) {
        assertThatThrownBy(
                () -> pipeline().sendSync(new HttpRequest(method, url(azure, path)), Context.NONE))
            .isInstanceOf(ReadOnlyViolationException.class);
      }
      assertThat(azure.requests()).isEmpty();
    }
  }

  @Test
  void readsAndResourceGraphQueriesGoThroughWithAToken() throws Exception {
    try (FakeAzure azure = FakeAzure.builder().snapshot(EMPTY).start()) {
      try (HttpResponse list =
          pipeline()
              .sendSync(
                  new HttpRequest(
                      HttpMethod.GET, url(azure, "/subscriptions?api-version=2022-12-01")),
                  Context.NONE)) {
        assertThat(list.getStatusCode()).isEqualTo(200);
      }
      HttpRequest query =
          new HttpRequest(
                  HttpMethod.POST,
                  url(azure, "/providers/Microsoft.ResourceGraph/resources?api-version=2022-10-01"))
              .setHeader(com.azure.core.http.HttpHeaderName.CONTENT_TYPE, "application/json")
              .setBody(
                  "{\"subscriptions\":[\"" + SUB + "\"],\"query\":\"resources | project id\"}");
      try (HttpResponse answer = pipeline().sendSync(query, Context.NONE)) {
        assertThat(answer.getStatusCode()).isEqualTo(200);
      }
      assertThat(azure.requests()).hasSize(2).allMatch(r -> r.bearerToken());
    }
  }

  @Test
  void tokensAreNeverSentOverPlainHttpToARemoteHost() throws Exception {
    HttpRequest request =
        new HttpRequest(
            HttpMethod.GET,
            URI.create("http://management.contoso.example/subscriptions?api-version=2022-12-01")
                .toURL());

    assertThatThrownBy(() -> pipeline().sendSync(request, Context.NONE))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("tokens go only over https");
    assertThat(tokensIssued).hasValue(0);
  }
}
