package dev.readiness.api.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.CoverageRecord;
import dev.readiness.api.CoverageStatus;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceId;
import dev.readiness.api.ResourceType;
import dev.readiness.api.Snapshot;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every importer keeps what it can place, skips what it cannot, records each skipped item as a
 * coverage gap where it was listed, and says so in one line.
 */
class SkippedItemsTest {
  private static final String SUB1 = "/subscriptions/00000000-0000-0000-0000-000000000001";
  private static final String SUB2 = "/subscriptions/00000000-0000-0000-0000-000000000002";
  private static final ResourceType VAULTS = ResourceType.of("Microsoft.KeyVault/vaults");
  private static final ResourceType VMS = ResourceType.of("Microsoft.Compute/virtualMachines");
  private static final ResourceType NSGS =
      ResourceType.of("Microsoft.Network/networkSecurityGroups");
  private static final ResourceType SETTINGS =
      ResourceType.of("Microsoft.Insights/diagnosticSettings");
  private static final ResourceType BLOB_SERVICES =
      ResourceType.of("Microsoft.Storage/storageAccounts/blobServices");

  private final List<String> notices = new ArrayList<>();

  private Snapshot read(String name) {
    InputStream in = SkippedItemsTest.class.getResourceAsStream(name);
    return SnapshotReader.read(in, name, Instant.EPOCH, notices::add);
  }

