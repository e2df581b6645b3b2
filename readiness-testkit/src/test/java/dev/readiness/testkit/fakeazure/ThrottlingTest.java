package dev.readiness.testkit.fakeazure;

import static dev.readiness.testkit.fakeazure.Tenant.SUB1;
import static dev.readiness.testkit.fakeazure.Tenant.SUB2;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ThrottlingTest {
  private static final String READ_SUB1 =
      "/subscriptions/" + SUB1 + "/providers/Microsoft.Compute/virtualMachines?api-version=1";
  private static final String READ_SUB2 =
      "/subscriptions/" + SUB2 + "/providers/Microsoft.Compute/virtualMachines?api-version=1";

  @Test
  void burstDrainsTheBucketThen429WithRetryAfterUntilTokensRefill() {
    AtomicLong now = new AtomicLong(1_000_000_000L);
    try (FakeAzure azure =
        FakeAzure.builder()
            .snapshot(Tenant.snapshot())
            .armThrottling(5, 0.5)
            .ticker(now::get)
            .start()) {
      List<String> remaining = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        HttpResponse<String> response = Http.get(azure.armEndpoint(), READ_SUB1);
        assertThat(response.statusCode()).isEqualTo(200);
        remaining.add(
            response
                .headers()
                .firstValue("x-ms-ratelimit-remaining-subscription-reads")
                .orElseThrow());
      }
      assertThat(remaining).containsExactly("4", "3", "2", "1", "0");

      HttpResponse<String> throttled = Http.get(azure.armEndpoint(), READ_SUB1);
      assertThat(throttled.statusCode()).isEqualTo(429);
      assertThat(throttled.headers().firstValue("Retry-After")).hasValue("2"); // 1 token at 0.5/s
      assertThat(throttled.headers().firstValue("x-ms-ratelimit-remaining-subscription-reads"))
          .hasValue("0");
      assertThat(Http.json(throttled).at("/error/code").textValue())
          .isEqualTo("SubscriptionRequestsThrottled");

      // Another subscription has its own bucket.
      assertThat(Http.get(azure.armEndpoint(), READ_SUB2).statusCode()).isEqualTo(200);

      now.addAndGet(Duration.ofSeconds(2).toNanos());
      HttpResponse<String> refilled = Http.get(azure.armEndpoint(), READ_SUB1);
      assertThat(refilled.statusCode()).isEqualTo(200);
      assertThat(refilled.headers().firstValue("x-ms-ratelimit-remaining-subscription-reads"))
          .hasValue("0");
    }
  }

  @Test
  void tenantLevelReadsHaveTheirOwnBucketAndHeader() {
    try (FakeAzure azure =
        FakeAzure.builder().snapshot(Tenant.snapshot()).armThrottling(3, 0).start()) {
      for (int i = 0; i < 3; i++) {
        Http.get(azure.armEndpoint(), READ_SUB1);
      }
      HttpResponse<String> tenant =
          Http.get(
              azure.armEndpoint(),
              "/providers/microsoft.aadiam/diagnosticSettings?api-version=2017-04-01");

      assertThat(tenant.statusCode()).isEqualTo(200);
      assertThat(tenant.headers().firstValue("x-ms-ratelimit-remaining-tenant-reads"))
          .hasValue("2");
      assertThat(tenant.headers().firstValue("x-ms-ratelimit-remaining-subscription-reads"))
          .isEmpty();
      assertThat(Http.get(azure.armEndpoint(), READ_SUB1).statusCode()).isEqualTo(429);
    }
  }

  @Test
  void unthrottledServerSendsNoThrottlingHeaders() {
    try (FakeAzure azure = FakeAzure.builder().snapshot(Tenant.snapshot()).unthrottled().start()) {
      HttpResponse<String> response = Http.get(azure.armEndpoint(), READ_SUB1);
      assertThat(response.headers().firstValue("x-ms-ratelimit-remaining-subscription-reads"))
          .isEmpty();
    }
  }
}
