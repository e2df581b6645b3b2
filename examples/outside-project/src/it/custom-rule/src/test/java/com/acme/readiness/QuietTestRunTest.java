package com.acme.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ServiceLoader;
import org.slf4j.spi.SLF4JServiceProvider;

import org.junit.jupiter.api.Test;

/**
 * SLF4J prints its "No SLF4J providers were found" warning exactly when no provider is on the class
 * path; the testkit brings one, so a project that only imports the BOM runs its tests quietly.
 */
class QuietTestRunTest {
  @Test
  void theTestClassPathHasExactlyOneLoggingProvider() {
    assertThat(ServiceLoader.load(SLF4JServiceProvider.class).stream()).hasSize(1);
  }
}
