package com.acme.readiness;

import static dev.readiness.testkit.ReadinessAssertions.assertThat;

import dev.readiness.api.Engine;
import dev.readiness.api.Report;
import dev.readiness.testkit.fixtures.Tenant;
import org.junit.jupiter.api.Test;

/** The services file of this project registers the rule, as docs/custom-rules.md says. */
class ServiceLoaderTest {
  @Test
  void theEngineFindsTheRuleThroughItsServicesFile() {
    Tenant tenant = Tenant.create();
    tenant.subscription("prod").resourceGroup("rg-data").storageAccount("stscratch");

    Report report =
        Engine.builder()
            .addServiceLoaderRules(ServiceLoaderTest.class.getClassLoader())
            .build()
            .evaluate(tenant.snapshot());

    assertThat(report).hasFail("ACME-TAG-01", "stscratch");
  }
}
