package dev.readiness.api.fix;

import dev.readiness.api.ArmChange;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The API version a Bicep module declares the {@code existing} resource with that an extension
 * resource (a diagnostic setting, a data connector) hangs on. Bicep needs a symbol for {@code
 * scope}, and a symbol needs a {@code Type@version}; the deployment uses only the resource's id, so
 * the version decides nothing, but it must be one Azure publishes for the type, or the Bicep
 * compiler warns that it knows no such type. These are published stable versions (in
 * Azure/azure-rest-api-specs) of the types the built-in rules hang settings on.
 */
final class ExistingApiVersions {
  private static final Map<String, String> PUBLISHED =
      Map.ofEntries(
          Map.entry("microsoft.automation/automationaccounts", "2023-11-01"),
          Map.entry("microsoft.compute/virtualmachines", "2024-07-01"),
          Map.entry("microsoft.compute/virtualmachinescalesets", "2024-07-01"),
          Map.entry("microsoft.containerregistry/registries", "2023-07-01"),
          Map.entry("microsoft.containerservice/managedclusters", "2024-02-01"),
          Map.entry("microsoft.documentdb/databaseaccounts", "2023-04-15"),
          Map.entry("microsoft.eventhub/namespaces", "2024-01-01"),
          Map.entry("microsoft.keyvault/vaults", "2023-07-01"),
          Map.entry("microsoft.logic/workflows", "2019-05-01"),
          Map.entry("microsoft.network/applicationgateways", "2024-05-01"),
          Map.entry("microsoft.network/azurefirewalls", "2024-05-01"),
          Map.entry("microsoft.network/frontdoors", "2021-06-01"),
          Map.entry("microsoft.network/networkinterfaces", "2024-05-01"),
          Map.entry("microsoft.network/networksecuritygroups", "2024-05-01"),
          Map.entry("microsoft.network/publicipaddresses", "2024-05-01"),
          Map.entry("microsoft.network/virtualnetworks", "2024-05-01"),
          Map.entry("microsoft.operationalinsights/workspaces", "2022-10-01"),
          Map.entry("microsoft.recoveryservices/vaults", "2024-04-01"),
          Map.entry("microsoft.servicebus/namespaces", "2021-11-01"),
          Map.entry("microsoft.sql/servers", "2021-11-01"),
          Map.entry("microsoft.sql/servers/databases", "2021-11-01"),
          Map.entry("microsoft.storage/storageaccounts", "2023-05-01"),
          Map.entry("microsoft.storage/storageaccounts/blobservices", "2023-05-01"),
          Map.entry("microsoft.storage/storageaccounts/fileservices", "2023-05-01"),
          Map.entry("microsoft.storage/storageaccounts/queueservices", "2023-05-01"),
          Map.entry("microsoft.storage/storageaccounts/tableservices", "2023-05-01"),
          Map.entry("microsoft.web/sites", "2023-12-01"),
          Map.entry("microsoft.web/sites/slots", "2023-12-01"));

  private ExistingApiVersions() {}

  /**
   * A published API version of {@code type}: from the list above, else that of a change of the same
   * type in {@code plan} (a version a fix writes), else empty.
   */
  static Optional<String> of(String type, FixPlan plan) {
    String key = type.toLowerCase(Locale.ROOT);
    String known = PUBLISHED.get(key);
    if (known != null) {
      return Optional.of(known);
    }
    return plan.armChanges().stream()
        .map(FixPlan.Placed::change)
        .filter(change -> change.type().toLowerCase(Locale.ROOT).equals(key))
        .map(ArmChange::apiVersion)
        .findFirst();
  }
}
