package dev.readiness.examples.customrule;

import static dev.readiness.testkit.ReadinessAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.Engine;
import dev.readiness.api.Report;
import dev.readiness.api.RuleMetadata;
import dev.readiness.testkit.fixtures.Tenant;
import org.junit.jupiter.api.Test;

class ServiceLoaderTest {
  @Test
  void theEngineFindsTheRuleOnTheClassPathWithoutCodeChanges() {
    Tenant tenant = Tenant.create();
    tenant.subscription("prod").resourceGroup("rg-data").storageAccount("stscratch");

    Engine engine =
        Engine.builder().addServiceLoaderRules(ServiceLoaderTest.class.getClassLoader()).build();
    Report report = engine.evaluate(tenant.snapshot());

    assertThat(engine.ruleMetadata()).extracting(RuleMetadata::id).containsExactly("ACME-TAG-01");
    assertThat(report).hasFail("ACME-TAG-01", "stscratch").withEvidenceAt("/tags/data-owner");
  }
}
