package dev.readiness.rules.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readiness.api.ArmChange;
import dev.readiness.api.Report;
import dev.readiness.testkit.RuleTestHelper;
import dev.readiness.testkit.fixtures.Tenant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BlobEvidencePreservationTest {
  private static final BlobEvidencePreservation RULE = new BlobEvidencePreservation();

  @Test
  void unprotectedAccountIsFixedByItsRemediation() {
    Tenant tenant = Tenant.create();
    tenant.subscription("prod").resourceGroup("rg-data").storageAccount("ststaging");
    RuleTestHelper.forRule(RULE).given(tenant).expectFixedByItsRemediation("ststaging").doTest();
  }

  @Test
  void fixKeepsWhatIsOnAndTheChosenSoftDeleteDays() {
    Tenant tenant = Tenant.create();
    tenant
        .subscription("prod")
        .resourceGroup("rg-data")
        .storageAccount("stversioned")
        .blobService()
        .property("/properties/deleteRetentionPolicy", Map.of("enabled", true, "days", 7))
        .property("/properties/isVersioningEnabled", true);
    Report report =
        RuleTestHelper.forRule(RULE)
            .given(tenant)
            .expectFail("stversioned", "the change feed is off")
            .expectFixedByItsRemediation("stversioned")
            .doTest();
    ArmChange change = (ArmChange) report.findings().get(0).fix().changes().get(0);
    assertTrue(
        change.resourceId().endsWith("/storageAccounts/stversioned/blobServices/default"),
        change.resourceId());
    assertEquals(
        Map.of(
            "properties",
            Map.of(
                "deleteRetentionPolicy",
                Map.of("enabled", true, "days", 7L),
                "isVersioningEnabled",
                true,
                "changeFeed",
                Map.of("enabled", true))),
        change.body());
    assertTrue(change.summary().startsWith("Turn on the change feed "), change.summary());
  }
}
