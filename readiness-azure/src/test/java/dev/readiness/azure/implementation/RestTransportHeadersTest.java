package dev.readiness.azure.implementation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RestTransportHeadersTest {
  @Test
  void resourceGraphQuotaResetIsHoursMinutesSeconds() {
    assertThat(RestTransport.parseHms("00:00:03")).isEqualTo(Duration.ofSeconds(3));
    assertThat(RestTransport.parseHms("01:02:03")).isEqualTo(Duration.ofSeconds(3723));
    assertThat(RestTransport.parseHms("00:00:04.5")).isEqualTo(Duration.ofSeconds(4));
  }

  @Test
  void anUnreadableResetWaitsOneSecond() {
    assertThat(RestTransport.parseHms("soon")).isEqualTo(Duration.ofSeconds(1));
  }
}
