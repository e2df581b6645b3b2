package dev.readiness.azure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.Engine;
import dev.readiness.api.Finding;
import dev.readiness.api.Report;
import dev.readiness.api.Snapshot;
import dev.readiness.api.Status;
import dev.readiness.rules.BuiltInRules;
import dev.readiness.testkit.fakeazure.FakeAzure;
import dev.readiness.testkit.fixtures.GenericResource;
import dev.readiness.testkit.fixtures.LogAnalyticsWorkspace;
import dev.readiness.testkit.fixtures.ResourceGroup;
import dev.readiness.testkit.fixtures.Tenant;
import org.junit.jupiter.api.Test;

/**
 * A deployment slot serves code and traffic like its site, so the collector reads its diagnostic
 * settings and FR-LOG-03 judges them.
 */
class SlotDiagnosticSettingsCollectionTest {

  @Test
  void aSlotsDiagnosticSettingsAreReadAndJudged() {
    Tenant tenant = Tenant.create();
    ResourceGroup group = tenant.subscription("prod").resourceGroup("rg-web");
    LogAnalyticsWorkspace workspace = group.logAnalyticsWorkspace("law-central");
    GenericResource site = group.resource("Microsoft.Web/sites", "app-shop").kind("app");
    site.child("slots", "staging")
        .kind("app")
        .diagnosticSetting("to-law")
        .allLogs()
        .toWorkspace(workspace);
    Snapshot served = tenant.snapshot();
    Engine engine =
        Engine.builder()
            .addRules(
                BuiltInRules.all().stream()
                    .filter(r -> r.metadata().id().equals("FR-LOG-03"))
                    .toList())
            .build();

    try (FakeAzure azure = FakeAzure.builder().snapshot(served).unthrottled().start()) {
      Snapshot collected = TestCollectors.against(azure, engine.typesToCollect()).build().collect();

      assertThat(azure.requests())
          .anyMatch(
              r ->
                  r.path()
                      .endsWith(
                          "/sites/app-shop/slots/staging/providers/Microsoft.Insights/"
                              + "diagnosticSettings"));
      Report report = engine.evaluate(collected);
      assertThat(finding(report, "staging").status()).isEqualTo(Status.PASS);
      assertThat(finding(report, "app-shop").status()).isEqualTo(Status.FAIL);
    }
  }

  private static Finding finding(Report report, String name) {
    return report.findings().stream()
        .filter(f -> f.target().id().name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no FR-LOG-03 finding on " + name));
  }
}
