package dev.readiness.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.azure.core.credential.TokenCredential;
import com.azure.identity.CredentialUnavailableException;
import dev.readiness.api.ResourceType;
import dev.readiness.api.Snapshot;
import dev.readiness.azure.implementation.FailureClass;
import dev.readiness.testkit.fakeazure.FakeAzure;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/**
 * An endpoint nobody answers at, or a credential that cannot sign in, ends a collection at once
 * with one failure naming the cause, instead of retrying as if throttled. Only loopback is used.
 */
class UnreachableEndpointTest {
  private static final Set<ResourceType> TYPES =
      Set.of(ResourceType.of("Microsoft.Storage/storageAccounts"));

  /** A loopback port that was free a moment ago, so nothing listens on it. */
  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static AzureCloud cloudAt(URI arm, URI graph) {
    return AzureCloud.custom("AzureCloud", arm, graph, arm);
  }

  @Test
  void aClosedPortFailsWithinSecondsNamingTheHostAndIsNotRetried() throws IOException {
    URI closed = URI.create("http://127.0.0.1:" + closedPort() + "/");
    AtomicInteger waits = new AtomicInteger();
    Collector collector =
        Collector.builder()
            .credential(TestCollectors.FAKE_CREDENTIAL)
            .cloud(cloudAt(closed, closed))
            .types(TYPES)
            .listener(
                new CollectionListener() {
                  @Override
                  public void throttled(String scope, Duration wait, String reason) {
                    waits.incrementAndGet();
                  }
                })
            .build();
    long start = System.nanoTime();
    assertThatThrownBy(collector::collect)
        .isInstanceOfSatisfying(
            CollectionException.class,
            failure -> {
              assertThat(failure.reason()).isEqualTo(CollectionException.Reason.UNREACHABLE);
              assertThat(failure.getMessage())
                  .contains("127.0.0.1:" + closed.getPort())
                  .contains("refused")
                  .doesNotContain("IPv6")
                  .doesNotContain("\n");
            });
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    assertThat(waits).as("a refused connection is not waited on as throttling").hasValue(0);
  }

  @Test
  void aOneDigitPortIsAPortNotAnIpv6Literal() {
    // Port 9 (discard) has nobody listening on a test machine; the point is how the URL is read.
    URI discard = URI.create("http://127.0.0.1:9/");
    Collector collector =
        Collector.builder()
            .credential(TestCollectors.FAKE_CREDENTIAL)
            .cloud(cloudAt(discard, discard))
            .types(TYPES)
            .build();
    assertThatThrownBy(collector::collect)
        .isInstanceOf(CollectionException.class)
        .hasMessageContaining("127.0.0.1:9")
        .hasMessageNotContaining("IPv6");
  }

  @Test
  void aCredentialThatCannotSignInFailsOnceWithItsOwnWords() {
    AtomicInteger asked = new AtomicInteger();
    TokenCredential unavailable =
        request -> {
          asked.incrementAndGet();
          return Mono.error(
              new CredentialUnavailableException("No credential in this test can sign in."));
        };
    Snapshot tenant = TestTenant.snapshot();
    try (FakeAzure azure = FakeAzure.builder().snapshot(tenant).unthrottled().start()) {
      Collector collector =
          Collector.builder()
              .credential(unavailable)
              .cloud(cloudAt(azure.armEndpoint(), azure.graphEndpoint()))
              .types(TYPES)
              .build();
      assertThatThrownBy(collector::collect)
          .isInstanceOfSatisfying(
              CollectionException.class,
              failure -> {
                assertThat(failure.reason()).isEqualTo(CollectionException.Reason.SIGN_IN);
                assertThat(failure.getMessage())
                    .isEqualTo("sign-in failed: No credential in this test can sign in.");
              });
      assertThat(azure.requests()).as("no request goes out without a token").isEmpty();
      assertThat(asked).as("the credential is asked once, not once per retry").hasValue(1);
    }
  }

  @Test
  void failuresAreClassedInOnePlace() {
    assertThat(FailureClass.of(429).retryable()).isTrue();
    assertThat(FailureClass.of(503).retryable()).isTrue();
    assertThat(FailureClass.of(401).retryable()).isFalse();
    assertThat(FailureClass.of(403).denial()).isTrue();
    assertThat(FailureClass.of(404)).isEqualTo(FailureClass.NOT_FOUND);
    assertThat(FailureClass.of(400).retryable()).isFalse();
    assertThat(FailureClass.of(new RuntimeException(new java.net.ConnectException("refused"))))
        .isEqualTo(FailureClass.CONNECTION_REFUSED)
        .matches(FailureClass::endpointUnreachable)
        .matches(kind -> !kind.retryable());
    assertThat(FailureClass.of(new RuntimeException(new java.net.UnknownHostException("x.test"))))
        .isEqualTo(FailureClass.UNKNOWN_HOST);
    assertThat(FailureClass.of(new RuntimeException(new javax.net.ssl.SSLHandshakeException("x"))))
        .isEqualTo(FailureClass.TLS);
    assertThat(
            FailureClass.of(
                new RuntimeException(new java.util.concurrent.TimeoutException("slow"))))
        .isEqualTo(FailureClass.TIMEOUT)
        .matches(FailureClass::retryable);
    assertThat(FailureClass.of(new java.io.UncheckedIOException(new java.io.IOException("reset"))))
        .isEqualTo(FailureClass.CONNECTION_BROKEN)
        .matches(FailureClass::retryable);
  }
}
