package dev.readiness.api.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.ArmChange;
import dev.readiness.api.Fix;
import dev.readiness.api.FixParameter;
import dev.readiness.api.GraphRequest;
import dev.readiness.api.HumanStep;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChangeTextTest {
  private static final String VAULT =
      "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-app"
          + "/providers/Microsoft.KeyVault/vaults/kv-orders";
  private static final FixParameter WORKSPACE =
      new FixParameter("workspaceId", "The workspace.", "/ws/default");

  private static ArmChange export(List<Object> logs) {
    return ArmChange.put(
            VAULT + "/providers/Microsoft.Insights/diagnosticSettings/readiness-export",
            "Microsoft.Insights/diagnosticSettings",
            "2021-05-01-preview",
            Map.of("properties", Map.of("logs", logs, "workspaceId", WORKSPACE)),
            "Export kv-orders's AuditEvent logs.")
        .costing("Ingestion per GB.");
  }

  @Test
  void anArmChangeIsItsRequestWithTheResourcesIdTheCategoriesAndTheParameterByName() {
    ArmChange change = export(List.of(Map.of("category", "AuditEvent", "enabled", true)));

    assertThat(ChangeText.sentence(change))
        .isEqualTo("Export kv-orders's AuditEvent logs. Cost: Ingestion per GB.");
    assertThat(ChangeText.shortRequest(change))
        .isEqualTo(
            "PUT https://management.azure.com"
                + VAULT
                + "/providers/Microsoft.Insights/diagnosticSettings/readiness-export"
                + "?api-version=2021-05-01-preview"
                + " {\"properties\":{\"logs\":[{\"category\":\"AuditEvent\",\"enabled\":true}],"
                + "\"workspaceId\":\"{workspaceId}\"}}");
  }

  @Test
  void aLongBodyIsCutInTheShortFormAndWholeInTheRequest() {
    List<Object> logs =
        List.of(
            Map.of("category", "AuditEvent", "enabled", true),
            Map.of("category", "AzurePolicyEvaluationDetails", "enabled", true),
            Map.of("categoryGroup", "allLogs", "enabled", true));
    ArmChange change = export(logs);

    String whole = ChangeText.request(change);
    String shortForm = ChangeText.shortRequest(change);

    assertThat(whole).endsWith("\"workspaceId\":\"{workspaceId}\"}}").doesNotContain("…");
    assertThat(shortForm).endsWith("…").startsWith(whole.substring(0, whole.indexOf('{')));
    assertThat(shortForm.substring(shortForm.indexOf(" {") + 1)).hasSize(ChangeText.SHORT_BODY + 1);
  }

  @Test
  void aGraphRequestShowsItsPathAndPermissionAndAHumanStepWhoActs() {
    GraphRequest policy =
        new GraphRequest(
            "POST",
            "/identity/conditionalAccess/policies",
            Map.of("displayName", "Require MFA", "state", "enabled"),
            "Policy.ReadWrite.ConditionalAccess",
            "conditionalAccessPolicies",
            "Require MFA for all users.");
    HumanStep train = new HumanStep("Train the administrators.", "the security officer");

    assertThat(ChangeText.sentences(Fix.of(policy, train)))
        .containsExactly(
            "Require MFA for all users. (Microsoft Graph, permission"
                + " Policy.ReadWrite.ConditionalAccess)",
            "Train the administrators. (needs a person: the security officer)");
    assertThat(ChangeText.request(policy))
        .isEqualTo(
            "POST https://graph.microsoft.com/v1.0/identity/conditionalAccess/policies"
                + " {\"displayName\":\"Require MFA\",\"state\":\"enabled\"}");
    assertThat(ChangeText.request(train)).isEmpty();
  }
}
