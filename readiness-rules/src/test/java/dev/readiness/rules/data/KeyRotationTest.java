package dev.readiness.rules.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.Change;
import dev.readiness.api.Finding;
import dev.readiness.api.Report;
import dev.readiness.api.Status;
import dev.readiness.rules.checklist.ChecklistOptions;
import dev.readiness.testkit.RuleTestHelper;
import dev.readiness.testkit.fixtures.KeyVault;
import dev.readiness.testkit.fixtures.Tenant;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyRotationTest {
  private static final KeyRotation RULE =
      new KeyRotation(ChecklistOptions.defaults().dataProtection());

  private static KeyVault vault(Tenant tenant) {
    return tenant.subscription("prod").resourceGroup("rg-sec").keyVault("kv-prod");
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
