package dev.readiness.api.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.api.ArmChange;
import dev.readiness.api.Evidence;
import dev.readiness.api.Finding;
import dev.readiness.api.Fix;
import dev.readiness.api.FixParameter;
import dev.readiness.api.GraphRequest;
import dev.readiness.api.HumanStep;
import dev.readiness.api.Remediation;
import dev.readiness.api.ResourceId;
import dev.readiness.api.ResourceType;
import dev.readiness.api.Severity;
import dev.readiness.api.Status;
import dev.readiness.api.Target;
import dev.readiness.api.testing.Programs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixRenderingTest {
  private static final String SUB = "00000000-0000-0000-0000-000000000001";
  private static final String VAULT =
      "/subscriptions/" + SUB + "/resourceGroups/rg-app/providers/Microsoft.KeyVault/vaults/kv";
  private static final FixParameter WORKSPACE =
      new FixParameter("workspaceId", "The workspace.", "/ws/default");
  private static final FixParameter GROUP =
      new FixParameter("alertResourceGroup", "The group of the alerts.", "rg-security");
  private static final FixParameter REVIEWER =
      new FixParameter("reviewerId", "The reviewer.", "00000000-0000-0000-0000-000000000000");

  /** A failure of a test rule on {@code id} that carries {@code fix}. */
  static Finding failure(String id, Fix fix) {
    return new Finding(
        "FR-TEST-01",
        Status.FAIL,
        Severity.HIGH,
        new Target(ResourceId.parse(id), "kv", ResourceType.of("Microsoft.KeyVault/vaults")),
        "It's not exported.",
        List.of(Evidence.absent(ResourceId.parse(id), "nothing", "something")),
        Remediation.of("Do it.", "az it"),
        fix);
  }

  private static FixPlan plan(Map<String, String> values) {
    Fix vault =
        Fix.of(
            ArmChange.put(
                    VAULT + "/providers/Microsoft.Insights/diagnosticSettings/readiness-export",
                    "Microsoft.Insights/diagnosticSettings",
                    "2021-05-01-preview",
                    Map.of(
                        "properties",
                        Map.of("workspaceId", WORKSPACE, "note", "it's $HOME `x` \\\"q\\\"")),
                    "Export the vault's logs.")
                .costing("Ingestion per GB."));
    Fix alert =
        Fix.of(
            List.of(
                ArmChange.put(
                    "/subscriptions/"
                        + SUB
                        + "/resourceGroups/{alertResourceGroup}/providers/Microsoft.Insights/activityLogAlerts/a",
                    "Microsoft.Insights/activityLogAlerts",
                    "2020-10-01",
                    Map.of("location", "Global"),
                    "Create the alert."),
                new GraphRequest(
                    "POST",
                    "/identityGovernance/accessReviews/definitions",
                    Map.of("displayName", "Review's name", "reviewer", "/users/{reviewerId}"),
                    "AccessReview.ReadWrite.All",
                    "accessReviewDefinitions",
                    "Create a review."),
                new HumanStep("Approve the plan.", "the CISO")),
            GROUP,
            REVIEWER);
    return new FixPlan(
        List.of(failure(VAULT, vault), failure("/subscriptions/" + SUB, alert)), values);
  }

  @Test
  void theScriptIsValidBashThatShellcheckAccepts(@TempDir Path dir)
      throws IOException, InterruptedException {
    Path script = dir.resolve("fix.sh");
    Files.writeString(script, AzCliScript.render(plan(Map.of())), StandardCharsets.UTF_8);

    assertThat(run("bash", "-n", script.toString())).isEmpty();
    assertThat(run(Programs.shellcheck().toString(), script.toString())).isEmpty();
  }

  @Test
  void aScriptWithoutParametersHasOneBlankLineBeforeItsFirstChange() {
    String vault =
        "/subscriptions/" + SUB + "/resourceGroups/rg-app/providers/Microsoft.KeyVault/vaults/kv";
    Fix fix =
        Fix.of(
            ArmChange.patch(
                vault,
                "Microsoft.KeyVault/vaults",
                "2023-07-01",
                Map.of("properties", Map.of("enablePurgeProtection", true)),
                "Turn on purge protection."));

    String script = AzCliScript.render(new FixPlan(List.of(failure(vault, fix)), Map.of()));

    assertThat(script).contains("set -euo pipefail\n\n# FR-TEST-01: ").doesNotContain("\n\n\n");
  }

  @Test
  void theScriptQuotesLiteralsAndSplicesVariables() {
    String script = AzCliScript.render(plan(Map.of("workspaceId", "/ws/chosen")));

    assertThat(script)
        .startsWith("#!/usr/bin/env bash\n# shellcheck disable=SC2016\n")
        .contains("set -euo pipefail")
        .contains("WORKSPACE_ID=\"${WORKSPACE_ID:-\"/ws/chosen\"}\"")
        .contains("\"workspaceId\":\"'\"${WORKSPACE_ID}\"'\"")
        .contains("it'\\''s $HOME")
        .contains("/resourceGroups/${ALERT_RESOURCE_GROUP}/providers")
        .contains("\"reviewer\":\"/users/'\"${REVIEWER_ID}\"'\"")
        .contains("if [ \"$existing\" = \"0\" ]; then");
  }

  @Test
  void theTemplatePlacesAnExtensionResourceByScopeAndUsesParameters() throws IOException {
    JsonNode template = new ObjectMapper().readTree(ArmTemplate.render(plan(Map.of())));

    JsonNode diagnostic = template.at("/resources/0");
    assertThat(diagnostic.get("subscriptionId").asText()).isEqualTo(SUB);
    assertThat(diagnostic.get("resourceGroup").asText()).isEqualTo("rg-app");
    JsonNode inner = diagnostic.at("/properties/template/resources/0");
    assertThat(inner.get("scope").asText()).isEqualTo("Microsoft.KeyVault/vaults/kv");
    assertThat(inner.get("name").asText()).isEqualTo("readiness-export");
    assertThat(inner.at("/properties/workspaceId").asText())
        .isEqualTo("[parameters('workspaceId')]");
    assertThat(template.at("/resources/1/resourceGroup").asText())
        .isEqualTo("[parameters('alertResourceGroup')]");
    assertThat(template.at("/parameters/workspaceId/defaultValue").asText())
        .isEqualTo("/ws/default");
    assertThat(template.get("resources")).hasSize(2);
  }

  @Test
  void aChildNamedPartlyByAParameterIsNamedByAConcatExpression() throws IOException {
    FixParameter vaultName = new FixParameter("vaultName", "The vault.", "rsv");
    Fix protect =
        Fix.of(
            List.of(
                ArmChange.put(
                    "/subscriptions/"
                        + SUB
                        + "/resourceGroups/rg/providers/Microsoft.RecoveryServices/vaults/"
                        + "{vaultName}/backupFabrics/Azure/protectionContainers/c;vm's",
                    "Microsoft.RecoveryServices/vaults/backupFabrics/protectionContainers",
                    "2024-04-01",
                    Map.of(),
                    "Register the container.")),
            vaultName);
    JsonNode template =
        new ObjectMapper()
            .readTree(
                ArmTemplate.render(
                    new FixPlan(List.of(failure("/subscriptions/" + SUB, protect)), Map.of())));

    assertThat(template.at("/resources/0/properties/template/resources/0/name").asText())
        .isEqualTo("[concat(parameters('vaultName'), '/Azure/c;vm''s')]");
  }

  @Test
  void aResourceNamedInALaterBodyIsDeployedFirstAndItsParameterBecomesAnExpression()
      throws IOException {
    FixParameter suffix = new FixParameter("nicNsgSuffix", "The suffix.", "-nsg");
    String group = "/subscriptions/" + SUB + "/resourceGroups/rg/providers/Microsoft.Network";
    String nsg = group + "/networkSecurityGroups/nic1{nicNsgSuffix}";
    Fix guard =
        Fix.of(
            List.of(
                ArmChange.put(
                    nsg,
                    "Microsoft.Network/networkSecurityGroups",
                    "2024-05-01",
                    Map.of("location", "westeurope"),
                    "Create the NSG."),
                ArmChange.put(
                    group + "/networkInterfaces/nic1",
                    "Microsoft.Network/networkInterfaces",
                    "2024-05-01",
                    Map.of("properties", Map.of("networkSecurityGroup", Map.of("id", nsg))),
                    "Attach it."),
                ArmChange.put(
                    group + "/networkInterfaces/nic2",
                    "Microsoft.Network/networkInterfaces",
                    "2024-05-01",
                    Map.of("properties", Map.of("enableIPForwarding", false)),
                    "Change another.")),
            suffix);
    JsonNode template =
        new ObjectMapper()
            .readTree(ArmTemplate.render(new FixPlan(List.of(failure(VAULT, guard)), Map.of())));

    assertThat(template.at("/resources/0/properties/template/resources/0/name").asText())
        .isEqualTo("[concat('nic1', parameters('nicNsgSuffix'))]");
    assertThat(template.at("/resources/0").has("dependsOn")).isFalse();
    assertThat(template.at("/resources/1/dependsOn"))
        .extracting(JsonNode::asText)
        .containsExactly("readiness-fix-1");
    assertThat(
            template
                .at(
                    "/resources/1/properties/template/resources/0/properties/networkSecurityGroup/id")
                .asText())
        .isEqualTo(
            "[concat('" + group + "/networkSecurityGroups/nic1', parameters('nicNsgSuffix'))]");
    assertThat(template.at("/resources/2").has("dependsOn")).isFalse();
  }

  private static final ArmChange SOFT_DELETE =
      ArmChange.patch(
          VAULT,
          "Microsoft.KeyVault/vaults",
          "2023-07-01",
          Map.of("properties", Map.of("enablePurgeProtection", true)),
          "Turn on purge protection.");

  @Test
  void aPatchIsLeftOutOfTheTemplatesWhichSaySoAndOnlyTheScriptMakesIt() throws IOException {
    String diagnostic = VAULT + "/providers/Microsoft.Insights/diagnosticSettings/readiness-export";
    Fix protect =
        Fix.of(
            List.of(
                SOFT_DELETE,
                ArmChange.put(
                    diagnostic,
                    "Microsoft.Insights/diagnosticSettings",
                    "2021-05-01-preview",
                    Map.of("properties", Map.of("workspaceId", WORKSPACE)),
                    "Export the vault's logs.")),
            WORKSPACE);
    FixPlan plan = new FixPlan(List.of(failure(VAULT, protect)), Map.of());

    JsonNode template = new ObjectMapper().readTree(ArmTemplate.render(plan));
    assertThat(template.get("resources")).hasSize(1);
    assertThat(template.at("/resources/0/name").asText()).isEqualTo("readiness-fix-1");
    assertThat(template.at("/resources/0/properties/template/resources/0/type").asText())
        .isEqualTo("Microsoft.Insights/diagnosticSettings");
    assertThat(template.at("/metadata/description").isMissingNode()).isTrue();
    JsonNode leftOut = template.at("/metadata/leftOut");
    assertThat(leftOut.get("why").asText()).contains("fix.sh").contains("--method patch");
    assertThat(leftOut.get("changes")).hasSize(1);
    assertThat(leftOut.at("/changes/0/method").asText()).isEqualTo("PATCH");
    assertThat(leftOut.at("/changes/0/resourceId").asText()).isEqualTo(VAULT);
    assertThat(leftOut.at("/changes/0/sets/properties/enablePurgeProtection").asBoolean()).isTrue();
    assertThat(AzCliScript.render(plan))
        .contains("az rest --method patch \\\n  --url \"https://management.azure.com" + VAULT)
        .contains("az rest --method put");
    assertThat(BicepFile.render(plan))
        .contains("// Left out of this template, made only by fix.sh:")
        .contains(
            "// - FR-TEST-01: PATCH "
                + VAULT
                + "?api-version=2023-07-01 sets {\"properties\":{\"enablePurgeProtection\":true}}")
        .doesNotContain(TemplateChanges.NONE_DEPLOYED);
    assertThat(PlanMarkdown.render(plan))
        .contains("## Only in fix.sh")
        .contains("- FR-TEST-01: PATCH `" + VAULT + "` sets `")
        .contains("ARM PATCH (only in `fix.sh`) `" + VAULT + "`");
  }

  @Test
  void aPlanOfPatchesOnlyGivesValidTemplatesWithNoResourcesThatSaySo() throws IOException {
    FixPlan plan = new FixPlan(List.of(failure(VAULT, Fix.of(SOFT_DELETE))), Map.of());

    JsonNode template = new ObjectMapper().readTree(ArmTemplate.render(plan));
    assertThat(template.get("resources")).isEmpty();
    assertThat(template.at("/metadata/description").asText())
        .isEqualTo(TemplateChanges.NONE_DEPLOYED);
    assertThat(template.at("/metadata/leftOut/changes")).hasSize(1);
    assertThat(BicepFile.render(plan))
        .startsWith("// " + TemplateChanges.NONE_DEPLOYED + "\n")
        .contains("targetScope = 'subscription'")
        .doesNotContain("module ");
    assertThat(AzCliScript.render(plan)).contains("az rest --method patch");
  }

  @Test
  void theTemplateDeploysATenantResourceThroughADeploymentScopedToTheTenant() throws IOException {
    Fix entra =
        Fix.of(
            ArmChange.put(
                "/providers/microsoft.aadiam/diagnosticSettings/readiness-export",
                "microsoft.aadiam/diagnosticSettings",
                "2017-04-01",
                Map.of("properties", Map.of("workspaceId", WORKSPACE)),
                "Export the Entra ID logs."));
    FixPlan plan = new FixPlan(List.of(failure("/", entra)), Map.of());

    JsonNode deployment = new ObjectMapper().readTree(ArmTemplate.render(plan)).at("/resources/0");

    assertThat(deployment.get("scope").asText()).isEqualTo("/");
    assertThat(deployment.has("subscriptionId")).isFalse();
    assertThat(deployment.at("/properties/template/$schema").asText())
        .contains("tenantDeploymentTemplate.json");
    JsonNode inner = deployment.at("/properties/template/resources/0");
    assertThat(inner.get("name").asText()).isEqualTo("readiness-export");
    assertThat(inner.has("scope")).isFalse();
  }

  @Test
  void bicepGraphAndPlanRenderTheSameChanges() {
    FixPlan plan = plan(Map.of("reviewerId", "00000000-0000-0000-0000-0000000000aa"));

    assertThat(BicepFile.render(plan))
        .contains("targetScope = 'subscription'")
        .contains("param workspaceId string = '/ws/default'")
        .contains("module change1 'changes/01.bicep' = {")
        .contains(
            "module change2 'changes/02.bicep' = {\n  scope: resourceGroup('"
                + SUB
                + "', alertResourceGroup)");
    assertThat(BicepFile.files(plan).get("changes/01.bicep"))
        .contains("    note: 'it\\'s $HOME `x` \\\\\"q\\\\\"'\n")
        .contains("    workspaceId: workspaceId\n");
    assertThat(GraphHttpFile.render(plan))
        .contains("@reviewerId = 00000000-0000-0000-0000-0000000000aa")
        .contains(
            "POST https://graph.microsoft.com/v1.0/identityGovernance/accessReviews/definitions")
        .contains("\"/users/{{reviewerId}}\"")
        .contains("# Permission: AccessReview.ReadWrite.All");
    assertThat(PlanMarkdown.render(plan))
        .contains("**Needs a human** (the CISO): Approve the plan.")
        .contains("**Cost:** Ingestion per GB.");
  }

  @Test
  void aFailureOfAHumanActRuleWaitsForAPersonAndSaysWhy() {
    Finding policy =
        new Finding(
            "FR-TEST-02",
            Status.FAIL,
            Severity.MEDIUM,
            Target.tenant(),
            "The attestation expired.",
            List.of(),
            Remediation.humanAct("Approve the policy again."));
    Finding unfixed =
        new Finding(
            "FR-TEST-03",
            Status.FAIL,
            Severity.MEDIUM,
            Target.tenant(),
            "Not fixed.",
            List.of(),
            Remediation.of("Do it.", "az it"));

    assertThat(FixVerification.waitsForAPerson(policy)).isTrue();
    assertThat(FixVerification.waitsForAPerson(unfixed)).isFalse();
    assertThat(PlanMarkdown.render(new FixPlan(List.of(policy, unfixed), Map.of())))
        .contains("**Needs a human**, nothing here can be automated: Approve the policy again.")
        .contains("**No per-resource fix is built for this rule yet.**");
  }

  @Test
  @SuppressWarnings("unchecked")
  void twoPutsOfOneResourceAreMadeOnceWithWhatBothGive() {
    String pricing =
        "/subscriptions/" + SUB + "/providers/Microsoft.Security/pricings/VirtualMachines";
    ArmChange integrity =
        ArmChange.put(
            pricing,
            "Microsoft.Security/pricings",
            "2024-01-01",
            Map.of(
                "properties",
                Map.of(
                    "pricingTier",
                    "Standard",
                    "subPlan",
                    "P2",
                    "extensions",
                    List.of(Map.of("name", "FileIntegrityMonitoring", "isEnabled", "True")))),
            "Turn on file integrity monitoring.");
    ArmChange plan =
        ArmChange.put(
            pricing,
            "Microsoft.Security/pricings",
            "2024-01-01",
            Map.of("properties", Map.of("pricingTier", "Standard")),
            "Turn on Defender for Servers.");
    FixPlan both =
        new FixPlan(
            List.of(
                failure("/subscriptions/" + SUB, Fix.of(integrity)),
                failure("/subscriptions/" + SUB, Fix.of(plan))),
            Map.of());

    assertThat(both.armChanges()).hasSize(1);
    ArmChange merged = both.armChanges().get(0).change();
    Map<String, Object> properties = (Map<String, Object>) merged.body().get("properties");
    assertThat(properties)
        .containsEntry("pricingTier", "Standard")
        .containsEntry("subPlan", "P2")
        .containsKey("extensions");
    assertThat(merged.summary())
        .isEqualTo("Turn on file integrity monitoring. Turn on Defender for Servers.");
    assertThat(both.asOneFix().changes()).containsExactly(merged);
  }

  @Test
  void aResourceIdNamingAnUndeclaredParameterIsRejected() {
    ArmChange change =
        ArmChange.put(
            "/subscriptions/" + SUB + "/resourceGroups/{nowhere}/providers/A.B/c/d",
            "A.B/c",
            "2020-01-01",
            Map.of(),
            "Change.");

    assertThatThrownBy(() -> Fix.of(change)).hasMessageContaining("'nowhere'");
  }

  /** What {@code command} printed when it failed, or "" when it succeeded. */
  private static String run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return process.waitFor() == 0 ? "" : output;
  }
}