  private Snapshot readText(String json) {
    return SnapshotReader.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
        "items.json",
        Instant.EPOCH,
        notices::add);
  }

  private String onlyNotice() {
    assertThat(notices).hasSize(1);
    assertThat(notices.get(0)).doesNotContain("\n");
    return notices.get(0);
  }

  /** Shapes of Microsoft's published example responses, read from an `az graph query`-like list. */
  @Test
  void itemsInAzuresOwnQuirkyShapesAreKeptWhereTheyBelong() {
    String rg = SUB1 + "/resourceGroups/rg-data";
    String database = rg + "/providers/Microsoft.Sql/servers/sql-1/databases/db-1";
    String account = rg + "/providers/Microsoft.Storage/storageAccounts/st1";
    Snapshot snapshot =
        readText(
            """
            [{"id": "%1$s", "name": "db-1", "type": "Microsoft.Sql/servers/databases"},
             {"id": "%1$s", "name": "current",
              "type": "Microsoft.Sql/servers/databases/transparentDataEncryption",
              "properties": {"state": "Enabled"}},
             {"id": "%2$s/blobServices/default/providers/Microsoft.Insights/diagnosticSettings/blob-diag",
              "name": "blob-diag", "type": "Microsoft.Insights/diagnosticSettings",
              "subscriptionId": "00000000-0000-0000-0000-000000000001", "resourceGroup": "rg-data"},
             {"id": "%3$s/providers/AzureResourceManager/diagnosticSettings/activity", "name": "activity",
              "type": null},
             {"id": "%3$s/providers/Microsoft.Authorization/roleManagementPolicyAssignment/pa-1",
              "name": "pa-1", "type": "Microsoft.Authorization/roleManagementPolicyAssignment"}]
            """
                .formatted(database, account.substring(1), SUB1));

    // The TDE item names its database's id: it is the database's child, and the database stays.
    assertThat(snapshot.resource(database).orElseThrow().type())
        .isEqualTo(ResourceType.of("Microsoft.Sql/servers/databases"));
    assertThat(snapshot.resource(database + "/transparentDataEncryption/current")).isPresent();
    // An extension whose id lacks its '/' is kept on its resource, not moved to its group.
    assertThat(
            snapshot.resource(
                account
                    + "/blobServices/default/providers/Microsoft.Insights/diagnosticSettings/blob-diag"))
        .isPresent();
    // The Activity Log setting is read as the diagnostic setting it is.
    assertThat(snapshot.children(ResourceId.parse(SUB1), SETTINGS).stream().map(Resource::name))
        .containsExactly("activity");
    // The singular policy assignment is read as its list's type, at its own address.
    assertThat(
            snapshot.resources(
                ResourceType.of("Microsoft.Authorization/roleManagementPolicyAssignments")))
        .extracting(Resource::name)
        .containsExactly("pa-1");
    assertThat(notices).noneMatch(notice -> notice.contains("skipped"));
  }

  private static CoverageStatus status(Snapshot snapshot, String scope, ResourceType type) {
    return snapshot.coverage().decide(ResourceId.parse(scope), type).status();
  }

  @Test
  void psRuleExportOfMixedShapesImportsAndNamesWhatItSkipped() {
    Snapshot snapshot = read("psrule-mixed-shapes.json");

    assertThat(onlyNotice())
        .startsWith("psrule-mixed-shapes.json: skipped 4 items, each recorded as a coverage gap")
        .contains(
            "1 Microsoft.Authorization/classicAdministrators (a classic administrator, not an RBAC role assignment)",
            "1 Microsoft.Security/pricings (its id was listed more than once)",
            "1 Microsoft.Network/networkSecurityGroups (it has no resource id)",
            "1 Microsoft.Network/networkInterfaces (its id was listed more than once)",
            "Rebuilt the id of 1 item");
    // The subscription object, whose Id is a bare GUID, is the subscription.
    Resource subscription = snapshot.resource(SUB1).orElseThrow();
    assertThat(subscription.type()).isEqualTo(ResourceType.of("Microsoft.Resources/subscriptions"));
    assertThat(subscription.root().get("displayName").textOr("")).isEqualTo("subscription-one");
    assertThat(snapshot.metadata().tenantId()).contains("00000000-0000-0000-0000-00000000000a");
    // Both casings, with and without 'Id', and raw ARM objects are read.
    assertThat(snapshot.resources(VAULTS))
        .extracting(Resource::name)
        .containsExactly("kv-one", "kv-two", "kv-web");
    assertThat(snapshot.resources(VMS)).extracting(Resource::name).containsExactly("vm-app");
  }

  @Test
  void getAzRoleAssignmentObjectsBecomeArmRoleAssignments() {
    Snapshot snapshot = read("psrule-mixed-shapes.json");
    ResourceType assignments = ResourceType.of("Microsoft.Authorization/roleAssignments");
    Resource owner =
        snapshot
            .resource(
                SUB1
                    + "/providers/Microsoft.Authorization/roleAssignments/00000000-0000-0000-0000-0000000000c1")
            .orElseThrow();
    assertThat(owner.type()).isEqualTo(assignments);
    assertThat(owner.properties().get("roleDefinitionId").textOr(""))
        .isEqualTo(
            "/providers/Microsoft.Authorization/roleDefinitions/00000000-0000-0000-0000-0000000000d1");
    assertThat(owner.properties().get("principalId").textOr(""))
        .isEqualTo("00000000-0000-0000-0000-0000000000e1");
    assertThat(owner.properties().get("principalType").textOr("")).isEqualTo("User");
    assertThat(owner.properties().get("scope").textOr("")).isEqualTo(SUB1);
    // Inherited from a management group: listed at the subscription, it keeps its own id.
    assertThat(
            snapshot.resource(
                "/providers/Microsoft.Management/managementGroups/mg-example/providers/Microsoft.Authorization/roleAssignments/00000000-0000-0000-0000-0000000000c2"))
        .isPresent();
    // The export lists every assignment of the subscription.
    assertThat(status(snapshot, SUB1, assignments)).isEqualTo(CoverageStatus.COLLECTED);
  }

  @Test
  void aChildNamingAnotherParentBelongsWhereItWasListed() {
    Snapshot snapshot = read("psrule-mixed-shapes.json");
    Resource one = vault(snapshot, "kv-one");
    Resource two = vault(snapshot, "kv-two");
    assertThat(snapshot.children(two, SETTINGS))
        .extracting(Resource::name)
        .containsExactly("to-law");
    // kv-one's settings were fetched too, and it has none: its vault did not lend it kv-two's.
    assertThat(snapshot.children(one, SETTINGS)).isEmpty();
    assertThat(snapshot.coverage().isCollected(one.id(), SETTINGS)).isTrue();
  }

  @Test
  void skippedPsRuleItemsAreGapsNotCollected() {
    Snapshot snapshot = read("psrule-mixed-shapes.json");
    assertThat(
            status(
                snapshot, SUB1, ResourceType.of("Microsoft.Authorization/classicAdministrators")))
        .isEqualTo(CoverageStatus.FAILED);
    assertThat(status(snapshot, SUB1, ResourceType.of("Microsoft.Security/pricings")))
        .isEqualTo(CoverageStatus.FAILED);
    // A network interface fetched by reference and listed on its own too: its subscription's
    // interfaces are in doubt, not the VM's.
    assertThat(status(snapshot, SUB1, ResourceType.of("Microsoft.Network/networkInterfaces")))
        .isEqualTo(CoverageStatus.FAILED);
    // A template resource has no place at all: its type is unknown everywhere.
    assertThat(status(snapshot, SUB2, NSGS)).isEqualTo(CoverageStatus.FAILED);
    assertThat(snapshot.coverage().whyMissing(ResourceId.parse(SUB2), NSGS).orElseThrow())
        .contains("skipped", "it has no resource id");
    // Other inventory stays complete.
    assertThat(status(snapshot, SUB1, VMS)).isEqualTo(CoverageStatus.COLLECTED);
    assertThat(status(snapshot, SUB1, ResourceType.of("Microsoft.Security/securityContacts")))
        .isEqualTo(CoverageStatus.COLLECTED);
  }

  @Test
  void onlyWhatTheExportAlwaysFetchesIsClaimedComplete() {
    Snapshot snapshot = read("psrule-mixed-shapes.json");
    Resource vm = snapshot.resources(VMS).get(0);
    ResourceType extensions = VMS.child("extensions");
    // The export does not always fetch VM extensions: one listed is kept, the rest is unknown.
    assertThat(snapshot.children(vm, extensions)).hasSize(1);
    assertThat(snapshot.coverage().isCollected(vm.id(), extensions)).isFalse();
    // A network interface fetched by reference keeps its own id.
    assertThat(
            snapshot.resource(
                SUB1
                    + "/resourceGroups/rg-net/providers/Microsoft.Network/networkInterfaces/nic-app"))
        .isPresent();
    // A storage account without a kind gets neither blob nor file services.
    Resource storage =
        snapshot.resources(ResourceType.of("Microsoft.Storage/storageAccounts")).get(0);
    assertThat(snapshot.coverage().isCollected(storage.id(), BLOB_SERVICES)).isFalse();
  }

  @Test
  void extensionResourcesAreNotPartOfTheInventory() {
    String rg = SUB1 + "/resourceGroups/rg-web";
    String site = rg + "/providers/Microsoft.Web/sites/app-one";
    String vault = rg + "/providers/Microsoft.KeyVault/vaults/kv-one";
    Snapshot snapshot =
        readText(
            """
            [{"ResourceId": "%s", "ResourceType": "Microsoft.Web/sites"},
             {"ResourceId": "%s", "ResourceType": "Microsoft.KeyVault/vaults"}]
            """
                .formatted(site, vault));

    assertThat(status(snapshot, SUB1, ResourceType.of("Microsoft.Web/sites")))
        .isEqualTo(CoverageStatus.COLLECTED);
    // The export fetches diagnostic settings beneath key vaults, never beneath web apps.
    assertThat(status(snapshot, site, SETTINGS)).isEqualTo(CoverageStatus.NOT_COLLECTED);
    assertThat(status(snapshot, vault, SETTINGS)).isEqualTo(CoverageStatus.COLLECTED);
    // Without the subscription object, neither its Defender plans nor its Activity Log settings
    // were fetched.
    assertThat(status(snapshot, SUB1, ResourceType.of("Microsoft.Security/pricings")))
        .isEqualTo(CoverageStatus.NOT_COLLECTED);
    assertThat(status(snapshot, SUB1, SETTINGS)).isEqualTo(CoverageStatus.NOT_COLLECTED);
    assertThat(snapshot.coverage().whyMissing(ResourceId.parse(site), SETTINGS).orElseThrow())
        .isEqualTo("Microsoft.Insights/diagnosticSettings at " + SUB1 + " was not collected");
  }

  @Test
  void theSubscriptionObjectVouchesForWhatTheExportFetchesBeneathIt() {
    Snapshot snapshot = read("psrule-mixed-shapes.json");
    assertThat(status(snapshot, SUB1, ResourceType.of("Microsoft.Security/securityContacts")))
        .isEqualTo(CoverageStatus.COLLECTED);
    // It fetches no Activity Log settings and no PIM schedules, subscription object or not.
    assertThat(status(snapshot, SUB1, SETTINGS)).isEqualTo(CoverageStatus.NOT_COLLECTED);
    assertThat(
            status(
                snapshot,
                SUB1,
                ResourceType.of("Microsoft.Authorization/roleEligibilityScheduleInstances")))
        .isEqualTo(CoverageStatus.NOT_COLLECTED);
  }

  @Test
  void aChildWhoseResourceTypeNamesItsParentIsPlacedByItsOwnType() {
    String server = SUB1 + "/resourceGroups/rg-data/providers/Microsoft.Sql/servers/sql-one";
    Snapshot snapshot =
        readText(
            """
            [{"ResourceId": "%s", "ResourceType": "Microsoft.Sql/servers",
              "resources": [{"Name": "Default", "ResourceType": "Microsoft.Sql/servers",
                "Type": "Microsoft.Sql/servers/azureADOnlyAuthentications",
                "Properties": {"azureADOnlyAuthentication": true}}]}]
            """
                .formatted(server));
    assertThat(onlyNotice()).doesNotContain("skipped").contains("Rebuilt the id of 1 item");
    assertThat(
            snapshot.resource(server + "/azureADOnlyAuthentications/Default").orElseThrow().type())
        .isEqualTo(ResourceType.of("Microsoft.Sql/servers/azureADOnlyAuthentications"));
  }

  @Test
  void aGrandchildNamingAnotherParentIsSkippedWhereItWasListed() {
    String accounts = SUB1 + "/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/";
    Snapshot snapshot =
        readText(
            "[{\"ResourceId\":\""
                + accounts
                + "st-b\",\"Kind\":\"StorageV2\",\"resources\":[{\"ResourceId\":\""
                + accounts
                + "st-a/blobServices/default/containers/logs\",\"Name\":\"logs\","
                + "\"ResourceType\":\"Microsoft.Storage/storageAccounts/blobServices/containers\"}]}]");
    assertThat(onlyNotice())
        .contains(
            "1 Microsoft.Storage/storageAccounts/blobServices/containers (its id lies outside "
                + accounts
                + "st-b, where it was listed)");
    assertThat(snapshot.resource(accounts + "st-a/blobServices/default/containers/logs")).isEmpty();
    assertThat(
            snapshot
                .coverage()
                .isCollected(
                    ResourceId.parse(accounts + "st-b"),
                    ResourceType.of("Microsoft.Storage/storageAccounts/blobServices/containers")))
        .isFalse();
  }

  @Test
  void aChildTypeIsCompleteWhereItsParentTypeHasNoInstance() {
    Snapshot snapshot = read("psrule-mixed-shapes.json");
    assertThat(status(snapshot, SUB2, BLOB_SERVICES)).isEqualTo(CoverageStatus.COLLECTED);
    assertThat(status(snapshot, SUB1, BLOB_SERVICES)).isNotEqualTo(CoverageStatus.COLLECTED);
  }

  @Test
  void armArrayRebuildsIdsFromTheScopeItWasListedInAndSkipsTheRest() {
    String rg = SUB1 + "/resourceGroups/rg-app";
    Snapshot snapshot =
        readText(
            "[{\"id\":\""
                + rg
                + "/providers/Microsoft.KeyVault/vaults/kv-good\"},\n"
                + " {\"id\":\""
                + rg.substring(1)
                + "/providers/Microsoft.KeyVault/vaults/kv-no-slash\"},\n"
                + " {\"id\":\"vm-app\",\"name\":\"vm-app\",\"type\":\"Microsoft.Compute/virtualMachines\","
                + "\"subscriptionId\":\"00000000-0000-0000-0000-000000000002\",\"resourceGroup\":\"rg-web\"},\n"
                + " {\"id\":\""
                + SUB1
                + "/resourceGroups/rg-x/providers/Microsoft.Network/networkSecurityGroups/nsg-a\","
                + "\"name\":\"nsg-a\",\"type\":\"Microsoft.Network/networkSecurityGroups\","
                + "\"subscriptionId\":\"00000000-0000-0000-0000-000000000002\",\"resourceGroup\":\"rg-x\"}]");

    assertThat(onlyNotice())
        .startsWith("items.json: skipped 1 item,")
        .contains(
            "1 Microsoft.KeyVault/vaults (Malformed resource id",
            "items.json:2:2",
            "Rebuilt the id of 2 items");
    // The vault without its leading '/' is a gap in its group; the rest of the subscription holds.
    assertThat(status(snapshot, rg, VAULTS)).isEqualTo(CoverageStatus.FAILED);
    assertThat(status(snapshot, SUB1 + "/resourceGroups/rg-other", VAULTS))
        .isEqualTo(CoverageStatus.COLLECTED);
    // Rebuilt from the subscription and group the row was listed in.
    assertThat(
            snapshot.resource(
                SUB2 + "/resourceGroups/rg-web/providers/Microsoft.Compute/virtualMachines/vm-app"))
        .isPresent();
    assertThat(
            snapshot.resource(
                SUB2
                    + "/resourceGroups/rg-x/providers/Microsoft.Network/networkSecurityGroups/nsg-a"))
        .isPresent();
    assertThat(status(snapshot, SUB1, NSGS)).isEqualTo(CoverageStatus.NOT_COLLECTED);
  }

  @Test
  void graphQueryRowsThatCannotBePlacedAreGapsInTheirSubscription() {
    Snapshot snapshot =
        readText(
            "{\"count\":2,\"data\":[{\"id\":\""
                + SUB1
                + "/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm-a\"},"
                + "{\"id\":\"vm-b\",\"type\":\"Microsoft.Compute/virtualMachines\","
                + "\"subscriptionId\":\"00000000-0000-0000-0000-000000000001\",\"resourceGroup\":\"\"}]}");
    assertThat(onlyNotice())
        .contains("1 Microsoft.Compute/virtualMachines (Malformed resource id 'vm-b'");
    assertThat(snapshot.resources(VMS)).hasSize(1);
    // The row was listed in the subscription: the one VM kept does not make its VMs complete.
    assertThat(status(snapshot, SUB1, VMS)).isEqualTo(CoverageStatus.FAILED);
  }

  private static final String V1_HEAD =
      "{\"format\":\"readiness-snapshot\",\"version\":1,\n"
          + "\"metadata\":{\"tenantId\":\"t\",\"capturedAt\":\"2026-11-01T00:00:00Z\"},\n"
          + "\"coverage\":[{\"scope\":\""
          + SUB1
          + "\",\"type\":\"Microsoft.KeyVault/vaults\",\"status\":\"COLLECTED\"}],\n";

  @Test
  void formatV1SkipsAMalformedIdAndWithdrawsTheClaimItContradicts() {
    Snapshot snapshot =
        readText(
            V1_HEAD
                + "\"resources\":[\n  {\"id\":\""
                + SUB1.substring(1)
                + "/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv\",\"type\":\"Microsoft.KeyVault/vaults\"}]}");
    assertThat(onlyNotice())
        .contains("Microsoft.KeyVault/vaults (Malformed resource id", "items.json:5:3");
    assertThat(snapshot.resources()).isEmpty();
    CoverageRecord decided =
        snapshot.coverage().decide(ResourceId.parse(SUB1 + "/resourceGroups/rg"), VAULTS);
    assertThat(decided.status()).isEqualTo(CoverageStatus.FAILED);
    assertThat(decided.reason()).contains("line 5");
  }

  @Test
  void formatV1SkipsAnIdThatIsNotAString() {
    Snapshot snapshot = readText(V1_HEAD + "\"resources\":[\n  {\"id\": 12}]}");
    assertThat(onlyNotice()).contains("*/* (its id is not a string)", "items.json:5:3");
    // Nothing tells what the item was or where: no top-level type can be claimed complete.
    assertThat(status(snapshot, SUB1, VAULTS)).isEqualTo(CoverageStatus.FAILED);
    assertThat(status(snapshot, SUB1, VMS)).isEqualTo(CoverageStatus.FAILED);
  }

  @Test
  void anIdListedTwiceWithTheSameContentIsOneResourceAndNoGap() {
    String vault = SUB1 + "/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv";
    String item = "{\"id\":\"" + vault + "\",\"name\":\"kv\",\"properties\":{\"a\":1}}";
    Snapshot snapshot = readText(V1_HEAD + "\"resources\":[\n" + item + ",\n" + item + "]}");

    assertThat(notices).isEmpty();
    assertThat(snapshot.resources()).extracting(Resource::name).containsExactly("kv");
    assertThat(status(snapshot, SUB1, VAULTS)).isEqualTo(CoverageStatus.COLLECTED);
  }

  @Test
  void formatV1KeepsTheFirstOfADuplicatedIdAndMarksItsTypeIncomplete() {
    String vault = SUB1 + "/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv";
    Snapshot snapshot =
        readText(
            V1_HEAD
                + "\"resources\":[\n{\"id\":\""
                + vault
                + "\",\"name\":\"first\"},\n{\"id\":\""
                + vault.toUpperCase(java.util.Locale.ROOT)
                + "\",\"name\":\"second\"}]}");
    assertThat(onlyNotice()).contains("(its id was listed more than once)", "items.json:6:1");
    assertThat(snapshot.resources()).extracting(Resource::name).containsExactly("first");
    assertThat(status(snapshot, SUB1, VAULTS)).isEqualTo(CoverageStatus.FAILED);
  }

  @Test
  void aResourceWhoseTypeIsNotAStringIsSkippedNotFatal() {
    Snapshot snapshot =
        readText(
            "[{\"id\":\""
                + SUB1
                + "/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv\",\"type\":7}]");
    assertThat(onlyNotice()).contains("'type' must be a string");
    assertThat(snapshot.resources()).isEmpty();
    assertThat(status(snapshot, SUB1 + "/resourceGroups/rg", VAULTS))
        .isEqualTo(CoverageStatus.FAILED);
  }

  @Test
  void aNestedResourceThatIsNotAnObjectIsNamedNotFatal() {
    String vault = SUB1 + "/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv";
    Snapshot snapshot = readText("[{\"ResourceId\":\"" + vault + "\",\"resources\":[42]}]");
    assertThat(onlyNotice()).contains("1 */* (a nested resource that is not an object)");
    assertThat(snapshot.resource(vault)).isPresent();
  }

  @Test
  void aCleanFileSaysNothing() {
    readText(
        "[{\"id\":\"" + SUB1 + "/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv\"}]");
    assertThat(notices).isEmpty();
  }

  private static Resource vault(Snapshot snapshot, String name) {
    return snapshot.resources(VAULTS).stream()
        .filter(vault -> vault.name().equals(name))
        .findFirst()
        .orElseThrow();
  }
}
