package dev.readiness.rules.support;

import static dev.readiness.rules.types.AzureTypes.DATA_COLLECTION_RULE_ASSOCIATIONS;
import static dev.readiness.rules.types.AzureTypes.VIRTUAL_MACHINES;
import static dev.readiness.rules.types.AzureTypes.VM_EXTENSIONS;

import dev.readiness.api.ArmChange;
import dev.readiness.api.Change;
import dev.readiness.api.Fix;
import dev.readiness.api.Resource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fix for a virtual machine whose guest OS logs reach no workspace: the Azure Monitor Agent
 * extension for its OS where it is missing, and an association to the chosen data collection rule
 * where no associated rule sends the required logs. Scale sets (whose extensions live in their
 * model) and Arc machines get none yet, nor does a VM whose OS is not stated.
 */
public final class GuestLogFix {
  private GuestLogFix() {}

  /** The changes that make {@code logs} of a virtual machine reach the workspace. */
  public static Fix of(GuestLogCollection logs) {
    Resource vm = logs.machine();
    boolean linux = GuestLogs.osIs(vm, "linux");
    if (!vm.type().equals(VIRTUAL_MACHINES) || !(linux || GuestLogs.osIs(vm, "windows"))) {
      return Fix.NONE;
    }
    List<Change> changes = new ArrayList<>();
    if (logs.agentMissing()) {
      changes.add(agent(vm, linux));
    }
    if (logs.collectionMissing()) {
      changes.add(association(vm));
    }
    return Fix.of(changes);
  }

  /**
   * The agent extension as the built-in policies "Configure Windows/Linux virtual machines to run
   * Azure Monitor Agent" deploy it (Azure/azure-policy
   * built-in-policies/policyDefinitions/Monitoring/AzureMonitor_Agent_Windows_VM_DINE.json and
   * AzureMonitor_Agent_Linux_VM_DINE.json): publisher, type, handler version, automatic upgrade.
   * API version 2024-07-01 (azure-rest-api-specs
   * specification/compute/resource-manager/Microsoft.Compute/ComputeRP/stable/2024-07-01/virtualMachine.json,
   * VirtualMachineExtensionProperties), which defines enableAutomaticUpgrade.
   */
  private static ArmChange agent(Resource vm, boolean linux) {
    String type = linux ? "AzureMonitorLinuxAgent" : "AzureMonitorWindowsAgent";
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("publisher", "Microsoft.Azure.Monitor");
    properties.put("type", type);
    properties.put("typeHandlerVersion", linux ? "1.29" : "1.1");
    properties.put("autoUpgradeMinorVersion", true);
    properties.put("enableAutomaticUpgrade", true);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("location", vm.location().orElse(""));
    body.put("properties", properties);
    return ArmChange.put(
        vm.id() + "/extensions/" + type,
        VM_EXTENSIONS.toString(),
        "2024-07-01",
        body,
        "Install the Azure Monitor Agent ("
            + type
            + ") on virtual machine '"
            + vm.name()
            + "'; it signs in with the VM's system-assigned managed identity, which must be on.");
  }

  /**
   * An association of the VM to the chosen data collection rule (azure-rest-api-specs
   * specification/monitor/resource-manager/Microsoft.Insights/stable/2022-06-01/dataCollectionRuleAssociations_API.json).
   */
  private static ArmChange association(Resource vm) {
    return ArmChange.put(
            vm.id()
                + "/providers/Microsoft.Insights/dataCollectionRuleAssociations/readiness-guest-logs",
            DATA_COLLECTION_RULE_ASSOCIATIONS.toString(),
            "2022-06-01",
            Map.of(
                "properties",
                Map.of("dataCollectionRuleId", FixParameters.DATA_COLLECTION_RULE_ID)),
            "Associate virtual machine '"
                + vm.name()
                + "' with the data collection rule that sends its security event logs or Syslog"
                + " to the workspace.")
        .costing("Log Analytics bills the ingested logs per GB.");
  }
}
