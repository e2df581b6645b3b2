package dev.readiness.azure.implementation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BearerTokenPolicyTest {
  @Test
  void loopbackLiteralsAreLoopback() {
    assertThat(BearerTokenPolicy.isLoopback("127.0.0.1")).isTrue();
    assertThat(BearerTokenPolicy.isLoopback("127.12.0.254")).isTrue();
    assertThat(BearerTokenPolicy.isLoopback("localhost")).isTrue();
    assertThat(BearerTokenPolicy.isLoopback("[::1]")).isTrue();
  }

  @Test
  void otherHostsAndLookalikesAreNot() {
    assertThat(BearerTokenPolicy.isLoopback("management.azure.com")).isFalse();
    assertThat(BearerTokenPolicy.isLoopback("127.0.0.1.contoso.example")).isFalse();
    assertThat(BearerTokenPolicy.isLoopback("localhost.contoso.example")).isFalse();
    assertThat(BearerTokenPolicy.isLoopback("10.0.0.1")).isFalse();
    assertThat(BearerTokenPolicy.isLoopback("127.0.0.256")).isFalse();
  }
}
