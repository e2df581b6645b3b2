package dev.readiness.api.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.api.ArmChange;
import dev.readiness.api.Fix;
import dev.readiness.api.FixParameter;
import dev.readiness.api.GraphRequest;
import dev.readiness.api.HumanStep;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceId;
import dev.readiness.api.ResourceType;
import dev.readiness.api.Snapshot;
import dev.readiness.api.SnapshotMetadata;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FixDeploymentTest {
  private static final String SUB = "00000000-0000-0000-0000-000000000001";
  private static final String VAULT =
      "/subscriptions/" + SUB + "/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv";
  private static final FixParameter WORKSPACE =
      new FixParameter("workspaceId", "The Log Analytics workspace.", "/default/workspace");

  private static Snapshot snapshot() {
    return Snapshot.builder(
            SnapshotMetadata.of(
                "00000000-0000-0000-0000-00000000000a",
                List.of(SUB),
                Instant.parse("2026-11-01T00:00:00Z")))
        .add(
            Resource.parse(
                "{\"id\":\""
                    + VAULT
                    + "\",\"type\":\"Microsoft.KeyVault/vaults\",\"location\":\"westeurope\","
                    + "\"properties\":{\"enableSoftDelete\":true,\"sku\":{\"name\":\"standard\"}}}"))
        .collected(
            ResourceId.subscription(SUB), List.of(ResourceType.of("Microsoft.KeyVault/vaults")))
        .build();
  }

  private static ArmChange diagnosticSetting() {
    return ArmChange.put(
        VAULT + "/providers/Microsoft.Insights/diagnosticSettings/readiness",
        "Microsoft.Insights/diagnosticSettings",
        "2021-05-01-preview",
        Map.of(
            "properties",
            Map.of(
                "workspaceId",
                WORKSPACE,
                "logs",
                List.of(Map.of("categoryGroup", "audit", "enabled", true)))),
        "Export the vault's audit logs.");
  }

  @Test
  void aPutCreatesTheExtensionResourceUnderItsParentWithTheParameterDefault() {
    Snapshot fixed =
        FixDeployment.withValues(Map.of()).apply(snapshot(), List.of(Fix.of(diagnosticSetting())));

    List<Resource> settings =
        fixed.children(
            ResourceId.parse(VAULT), ResourceType.of("Microsoft.Insights/diagnosticSettings"));
    assertThat(settings).singleElement();
    assertThat(settings.get(0).at("/properties/workspaceId").textOr(""))
        .isEqualTo("/default/workspace");
    assertThat(settings.get(0).at("/properties/logs/0/categoryGroup").textOr(""))
        .isEqualTo("audit");
    assertThat(fixed.coverage()).isEqualTo(snapshot().coverage());
  }

  @Test
  void aChildThatItsParentListsIsChangedInTheListToo() {
    String nsg =
        "/subscriptions/"
            + SUB
            + "/resourceGroups/rg/providers/Microsoft.Network"
            + "/networkSecurityGroups/nsg";
    Snapshot withNsg =
        Snapshot.builder(snapshot().metadata())
            .add(
                Resource.parse(
                    "{\"id\":\""
                        + nsg
                        + "\",\"type\":\"Microsoft.Network/networkSecurityGroups\","
                        + "\"properties\":{\"securityRules\":[{\"name\":\"rdp\",\"properties\":"
                        + "{\"sourceAddressPrefix\":\"*\",\"access\":\"Allow\"}},{\"name\":\"web\","
                        + "\"properties\":{\"sourceAddressPrefix\":\"*\"}}]}}"))
            .build();
    ArmChange restrict =
        ArmChange.put(
            nsg + "/securityRules/rdp",
            "Microsoft.Network/networkSecurityGroups/securityRules",
            "2024-05-01",
            Map.of(
                "properties", Map.of("sourceAddressPrefix", "VirtualNetwork", "access", "Allow")),
            "Restrict the rule.");

    Snapshot fixed = FixDeployment.withValues(Map.of()).apply(withNsg, List.of(Fix.of(restrict)));

    Resource group = fixed.resource(ResourceId.parse(nsg)).orElseThrow();
    assertThat(group.at("/properties/securityRules/0/properties/sourceAddressPrefix").textOr(""))
        .isEqualTo("VirtualNetwork");
    assertThat(group.at("/properties/securityRules/1/properties/sourceAddressPrefix").textOr(""))
        .isEqualTo("*");
    assertThat(group.properties().get("securityRules").items()).hasSize(2);
  }

  @Test
  void aChosenValueReplacesTheDefault() {
    Snapshot fixed =
        FixDeployment.withValues(Map.of("workspaceId", "/chosen"))
            .apply(snapshot(), List.of(Fix.of(diagnosticSetting())));

    assertThat(
            fixed
                .resource(VAULT + "/providers/Microsoft.Insights/diagnosticSettings/readiness")
                .orElseThrow()
                .at("/properties/workspaceId")
                .textOr(""))
        .isEqualTo("/chosen");
  }

  @Test
  void aPatchMergesIntoTheExistingResourceAndKeepsTheRest() {
    ArmChange purge =
        ArmChange.patch(
            VAULT,
            "Microsoft.KeyVault/vaults",
            "2023-07-01",
            Map.of("properties", Map.of("enablePurgeProtection", true)),
            "Turn on purge protection.");

    Resource vault =
        FixDeployment.withValues(Map.of())
            .apply(snapshot(), List.of(Fix.of(purge)))
            .resource(VAULT)
            .orElseThrow();

    assertThat(vault.at("/properties/enablePurgeProtection").isTrue()).isTrue();
    assertThat(vault.at("/properties/enableSoftDelete").isTrue()).isTrue();
    assertThat(vault.location()).contains("westeurope");
  }

  @Test
  void aGraphPostCreatesAnObjectInItsCollectionAndHumanStepsChangeNothing() {
    GraphRequest policy =
        new GraphRequest(
            "POST",
            "/identity/conditionalAccess/policies",
            Map.of("displayName", "Require MFA", "state", "enabled"),
            "Policy.ReadWrite.ConditionalAccess",
            "conditionalAccessPolicies",
            "Create a policy.");
    HumanStep train = new HumanStep("Train the administrators.", "the security officer");

    Snapshot fixed =
        FixDeployment.withValues(Map.of()).apply(snapshot(), List.of(Fix.of(policy, train)));

    List<Resource> policies =
        fixed.resources(ResourceType.of("microsoft.graph/conditionalAccessPolicies"));
    assertThat(policies).singleElement();
    assertThat(policies.get(0).at("/properties/displayName").textOr("")).isEqualTo("Require MFA");
    assertThat(fixed.size()).isEqualTo(2);
  }

  @Test
  void aBodyWithoutOrderHasItsKeysSortedAndAnOrderedOneKeepsItsOrder() {
    Map<String, Object> ordered = new java.util.LinkedHashMap<>();
    ordered.put("zeta", 1);
    ordered.put("alpha", Map.of("b", 2, "a", 1, "c", 3));

    ArmChange change =
        ArmChange.put(VAULT, "Microsoft.KeyVault/vaults", "2023-07-01", ordered, "Change it.");

    assertThat(change.body().keySet()).containsExactly("zeta", "alpha");
    assertThat(change.body().get("alpha").toString()).isEqualTo("{a=1, b=2, c=3}");
    assertThat(change.costing("Some money.").body().keySet()).containsExactly("zeta", "alpha");
  }

  @Test
  void onlyAFailureCarriesAFix() {
    dev.readiness.api.Finding failure =
        new dev.readiness.api.Finding(
            "FR-TEST-01",
            dev.readiness.api.Status.FAIL,
            dev.readiness.api.Severity.HIGH,
            dev.readiness.api.Target.tenant(),
            "It fails.",
            List.of(),
            dev.readiness.api.Remediation.of("Do it.", "az it"),
            Fix.of(diagnosticSetting()));

    assertThat(failure.fix().isEmpty()).isFalse();
    assertThat(failure.withOutcome(dev.readiness.api.Status.UNKNOWN, "Not evaluated.").fix())
        .isEqualTo(Fix.NONE);
  }

  @Test
  void twoParametersOfOneNameMustAgree() {
    FixParameter other = new FixParameter("workspaceId", "Another.", "/other");
    ArmChange second =
        ArmChange.put(
            VAULT + "/providers/Microsoft.Insights/diagnosticSettings/second",
            "Microsoft.Insights/diagnosticSettings",
            "2021-05-01-preview",
            Map.of("properties", Map.of("workspaceId", other)),
            "Export again.");

    assertThatThrownBy(() -> Fix.of(diagnosticSetting(), second))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("workspaceId");
  }
}
