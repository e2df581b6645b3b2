package dev.readiness.rules.logging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.ArmChange;
import dev.readiness.api.Report;
import dev.readiness.rules.checklist.ChecklistOptions;
import dev.readiness.rules.types.AzureTypes;
import dev.readiness.testkit.RuleTestHelper;
import dev.readiness.testkit.fixtures.LogAnalyticsWorkspace;
import dev.readiness.testkit.fixtures.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EntraLogsRuleTest {
  private static final String[] ALL = {
    "AuditLogs",
    "SignInLogs",
    "NonInteractiveUserSignInLogs",
    "ServicePrincipalSignInLogs",
    "ManagedIdentitySignInLogs"
  };

  private Tenant tenant;
  private LogAnalyticsWorkspace workspace;

  @BeforeEach
  void tenant() {
    tenant = Tenant.create();
    workspace =
        tenant.subscription("prod").resourceGroup("rg-log").logAnalyticsWorkspace("law-central");
  }

  private RuleTestHelper helper() {
    return RuleTestHelper.forRule(new EntraLogsRule(ChecklistOptions.defaults().logging()))
        .given(tenant);
  }

  @Test
  void passesWhenEveryLogGoesToAWorkspaceKeptLongEnough() {
    workspace.retentionDays(90).table("SigninLogs", 90, 730);
    workspace.table("AuditLogs", 90, 730);
    workspace.table("AADNonInteractiveUserSignInLogs", 90, 730);
    workspace.table("AADServicePrincipalSignInLogs", 90, 730);
    workspace.table("AADManagedIdentitySignInLogs", 90, 730);
    tenant.entraDiagnosticSetting("entra-to-law").category(ALL).toWorkspace(workspace);

    helper().expectPass("tenant", "SignInLogs for 730 days").doTest();
  }

  @Test
  void failsWhenSignInTypesAreMissing() {
    tenant
        .entraDiagnosticSetting("entra-to-law")
        .category("AuditLogs", "SignInLogs")
        .toWorkspace(workspace);

    helper()
        .expectFail(
            "tenant",
            "Entra ID does not export all its sign-in and audit logs: no enabled entry of its"
                + " diagnostic settings exports NonInteractiveUserSignInLogs,"
                + " ServicePrincipalSignInLogs and ManagedIdentitySignInLogs, so")
        .doTest();
  }

  @Test
  void theFixExportsExactlyTheMissingLogsToTheChosenWorkspaceAndPasses() {
    tenant
        .entraDiagnosticSetting("entra-to-law")
        .category("AuditLogs", "SignInLogs")
        .toWorkspace(workspace.retentionDays(400));
    // The workspace the fix's parameter names by default, kept long enough.
    tenant
        .subscription("security", "00000000-0000-0000-0000-000000000000")
        .resourceGroup("rg-security")
        .logAnalyticsWorkspace("law-security")
        .retentionDays(400);

    Report report = helper().expectFixedByItsRemediation("tenant").doTest();

    ArmChange change = (ArmChange) report.findings().get(0).fix().changes().get(0);
    assertThat(change.resourceId())
        .isEqualTo("/providers/microsoft.aadiam/diagnosticSettings/readiness-export");
    assertThat(change.apiVersion()).isEqualTo("2017-04-01");
    assertThat(change.summary())
        .contains(
            "send NonInteractiveUserSignInLogs, ServicePrincipalSignInLogs and"
                + " ManagedIdentitySignInLogs to");
  }

  @Test
  void theFixOfLogsKeptTooShortLengthensTheWorkspaceAndPasses() {
    tenant
        .entraDiagnosticSetting("entra-to-law")
        .category(ALL)
        .toWorkspace(workspace.retentionDays(30));

    Report report = helper().expectFixedByItsRemediation("tenant").doTest();

    ArmChange change = (ArmChange) report.findings().get(0).fix().changes().get(0);
    assertThat(change.resourceId()).isEqualTo(workspace.id().toString());
  }

  @Test
  void failsWhenTheWorkspaceKeepsThirtyDays() {
    tenant
        .entraDiagnosticSetting("entra-to-law")
        .category(ALL)
        .toWorkspace(workspace.retentionDays(30));

    helper()
        .expectFail(
            "tenant",
            "AuditLogs, SignInLogs, NonInteractiveUserSignInLogs, ServicePrincipalSignInLogs")
        .expectFail("tenant", "ManagedIdentitySignInLogs for 30 days (workspace 'law-central'),")
        .doTest();
  }

  @Test
  void unknownWhenTheTenantSettingsWereDenied() {
    tenant.denied(AzureTypes.ENTRA_DIAGNOSTIC_SETTINGS, "microsoft.aadiam/diagnosticSettings/read");

    helper().expectUnknown("tenant", "microsoft.aadiam/diagnosticSettings/read").doTest();
  }
}
