package dev.readiness.rules.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.Evidence;
import dev.readiness.api.ResourceId;
import dev.readiness.api.Snapshot;
import dev.readiness.rules.types.AzureTypes;
import dev.readiness.testkit.fixtures.KeyVault;
import dev.readiness.testkit.fixtures.LogAnalyticsWorkspace;
import dev.readiness.testkit.fixtures.NetworkSecurityGroup;
import dev.readiness.testkit.fixtures.ResourceGroup;
import dev.readiness.testkit.fixtures.StorageAccount;
import dev.readiness.testkit.fixtures.Tenant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DiagnosticLogsTest {
  private Tenant tenant;
  private ResourceGroup group;
  private LogAnalyticsWorkspace workspace;
  private KeyVault vault;

  @BeforeEach
  void tenantWithVault() {
    tenant = Tenant.create().collected(AzureTypes.DIAGNOSTIC_SETTINGS.toString());
    group = tenant.subscription("prod").resourceGroup("rg-sec");
    workspace = group.logAnalyticsWorkspace("law-central");
    vault = group.keyVault("kv-prod");
  }

  private LogRouting route(ResourceId id, dev.readiness.api.ResourceType type, String... cats) {
    return DiagnosticLogs.route(tenant.snapshot(), id, type, List.of(cats));
  }

  @Test
  void anEnabledEntryNamingTheCategoryCoversIt() {
    vault.diagnosticSetting("to-law").category("AuditEvent").toWorkspace(workspace);

    LogRouting routing = route(vault.id(), AzureTypes.KEY_VAULTS, "AuditEvent");

    assertThat(routing.complete()).isTrue();
    assertThat(routing.routes("AuditEvent")).hasSize(1);
    assertThat(routing.destinations())
        .extracting(Destination::kind)
        .containsExactly(Destination.Kind.WORKSPACE);
    assertThat(routing.evidence())
        .extracting(Evidence::pointer)
        .containsExactly("/properties/logs/0");
  }

  @Test
  void categoryNamesCompareIgnoringCase() {
    vault.diagnosticSetting("to-law").category("auditevent").toWorkspace(workspace);

    assertThat(route(vault.id(), AzureTypes.KEY_VAULTS, "AuditEvent").complete()).isTrue();
  }

  @Test
  void aDisabledEntryDoesNotCover() {
    vault.diagnosticSetting("to-law").disabledCategory("AuditEvent").toWorkspace(workspace);

    LogRouting routing = route(vault.id(), AzureTypes.KEY_VAULTS, "AuditEvent");

    assertThat(routing.uncovered()).containsExactly("AuditEvent");
    assertThat(routing.gapClause())
        .isEqualTo("no enabled entry of its diagnostic settings exports AuditEvent");
    assertThat(routing.evidence())
        .extracting(Evidence::pointer)
        .containsExactly("/properties/logs");
  }

  @Test
  void theAllLogsGroupCoversEveryCategory() {
    NetworkSecurityGroup nsg = group.networkSecurityGroup("nsg-app");
    nsg.diagnosticSetting("to-law").allLogs().toWorkspace(workspace);

    LogRouting routing =
        route(
            nsg.id(),
            AzureTypes.NETWORK_SECURITY_GROUPS,
            "NetworkSecurityGroupEvent",
            "NetworkSecurityGroupRuleCounter");

    assertThat(routing.complete()).isTrue();
  }

  @Test
  void theAuditGroupCoversTheAuditCategoriesOfTheType() {
    vault.diagnosticSetting("to-law").audit().toWorkspace(workspace);

    assertThat(route(vault.id(), AzureTypes.KEY_VAULTS, "AuditEvent").complete()).isTrue();
    assertThat(route(vault.id(), AzureTypes.KEY_VAULTS, "AzurePolicyEvaluationDetails").uncovered())
        .containsExactly("AzurePolicyEvaluationDetails");
  }

  @Test
  void theAuditGroupDoesNotCoverCategoriesOutsideIt() {
    NetworkSecurityGroup nsg = group.networkSecurityGroup("nsg-app");
    nsg.diagnosticSetting("to-law").audit().toWorkspace(workspace);

    LogRouting routing =
        route(nsg.id(), AzureTypes.NETWORK_SECURITY_GROUPS, "NetworkSecurityGroupEvent");

    assertThat(routing.uncovered()).containsExactly("NetworkSecurityGroupEvent");
  }

  @Test
  void theAuditGroupOfABlobServiceIsNotCreditedButAllLogsIs() {
    StorageAccount audited = group.storageAccount("staudit");
    audited.blobService().diagnosticSetting("blob-to-law").audit().toWorkspace(workspace);
    StorageAccount allLogs = group.storageAccount("stall");
    allLogs.blobService().diagnosticSetting("blob-to-law").allLogs().toWorkspace(workspace);

    assertThat(blobRouting(audited).uncovered())
        .containsExactly("StorageRead", "StorageWrite", "StorageDelete");
    assertThat(blobRouting(allLogs).complete()).isTrue();
  }

  @Test
  void theRecommendedGroupIsAuditOnlyWhereTheAuditGroupHoldsEveryCategory() {
    Snapshot snapshot = tenant.snapshot();
    NetworkSecurityGroup nsg = group.networkSecurityGroup("nsg-app");
    ResourceId blob = group.storageAccount("stdata").id().child("blobServices", "default");

    assertThat(
            CategoryGroups.groupCovering(
                snapshot, vault.id(), AzureTypes.KEY_VAULTS, List.of("AuditEvent")))
        .isEqualTo("audit");
    assertThat(
            CategoryGroups.groupCovering(
                snapshot,
                nsg.id(),
                AzureTypes.NETWORK_SECURITY_GROUPS,
                List.of("NetworkSecurityGroupEvent")))
        .isEqualTo("allLogs");
    assertThat(
            CategoryGroups.groupCovering(
                snapshot, blob, AzureTypes.BLOB_SERVICES, List.of("StorageRead")))
        .isEqualTo("allLogs");
  }

  @Test
  void categoriesRecordedForAnotherResourceOfTheTypeCreditTheAuditGroupWhereTheTableDoesNot() {
    StorageAccount sampled = group.storageAccount("stsampled");
    for (String category : CategoryGroups.STORAGE_DATA_PLANE) {
      sampled.blobService().logCategory(category, "audit", "allLogs");
    }
    StorageAccount audited = group.storageAccount("staudit");
    audited.blobService().diagnosticSetting("blob-to-law").audit().toWorkspace(workspace);

    assertThat(blobRouting(audited).complete()).isTrue();
    assertThat(
            CategoryGroups.groupCovering(
                tenant.snapshot(),
                audited.id().child("blobServices", "default"),
                AzureTypes.BLOB_SERVICES,
                List.of("StorageRead")))
        .isEqualTo("audit");
  }

  @Test
  void recordedCategoriesOutsideTheAuditGroupAreNotCreditedWhereTheTableWouldCreditThem() {
    group.keyVault("kv-sampled").logCategory("AuditEvent", "allLogs");
    vault.diagnosticSetting("to-law").audit().toWorkspace(workspace);

    LogRouting routing = route(vault.id(), AzureTypes.KEY_VAULTS, "AuditEvent");

    assertThat(routing.unknownReason()).isEmpty();
    assertThat(routing.uncovered()).containsExactly("AuditEvent");
  }

  @Test
  void withoutRecordedCategoriesTheTableDecides() {
    vault.diagnosticSetting("to-law").audit().toWorkspace(workspace);
    NetworkSecurityGroup nsg = group.networkSecurityGroup("nsg-app");
    nsg.diagnosticSetting("to-law").audit().toWorkspace(workspace);

    assertThat(route(vault.id(), AzureTypes.KEY_VAULTS, "AuditEvent").complete()).isTrue();
    LogRouting nsgRouting =
        route(nsg.id(), AzureTypes.NETWORK_SECURITY_GROUPS, "NetworkSecurityGroupEvent");
    assertThat(nsgRouting.unknownReason()).isEmpty();
    assertThat(nsgRouting.uncovered()).containsExactly("NetworkSecurityGroupEvent");
  }

  @Test
  void unreadableCategoriesMakeUnknownOnlyWhatHungOnTheAuditGroup() {
    group
        .keyVault("kv-sampled")
        .denied(
            AzureTypes.DIAGNOSTIC_SETTINGS_CATEGORIES,
            "Microsoft.Insights/diagnosticSettingsCategories/read");
    vault.diagnosticSetting("to-law").audit().toWorkspace(workspace);
    KeyVault named = group.keyVault("kv-named");
    named.diagnosticSetting("to-law").category("AuditEvent").toWorkspace(workspace);
    KeyVault everything = group.keyVault("kv-all");
    everything.diagnosticSetting("to-law").allLogs().toWorkspace(workspace);

    assertThat(route(vault.id(), AzureTypes.KEY_VAULTS, "AuditEvent").unknownReason())
        .hasValueSatisfying(
            reason ->
                assertThat(reason)
                    .contains("whether the 'audit' category group of Microsoft.KeyVault/vaults")
                    .contains("Microsoft.Insights/diagnosticSettingsCategories/read"));
    assertThat(route(named.id(), AzureTypes.KEY_VAULTS, "AuditEvent").complete()).isTrue();
    assertThat(route(everything.id(), AzureTypes.KEY_VAULTS, "AuditEvent").complete()).isTrue();
  }

  private LogRouting blobRouting(StorageAccount account) {
    return DiagnosticLogs.route(
        tenant.snapshot(),
        account.id().child("blobServices", "default"),
        AzureTypes.BLOB_SERVICES,
        CategoryGroups.STORAGE_DATA_PLANE);
  }

  @Test
  void aSettingWithoutDestinationExportsNothing() {
    vault.diagnosticSetting("nowhere").category("AuditEvent");

    LogRouting routing = route(vault.id(), AzureTypes.KEY_VAULTS, "AuditEvent");

    assertThat(routing.uncovered()).containsExactly("AuditEvent");
    assertThat(routing.gapClause())
        .contains("setting 'nowhere' covers them but names no destination");
  }

  @Test
  void noSettingAtAllIsEvidencedAsAnAbsence() {
    LogRouting routing = route(vault.id(), AzureTypes.KEY_VAULTS, "AuditEvent");

    assertThat(routing.gapClause()).isEqualTo("it has no diagnostic setting");
    assertThat(routing.evidence())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.resourceId()).isEqualTo(vault.id());
              assertThat(e.observed()).isEqualTo("no diagnostic setting");
            });
  }

  @Test
  void settingsThatWereDeniedAreUnknownWithThePermission() {
    vault.denied(AzureTypes.DIAGNOSTIC_SETTINGS, "Microsoft.Insights/diagnosticSettings/read");

    LogRouting routing = route(vault.id(), AzureTypes.KEY_VAULTS, "AuditEvent");

    assertThat(routing.complete()).isFalse();
    assertThat(routing.unknownReason())
        .hasValueSatisfying(
            reason -> assertThat(reason).contains("Microsoft.Insights/diagnosticSettings/read"));
  }

  @Test
  void onlyWorkspaceDestinationsCountWhenAWorkspaceIsAskedFor() {
    StorageAccount archive = group.storageAccount("starchive");
    vault.diagnosticSetting("archive").category("AuditEvent").toStorageAccount(archive);

    LogRouting routing = route(vault.id(), AzureTypes.KEY_VAULTS, "AuditEvent");

    assertThat(routing.uncovered()).isEmpty();
    assertThat(routing.uncovered(Destination.Kind.WORKSPACE)).containsExactly("AuditEvent");
  }

  @Test
  void entraIdSettingsHangOnTheTenantRoot() {
    tenant.collected(AzureTypes.ENTRA_DIAGNOSTIC_SETTINGS.toString());
    tenant.entraDiagnosticSetting("entra-to-law").category("AuditLogs").toWorkspace(workspace);
    Snapshot snapshot = tenant.snapshot();

    LogRouting routing =
        DiagnosticLogs.route(
            snapshot, ResourceId.TENANT, AzureTypes.TENANT, List.of("AuditLogs", "SignInLogs"));

    assertThat(routing.uncovered()).containsExactly("SignInLogs");
    assertThat(routing.routes("AuditLogs")).hasSize(1);
  }
}
