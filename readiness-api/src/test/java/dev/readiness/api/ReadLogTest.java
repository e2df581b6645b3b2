package dev.readiness.api;

import static dev.readiness.api.TestResources.SETTINGS;
import static dev.readiness.api.TestResources.SUB;
import static dev.readiness.api.TestResources.VMS;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which of a run's lookups count for a finding because they asked about a scope above it. */
class ReadLogTest {
  private static final ResourceId SUBSCRIPTION = ResourceId.subscription(SUB);
  private static final ResourceId GROUP_A = ResourceId.parse(SUBSCRIPTION + "/resourceGroups/rg-a");
  private static final ResourceId GROUP_AB =
      ResourceId.parse(SUBSCRIPTION + "/resourceGroups/rg-ab");

  private static ResourceId vm(ResourceId group, String name) {
    return ResourceId.parse(group + "/providers/Microsoft.Compute/virtualMachines/" + name);
  }

  private static ReadLog run() {
    ReadLog log = new ReadLog();
    log.during(
        () -> {
          ReadLog.record(VMS, ResourceId.TENANT, true);
          ReadLog.record(SETTINGS, GROUP_A, true);
          ReadLog.record(SETTINGS, SUBSCRIPTION, true);
        });
    return log;
  }

  @Test
  void eachTargetGetsTheLookupsAboveItsOwnParentInOrderUpToTheTenant() {
    ReadLog log = run();
    ReadLog.Read groupA = new ReadLog.Read(SETTINGS, GROUP_A, true);
    ReadLog.Read subscription = new ReadLog.Read(SETTINGS, SUBSCRIPTION, true);
    ReadLog.Read tenant = new ReadLog.Read(VMS, ResourceId.TENANT, true);

    // Targets in two groups whose names share a prefix, alternating, so that the answer kept for
    // the parent before must not stand in for another parent.
    assertThat(log.aboutAbove(vm(GROUP_A, "vm-1"))).containsExactly(groupA, subscription, tenant);
    assertThat(log.aboutAbove(vm(GROUP_A, "vm-2"))).containsExactly(groupA, subscription, tenant);
    assertThat(log.aboutAbove(vm(GROUP_AB, "vm-3"))).containsExactly(subscription, tenant);
    assertThat(log.aboutAbove(vm(GROUP_A, "vm-4"))).containsExactly(groupA, subscription, tenant);
    assertThat(log.aboutAbove(GROUP_A)).containsExactly(subscription, tenant);
    assertThat(log.aboutItself(GROUP_A)).containsExactly(groupA);
    assertThat(log.aboutAbove(ResourceId.TENANT)).isEmpty();
    assertThat(log.aboutItself(ResourceId.TENANT)).containsExactly(tenant);
  }
}
