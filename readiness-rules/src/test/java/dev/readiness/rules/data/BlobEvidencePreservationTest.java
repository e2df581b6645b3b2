package dev.readiness.rules.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readiness.api.ArmChange;
import dev.readiness.api.Report;
import dev.readiness.rules.types.AzureTypes;
import dev.readiness.testkit.RuleTestHelper;
import dev.readiness.testkit.fixtures.ResourceGroup;
import dev.readiness.testkit.fixtures.Tenant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BlobEvidencePreservationTest {
  private static final BlobEvidencePreservation RULE = new BlobEvidencePreservation();

  @Test
  void softDeleteVersioningAndChangeFeedPass() {
    Tenant tenant = Tenant.create();
    tenant
        .subscription("prod")
        .resourceGroup("rg-data")
        .storageAccount("stkept")
        .blobService()
        .property("/properties/deleteRetentionPolicy", Map.of("enabled", true, "days", 30))
        .property("/properties/isVersioningEnabled", true)
        .property("/properties/changeFeed/enabled", true);
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectPass("stkept", "blob soft delete keeps deleted blobs for 30 days")
        .withEvidenceAt("/properties/changeFeed/enabled")
        .doTest();
  }

  @Test
  void stagingAccountWithoutProtectionFailsAndFileStorageIsSkipped() {
    Tenant tenant = Tenant.create();
    ResourceGroup data = tenant.subscription("prod").resourceGroup("rg-data");
    data.storageAccount("ststaging");
    data.storageAccount("stfiles").kind("FileStorage");
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectFail(
            "ststaging", "blob soft delete is off, versioning is off and the change feed is off")
        .withEvidenceAt("/properties/deleteRetentionPolicy/enabled")
        .doTest();
  }

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

  @Test
  void blobServicesThatFailedToListAreUnknownNamingTheFailure() {
    // An account as the collector leaves it when its blob service list failed: no blobServices
    // child, and a gap on the account.
    Tenant tenant = Tenant.create();
    tenant
        .subscription("prod")
        .resourceGroup("rg-data")
        .resource("Microsoft.Storage/storageAccounts", "streset")
        .kind("StorageV2")
        .failed(AzureTypes.BLOB_SERVICES, 0, "connection closed before the answer");
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectUnknown("streset", "its blob service settings were not read")
        .expectUnknown("streset", "connection closed before the answer")
        .doTest();
  }

  @Test
  void deniedBlobServicesAreUnknown() {
    Tenant tenant = Tenant.create();
    var prod = tenant.subscription("prod");
    prod.resourceGroup("rg-data").storageAccount("stunread");
    prod.denied(AzureTypes.BLOB_SERVICES, "Microsoft.Storage/storageAccounts/blobServices/read");
    RuleTestHelper.forRule(RULE)
        .given(tenant)
        .expectUnknown("stunread", "blobServices/read")
        .doTest();
  }
}
