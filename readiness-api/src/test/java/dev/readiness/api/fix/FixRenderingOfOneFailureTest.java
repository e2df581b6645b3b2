package dev.readiness.api.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.api.ArmChange;
import dev.readiness.api.Evidence;
import dev.readiness.api.Finding;
import dev.readiness.api.Fix;
import dev.readiness.api.FixParameter;
import dev.readiness.api.HumanStep;
import dev.readiness.api.Remediation;
import dev.readiness.api.ResourceId;
import dev.readiness.api.ResourceType;
import dev.readiness.api.Severity;
import dev.readiness.api.Status;
import dev.readiness.api.Target;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FixRenderingOfOneFailureTest {
  private static final String VAULT =
      "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-app"
          + "/providers/Microsoft.KeyVault/vaults/kv-orders";
  private static final FixParameter WORKSPACE =
      new FixParameter("workspaceId", "The workspace.", "/ws/default");

  private static Finding finding(Status status, Fix fix) {
    return new Finding(
        "FR-TEST-01",
        status,
        Severity.HIGH,
        new Target(
            ResourceId.parse(VAULT), "kv-orders", ResourceType.of("Microsoft.KeyVault/vaults")),
        "It's not exported.",
        List.of(Evidence.absent(ResourceId.parse(VAULT), "nothing", "something")),
        Remediation.of("Do it.", "az it"),
        fix);
  }

  @Test
  void anArmFixRendersAsPortalStepsScriptBicepAndRequestsOfItsOwnResource() {
    Fix fix =
        Fix.of(
            ArmChange.put(
                VAULT + "/providers/Microsoft.Insights/diagnosticSettings/readiness-export",
                "Microsoft.Insights/diagnosticSettings",
                "2021-05-01-preview",
                Map.of(
                    "properties",
                    Map.of(
                        "logs",
                        List.of(Map.of("category", "AuditEvent", "enabled", true)),
                        "workspaceId",
                        WORKSPACE)),
                "Export kv-orders's AuditEvent logs."),
            new HumanStep("Confirm the retention.", "the log owner"));

    List<FixRendering> renderings = FixRendering.of(finding(Status.FAIL, fix));

    assertThat(renderings)
        .extracting(FixRendering::title)
        .containsExactly("Portal", "az CLI (fix.sh)", FixRendering.BICEP, "ARM requests");
    assertThat(renderings.get(0).text())
        .isEqualTo(
            "1. Export kv-orders's AuditEvent logs.\n"
                + "2. Confirm the retention. (needs a person: the log owner)\n");
    assertThat(renderings.get(1).text()).contains(VAULT).contains("AuditEvent");
    assertThat(renderings.get(2).text())
        .startsWith("// main.bicep\ntargetScope = 'subscription'\n")
        .contains("param workspaceId string = '/ws/default'")
        .contains("module change1 'changes/01.bicep' = {")
        .contains("\n// changes/01.bicep\n// readiness-fix-1, FR-TEST-01: ")
        .contains(
            "resource target 'Microsoft.KeyVault/vaults@2023-07-01' existing = {\n"
                + "  name: 'kv-orders'\n}")
        .contains("  scope: target\n  name: 'readiness-export'\n")
        .contains("    workspaceId: workspaceId\n");
    assertThat(renderings.get(3).text())
        .startsWith(
            "# Export kv-orders's AuditEvent logs.\nPUT https://management.azure.com"
                + VAULT
                + "/providers/Microsoft.Insights/diagnosticSettings/readiness-export"
                + "?api-version=2021-05-01-preview\n{\n")
        .contains("\"category\" : \"AuditEvent\"")
        .contains("\"workspaceId\" : \"{workspaceId}\"")
        .endsWith("}\n");
    assertThat(renderings).allMatch(r -> r.text().endsWith("\n"));
  }

  @Test
  void aPersonsActIsOnlyPortalStepsAndOnlyAFailureHasAFixToRender() {
    Fix fix = Fix.of(new HumanStep("Write the policy.", "the security officer"));

    assertThat(FixRendering.of(finding(Status.FAIL, fix)))
        .singleElement()
        .extracting(FixRendering::language)
        .isEqualTo("text");
    assertThatThrownBy(() -> FixRendering.of(finding(Status.PASS, Fix.NONE)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
