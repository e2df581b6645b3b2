package dev.readiness.testkit.fakeazure;

import static dev.readiness.testkit.fakeazure.Tenant.RG1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ServerTest {
  @Test
  void bindsToLoopbackOnly() throws IOException {
    try (FakeAzure azure = FakeAzure.builder().snapshot(Tenant.snapshot()).start()) {
      for (URI endpoint :
          List.of(azure.armEndpoint(), azure.graphEndpoint(), azure.keyVaultEndpoint())) {
        assertThat(InetAddress.getByName(endpoint.getHost()).isLoopbackAddress()).isTrue();
        Optional<InetAddress> external = externalAddress();
        if (external.isPresent()) {
          assertThatThrownBy(
                  () -> {
                    try (Socket socket = new Socket()) {
                      socket.connect(
                          new InetSocketAddress(external.get(), endpoint.getPort()), 2000);
                    }
                  })
              .isInstanceOf(IOException.class);
        }
      }
      assertThat(azure.armEndpoint().getPort())
          .isNotEqualTo(azure.graphEndpoint().getPort())
          .isNotEqualTo(azure.keyVaultEndpoint().getPort());
    }
  }

  /** A non-loopback address of this machine, if it has one. */
  private static Optional<InetAddress> externalAddress() throws IOException {
    for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      if (nic.isUp() && !nic.isLoopback()) {
        for (InetAddress address : Collections.list(nic.getInetAddresses())) {
          if (address instanceof Inet4Address) {
            return Optional.of(address);
          }
        }
      }
    }
    return Optional.empty();
  }

  @Test
  void answersManyParallelRequests() {
    try (FakeAzure azure =
        FakeAzure.builder()
            .snapshot(Tenant.snapshot())
            .unthrottled()
            .latency(Duration.ofMillis(20))
            .start()) {
      List<CompletableFuture<HttpResponse<String>>> futures =
          IntStream.range(0, 400)
              .mapToObj(
                  i ->
                      Http.CLIENT.sendAsync(
                          Http.request(
                                  Http.resolve(
                                      azure.armEndpoint(),
                                      RG1
                                          + "/providers/Microsoft.Compute/virtualMachines/vm-"
                                          + String.format("%02d", i % 12 + 1)
                                          + "?api-version=1"))
                              .build(),
                          HttpResponse.BodyHandlers.ofString()))
              .toList();

      assertThat(futures).allSatisfy(f -> assertThat(f.join().statusCode()).isEqualTo(200));
      assertThat(azure.requests()).hasSize(400);
    }
  }

  @Test
  void builderRefusesMisconfiguration() {
    assertThatThrownBy(() -> FakeAzure.builder().start())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'snapshot'");
    assertThatThrownBy(() -> FakeAzure.builder().pageSize(0))
        .hasMessage("'pageSize' must be at least 1, not 0.");
    assertThatThrownBy(() -> FakeAzure.builder().resourceGraphPageSize(1001))
        .hasMessage("'rows' must be at most 1000, not 1001.");
    assertThatThrownBy(() -> FakeAzure.builder().armThrottling(250, -1))
        .hasMessageContaining("'refillPerSecond'");
    assertThatThrownBy(() -> FakeAzure.builder().latency(Duration.ofMillis(-1)))
        .hasMessageContaining("cannot be negative");
  }
}
