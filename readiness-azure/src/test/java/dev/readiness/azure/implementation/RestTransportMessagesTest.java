package dev.readiness.azure.implementation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** A failed call is described in plain words, never by the HTTP client's exception classes. */
class RestTransportMessagesTest {
  /** Named like the HTTP client's own, which lives in a library the collector does not import. */
  private static final class PrematureCloseException extends IOException {
    PrematureCloseException() {
      super("Connection prematurely closed BEFORE response");
    }
  }

  @Test
  void aConnectionClosedEarlyIsNamedSo() {
    String described =
        RestTransport.describe(new UncheckedIOException(new PrematureCloseException()));
    assertThat(described)
        .isEqualTo("the connection closed before the answer")
        .doesNotContain("Exception");
  }

  @Test
  void aTimeoutIsNamedSo() {
    assertThat(
            RestTransport.describe(
                new RuntimeException(
                    new TimeoutException("Channel response timed out after 400 milliseconds."))))
        .isEqualTo("no answer within the request timeout");
  }

  @Test
  void connectingFailuresKeepTheirDetail() {
    assertThat(RestTransport.describe(new RuntimeException(new UnknownHostException("arm.test"))))
        .isEqualTo("the host name could not be resolved (arm.test)");
    assertThat(
            RestTransport.describe(
                new RuntimeException(new ConnectException("Connection refused"))))
        .isEqualTo("the connection was refused (Connection refused)");
  }

  @Test
  void anythingElseSaysTheCallFailed() {
    assertThat(RestTransport.describe(new IllegalStateException("pipeline closed")))
        .isEqualTo("the call failed (pipeline closed)");
    assertThat(RestTransport.describe(new IllegalStateException())).isEqualTo("the call failed");
  }
}
