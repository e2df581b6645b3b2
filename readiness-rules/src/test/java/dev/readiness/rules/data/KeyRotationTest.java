package dev.readiness.rules.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.Change;
import dev.readiness.api.Finding;
import dev.readiness.api.Report;
import dev.readiness.api.Status;
import dev.readiness.rules.checklist.ChecklistOptions;
import dev.readiness.rules.types.AzureTypes;
import dev.readiness.testkit.RuleTestHelper;
import dev.readiness.testkit.fixtures.KeyVault;
import dev.readiness.testkit.fixtures.Tenant;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeyRotationTest {
  private static final KeyRotation RULE =
      new KeyRotation(ChecklistOptions.defaults().dataProtection());
  private static final Instant NEXT_YEAR = Instant.parse("2026-01-01T00:00:00Z");

  private static KeyVault vault(Tenant tenant) {
    return tenant.subscription("prod").resourceGroup("rg-sec").keyVault("kv-prod");
  }

  private static Map<String, Object> rotateAfter(String period) {
    return Map.of(
        "attributes",
        Map.of("expiryTime", "P2Y"),
        "lifetimeActions",
        List.of(
            Map.of(
                "trigger", Map.of("timeAfterCreate", period), "action", Map.of("type", "Rotate"))));
  }

  @Test
  void expiringKeyRotatedWithinThePeriodAndExpiringSecretPass() {
    Tenant tenant = Tenant.create();
    KeyVault vault = vault(tenant);
    vault.key("cmk", NEXT_YEAR).property("/properties/rotationPolicy", rotateAfter("P90D"));
    vault
        .child("secrets", "db-password")
        .property("/properties/attributes/exp", NEXT_YEAR.getEpochSecond());
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectPass("cmk", "it rotates automatically after 90 days")
        .withEvidenceAt("/properties/rotationPolicy/lifetimeActions/0/trigger")
        .expectPass("db-password", "it expires on 2026-01-01")
        .doTest();
  }

  @Test
  void dataPlanePolicyIsReadFromTheRotationPolicyChild() {
    Tenant tenant = Tenant.create();
    var key = vault(tenant).key("cmk", NEXT_YEAR);
    key.child("rotationPolicy", "default")
        .property("/properties/attributes/expiryTime", "P1Y")
        .property(
            "/properties/lifetimeActions",
            List.of(
                Map.of(
                    "trigger",
                    Map.of("timeBeforeExpiry", "P30D"),
                    "action",
                    Map.of("type", "rotate"))));
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectPass("cmk", "it rotates automatically after 335 days")
        .doTest();
  }

  @Test
  void keyWithoutExpiryOrWithSlowRotationAndSecretWithoutExpiryFail() {
    Tenant tenant = Tenant.create();
    KeyVault vault = vault(tenant);
    vault.key("forever").property("/properties/rotationPolicy", rotateAfter("P2Y"));
    vault.child("secrets", "api-key").property("/properties/attributes/enabled", true);
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectFail(
            "forever",
            "it has no expiry date and it rotates only after 730 days, more than the 365 allowed")
        .withEvidenceAt("/properties/attributes/exp")
        .expectFail("api-key", "it has no expiry date")
        .doTest();
  }

  @Test
  void policyWithOnlyANotifyActionFails() {
    Tenant tenant = Tenant.create();
    vault(tenant)
        .key("notify-only", NEXT_YEAR)
        .property(
            "/properties/rotationPolicy/lifetimeActions",
            List.of(
                Map.of(
                    "trigger",
                    Map.of("timeBeforeExpiry", "P30D"),
                    "action",
                    Map.of("type", "Notify"))));
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectFail("notify-only", "its rotation policy has no rotate action")
        .doTest();
  }

  @Test
  void uncollectedDataPlanePolicyIsUnknownNotFail() {
    Tenant tenant = Tenant.create();
    vault(tenant).key("cmk", NEXT_YEAR);
    tenant.denied(AzureTypes.KEY_ROTATION_POLICIES, "keys/getrotationpolicy");
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectUnknown("cmk", "readable only through the Key Vault data plane")
        .doTest();
  }

  @Test
  void aVaultWhoseKeysCouldNotBeListedIsUnknownNamingWhy() {
    Tenant tenant = Tenant.create();
    KeyVault vault = vault(tenant);
    vault
        .child("secrets", "db-password")
        .property("/properties/attributes/exp", NEXT_YEAR.getEpochSecond());
    vault.failed(AzureTypes.KEY_VAULT_KEYS, 502, "Bad Gateway");
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectUnknown("kv-prod", "Microsoft.KeyVault/vaults/keys at " + vault.id())
        .expectUnknown("kv-prod", "failed to collect (HTTP 502")
        .expectPass("db-password", "it expires on 2026-01-01")
        .doTest();
  }

  @Test
  void collectedButAbsentPolicyFails() {
    Tenant tenant = Tenant.create();
    vault(tenant).key("cmk", NEXT_YEAR);
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectFail("cmk", "it has no rotation policy")
        .doTest();
  }

  @Test
  void aKeyWithoutExpiryOrRotationAndASecretWithoutExpiryGetTheirOwnersStep() {
    Tenant tenant = Tenant.create();
    KeyVault vault = vault(tenant);
    vault.child("keys", "cmk-bare");
    vault.child("secrets", "api-token");
    Report report =
        RuleTestHelper.forRule(RULE)
            .given(tenant)
            .expectFail("cmk-bare", "it has no expiry date")
            .expectFail("api-token", "it has no expiry date")
            .doTest();

    List<Finding> failures = report.findings(Status.FAIL);
    assertThat(failures)
        .allSatisfy(f -> assertThat(f.fix().changes()).hasSize(1).allMatch(Change::needsHuman));
    assertThat(failures)
        .extracting(f -> f.fix().changes().get(0).summary())
        .containsExactlyInAnyOrder(
            "Set an expiry date and a rotation policy whose Rotate action fires within 365 days on"
                + " key 'cmk-bare' of key vault 'kv-prod', once whatever uses it can take up a new"
                + " version.",
            "Set an expiry date on secret 'api-token' of key vault 'kv-prod', once whatever uses"
                + " it can take up a new version.");
  }
}
