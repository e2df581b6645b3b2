package dev.readiness.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.Snapshot;
import dev.readiness.api.format.SnapshotReader;
import dev.readiness.testkit.fakeazure.AzureService;
import dev.readiness.testkit.fakeazure.FakeAzure;
import dev.readiness.testkit.fakeazure.Fault;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The example of docs/fake-azure.md, with one call standing for the code under test. */
class FakeAzureSnippetTest {
  @Test
  void startsAFakeAzureOnLoopbackAndRecordsWhatItServed() throws Exception {
    // snippet: start
    Snapshot snapshot = SnapshotReader.read(Path.of("src/test/resources/tenant.json"));
    try (FakeAzure azure =
        FakeAzure.builder()
            .snapshot(snapshot)
            .pageSize(5) // small pages, so every client pages
            .fault(Fault.serverError(503).onType("Microsoft.Insights/diagnosticSettings").times(2))
            .start()) {
      URI arm = azure.armEndpoint(); // stands for https://management.azure.com/
      URI graph = azure.graphEndpoint(); // stands for https://graph.microsoft.com/
      // ... point the code under test at these endpoints, with any bearer token ...
      codeUnderTest(arm, graph);
      assertThat(azure.requests())
          .allMatch(r -> r.method().equals("GET") || r.service() == AzureService.RESOURCE_GRAPH);
    }
    // end-snippet
  }

  /** Stands for the code under test: lists the subscriptions the fake serves. */
  private static void codeUnderTest(URI arm, URI graph) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(arm.resolve("subscriptions?api-version=2022-12-01"))
            .header("Authorization", "Bearer test-token")
            .build();
    HttpResponse<String> answer =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).contains("00000000-0000-0000-0001-000000000001");
    assertThat(graph.getHost()).isEqualTo(arm.getHost());
  }
}
