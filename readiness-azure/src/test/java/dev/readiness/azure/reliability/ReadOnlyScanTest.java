package dev.readiness.azure.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.Snapshot;
import dev.readiness.rules.BuiltInRules;
import dev.readiness.testkit.fakeazure.AzureService;
import dev.readiness.testkit.fakeazure.FakeAzure;
import dev.readiness.testkit.fakeazure.RecordedRequest;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * A full live scan with every built-in rule selected sends only GET requests, and POSTs only to the
 * Resource Graph query endpoint.
 */
class ReadOnlyScanTest {
  private static final String RESOURCE_GRAPH_QUERY = "/providers/Microsoft.ResourceGraph/resources";

  @Test
  void everyRequestOfAFullScanIsAReadOrAResourceGraphQuery() {
    assertThat(LiveScan.ENGINE.rules()).hasSameSizeAs(BuiltInRules.all());
    Snapshot served = LiveScan.tenant();
    List<RecordedRequest> requests;
    try (FakeAzure azure = LiveScan.fake(served).unthrottled().start()) {
      LiveScan.collect(azure, UnaryOperator.identity());
      requests = azure.requests();
    }

    assertThat(requests)
        .as("requests that are neither a GET nor a Resource Graph query")
        .filteredOn(r -> !isRead(r))
        .isEmpty();
    // The scan reached every service it reads, so the check above covered them all.
    assertThat(requests)
        .extracting(RecordedRequest::service)
        .contains(AzureService.ARM, AzureService.RESOURCE_GRAPH, AzureService.GRAPH);
    assertThat(requests).filteredOn(r -> r.method().equals("POST")).isNotEmpty();
  }

  private static boolean isRead(RecordedRequest request) {
    return request.method().equals("GET")
        || request.method().equals("POST")
            && request.service() == AzureService.RESOURCE_GRAPH
            && request.path().equalsIgnoreCase(RESOURCE_GRAPH_QUERY);
  }
}
