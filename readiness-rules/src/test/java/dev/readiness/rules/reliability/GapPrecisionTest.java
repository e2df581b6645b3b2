package dev.readiness.rules.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.Engine;
import dev.readiness.api.Finding;
import dev.readiness.api.Report;
import dev.readiness.api.Status;
import dev.readiness.rules.BuiltInRules;
import dev.readiness.testkit.fixtures.LogAnalyticsWorkspace;
import dev.readiness.testkit.fixtures.ResourceGroup;
import dev.readiness.testkit.fixtures.Tenant;
import org.junit.jupiter.api.Test;

/**
 * A gap turns UNKNOWN exactly the findings that could have changed had the data been there: a
 * snapshot that holds some types and not others (an export of one kind of resource, a denied
 * provider) still decides everything that never needed the missing types.
 */
class GapPrecisionTest {
  @Test
  void keyVaultsAreJudgedWhenTheSqlTypesTheSameRuleReadsWereNeverCollected() {
    // As a PSRule export of key vaults and their settings holds it: no SQL type at all.
    Tenant tenant = Tenant.create();
    ResourceGroup group = tenant.subscription("prod").resourceGroup("rg-sec");
    LogAnalyticsWorkspace workspace = group.logAnalyticsWorkspace("law-sec");
    group.keyVault("kv-logged").diagnosticSetting("to-law").audit().toWorkspace(workspace);
    group.keyVault("kv-silent");

    Report report = evaluate("FR-LOG-03", tenant);

    assertThat(report.findings())
        .filteredOn(f -> f.target().name().startsWith("kv-"))
        .extracting(f -> f.target().name() + " " + f.status())
        .containsExactly("kv-logged PASS", "kv-silent FAIL");
    // The databases nobody listed are not forgotten: one UNKNOWN says so.
    assertThat(report.findings())
        .filteredOn(f -> f.status() == Status.UNKNOWN)
        .extracting(Finding::message)
        .anySatisfy(message -> assertThat(message).contains("Microsoft.Sql/servers/databases"));
  }

  @Test
  void aVirtualMachineWithoutExtensionsIsJudgedWhenArcMachineExtensionsWereNotCollected() {
    Tenant tenant = Tenant.create();
    tenant.subscription("prod").resourceGroup("rg-app").virtualMachine("vm-bare");
    tenant.collected(
        "Microsoft.Compute/virtualMachines/extensions",
        "Microsoft.Compute/virtualMachineScaleSets",
        "Microsoft.Insights/dataCollectionRuleAssociations",
        "Microsoft.Insights/dataCollectionRules");

    Report report = evaluate("FR-LOG-04", tenant);

    assertThat(report.findings())
        .filteredOn(f -> f.target().name().equals("vm-bare"))
        .extracting(Finding::status)
        .containsExactly(Status.FAIL);
  }

  private static Report evaluate(String ruleId, Tenant tenant) {
    return Engine.builder()
        .addRules(BuiltInRules.all())
        .include(ruleId)
        .build()
        .evaluate(tenant.snapshot());
  }
}
