package dev.readiness.rules.support;

import dev.readiness.api.Resource;

/** What kind of virtual machine scale set a resource is. */
public final class ScaleSets {
  private ScaleSets() {}

  /**
   * True for a scale set in Flexible orchestration: its instances are ordinary virtual machines
   * (with their own NICs and disks) that rules judge as VMs. A Uniform scale set keeps its
   * instances' settings in its model, {@code properties.virtualMachineProfile} ({@code
   * properties.orchestrationMode}, azure-rest-api-specs specification/compute/resource-manager/
   * Microsoft.Compute/ComputeRP/stable/2024-07-01/virtualMachineScaleSet.json;
   * https://learn.microsoft.com/azure/virtual-machine-scale-sets/virtual-machine-scale-sets-orchestration-modes).
   */
  public static boolean isFlexible(Resource scaleSet) {
    return scaleSet.properties().get("orchestrationMode").textEqualsIgnoreCase("Flexible");
  }
}
