package dev.readiness.rules.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.Resource;
import dev.readiness.api.Snapshot;
import dev.readiness.rules.types.AzureTypes;
import dev.readiness.testkit.fixtures.DataCollectionRule;
import dev.readiness.testkit.fixtures.LogAnalyticsWorkspace;
import dev.readiness.testkit.fixtures.ResourceGroup;
import dev.readiness.testkit.fixtures.Tenant;
import dev.readiness.testkit.fixtures.VirtualMachine;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GuestLogsTest {
  private static final List<String> WINDOWS_LOGS = List.of("Security", "System");
  private static final List<String> SYSLOG = List.of("auth", "authpriv");

  private Tenant tenant;
  private ResourceGroup group;
  private LogAnalyticsWorkspace central;

  @BeforeEach
  void tenant() {
    tenant = Tenant.create();
    group = tenant.subscription("prod").resourceGroup("rg-log");
    central = group.logAnalyticsWorkspace("law-central").retentionDays(400);
  }

  private GuestLogCollection collect(String vm, List<String> windowsLogs) {
    Snapshot snapshot = tenant.snapshot();
    Resource machine =
        snapshot.resources(AzureTypes.VIRTUAL_MACHINES).stream()
            .filter(r -> r.name().equals(vm))
            .findFirst()
            .orElseThrow();
    return GuestLogs.of(snapshot, machine, windowsLogs, SYSLOG);
  }

  @Test
  void logsInSeveralTablesAreKeptAsLongAsTheShortestOfThem() {
    central.table("SecurityEvent", 90, 730);
    DataCollectionRule rule =
        group
            .dataCollectionRule("dcr")
            .collectsWindowsSecurityEvents()
            .collectsWindowsEvents("System!*")
            .sendsTo(central);
    group.virtualMachine("APP-VM").withAzureMonitorAgent().associatedWith(rule);

    Retention kept = collect("APP-VM", WINDOWS_LOGS).retention(tenant.snapshot(), 365);

    assertThat(kept.days()).isEqualTo(400);
    assertThat(kept.description())
        .isEqualTo("the System event log: workspace 'law-central' keeps 400 days");
  }

  @Test
  void theRetentionDoesNotDependOnTheOrderOfTheRequiredLogs() {
    central.table("SecurityEvent", 90, 730);
    DataCollectionRule rule =
        group
            .dataCollectionRule("dcr")
            .collectsWindowsSecurityEvents()
            .collectsWindowsEvents("System!*")
            .sendsTo(central);
    group.virtualMachine("APP-VM").withAzureMonitorAgent().associatedWith(rule);

    assertThat(collect("APP-VM", List.of("System", "Security")).retention(tenant.snapshot(), 365))
        .isEqualTo(collect("APP-VM", WINDOWS_LOGS).retention(tenant.snapshot(), 365));
  }

  @Test
  void sinksFollowTheOrderOfTheRequiredLogs() {
    List<String> logs =
        List.of(
            "Security",
            "System",
            "Application",
            "Setup",
            "ForwardedEvents",
            "Microsoft-Windows-Sysmon/Operational",
            "Microsoft-Windows-PowerShell/Operational",
            "Microsoft-Windows-TaskScheduler/Operational",
            "Microsoft-Windows-Windows Defender/Operational",
            "Microsoft-Windows-WMI-Activity/Operational",
            "Microsoft-Windows-Bits-Client/Operational",
            "Microsoft-Windows-TerminalServices-LocalSessionManager/Operational");
    VirtualMachine vm = group.virtualMachine("MANY-VM").withAzureMonitorAgent();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < logs.size(); i++) {
      LogAnalyticsWorkspace workspace = group.logAnalyticsWorkspace("law-" + i);
      vm.associatedWith(
          group
              .dataCollectionRule("dcr-" + i)
              .collectsWindowsEvents(logs.get(i) + "!*")
              .sendsTo(workspace));
      expected.add(workspace.name());
    }

    List<String> workspaces =
        collect("MANY-VM", logs).sinks().stream().map(s -> s.workspace().name()).toList();

    assertThat(workspaces).containsExactlyElementsOf(expected);
  }
}
