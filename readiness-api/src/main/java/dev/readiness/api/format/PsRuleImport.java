package dev.readiness.api.format;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceId;
import dev.readiness.api.ResourceType;
import dev.readiness.api.Snapshot;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Imports the JSON written by PSRule for Azure's {@code Export-AzRuleData}: one object per
 * resource, in either of the shapes its versions write (PowerShell objects with PascalCase keys
 * such as {@code ResourceId}, or raw ARM objects), with the child and extension resources the
 * export fetched nested under {@code resources}. Subscription objects, whose {@code Id} is a bare
 * GUID, are the subscription.
 *
 * <p>The export lists every resource of each subscription it covers, so top-level inventory is
 * COLLECTED per subscription ({@link ResourceType#ALL_TOP_LEVEL}); extension resources, which no
 * resource list holds, are not part of it. For some resource types it always fetches the same
 * sub-resources — the diagnostic settings of key vaults, the config of web apps, … — so those are
 * COLLECTED at each such resource even when none exist, and in a subscription without any resource
 * of the parent type. Sub-resources it does not always fetch (virtual machine extensions among
 * them) are kept when present but never claimed complete.
 */
final class PsRuleImport implements SnapshotReader.Importer {
  private static final ResourceType DIAGNOSTIC_SETTINGS =
      ResourceType.of("Microsoft.Insights/diagnosticSettings");
  private static final ResourceType STORAGE_ACCOUNTS =
      ResourceType.of("Microsoft.Storage/storageAccounts");

  /**
   * Sub-resources the export always fetches, by the type of the resource it expands; from its
   * resource export visitor (Azure/PSRule.Rules.Azure:
   * src/PSRule.Rules.Azure/Pipeline/Export/ResourceExportVisitor.cs). Storage accounts depend on
   * their kind: {@link #storageServices}.
   */
  private static final Map<String, List<ResourceType>> EXPANDED =
      Map.ofEntries(
          expands("Microsoft.KeyVault/vaults", DIAGNOSTIC_SETTINGS),
          expands("Microsoft.Network/frontDoors", DIAGNOSTIC_SETTINGS),
          expands(
              "Microsoft.ContainerService/managedClusters",
              DIAGNOSTIC_SETTINGS,
              child("Microsoft.ContainerService/managedClusters", "maintenanceConfigurations")),
          expands(
              "Microsoft.Cdn/profiles/endpoints",
              DIAGNOSTIC_SETTINGS,
              child("Microsoft.Cdn/profiles/endpoints", "customDomains"),
              child("Microsoft.Cdn/profiles/endpoints", "originGroups")),
          expands(
              "Microsoft.Sql/servers",
              children(
                  "Microsoft.Sql/servers",
                  "firewallRules",
                  "administrators",
                  "securityAlertPolicies",
                  "vulnerabilityAssessments",
                  "sqlVulnerabilityAssessments",
                  "auditingSettings")),
          expands(
              "Microsoft.Sql/servers/databases",
              children(
                  "Microsoft.Sql/servers/databases",
                  "dataMaskingPolicies",
                  "transparentDataEncryption",
                  "connectionPolicies",
                  "geoBackupPolicies")),
          expands("Microsoft.Web/sites", child("Microsoft.Web/sites", "config")),
          expands("Microsoft.Web/sites/slots", child("Microsoft.Web/sites/slots", "config")),
          expands(
              "Microsoft.RecoveryServices/vaults",
              children(
                  "Microsoft.RecoveryServices/vaults",
                  "replicationRecoveryPlans",
                  "replicationAlertSettings")),
          expands(
              "Microsoft.ContainerRegistry/registries",
              children(
                  "Microsoft.ContainerRegistry/registries", "replications", "webhooks", "tasks")),
          expands(
              "Microsoft.EventHub/namespaces", child("Microsoft.EventHub/namespaces", "eventhubs")),
          expands(
              "Microsoft.ServiceBus/namespaces",
              children("Microsoft.ServiceBus/namespaces", "queues", "topics")),
          expands(
              "Microsoft.Resources/resourceGroups",
              ResourceType.of("Microsoft.Authorization/roleAssignments"),
              ResourceType.of("Microsoft.Authorization/locks")),
          expands(
              "Microsoft.Resources/subscriptions",
              ResourceType.of("Microsoft.Authorization/roleAssignments"),
              ResourceType.of("Microsoft.Authorization/classicAdministrators"),
              ResourceType.of("Microsoft.Security/autoProvisioningSettings"),
              ResourceType.of("Microsoft.Security/securityContacts"),
              ResourceType.of("Microsoft.Security/pricings"),
              ResourceType.of("Microsoft.Authorization/policyAssignments")));

  /**
   * Extension resource types the checklist reads. ARM keeps each beneath the resource or scope it
   * extends; the template reference calls them extension resources (for example
   * learn.microsoft.com/azure/templates/microsoft.insights/diagnosticsettings,
   * .../microsoft.insights/datacollectionruleassociations,
   * .../microsoft.security/2024-01-01/pricings). No subscription's resource list holds them, so the
   * inventory the export lists does not cover them: only what {@link #EXPANDED} fetches is
   * complete, everywhere else they are not collected.
   */
  private static final List<ResourceType> EXTENSIONS =
      Stream.of(
              "Microsoft.Insights/diagnosticSettings",
              "Microsoft.Insights/dataCollectionRuleAssociations",
              "Microsoft.Authorization/roleAssignments",
              "Microsoft.Authorization/roleDefinitions",
              "Microsoft.Authorization/roleAssignmentScheduleInstances",
              "Microsoft.Authorization/roleEligibilityScheduleInstances",
              "Microsoft.Authorization/roleManagementPolicies",
              "Microsoft.Authorization/roleManagementPolicyAssignments",
              "Microsoft.Authorization/policyAssignments",
              "Microsoft.Authorization/locks",
              "Microsoft.Authorization/classicAdministrators",
              "Microsoft.Security/pricings",
              "Microsoft.Security/securityContacts",
              "Microsoft.Security/autoProvisioningSettings",
              "Microsoft.SecurityInsights/onboardingStates",
              "Microsoft.SecurityInsights/alertRules",
              "Microsoft.SecurityInsights/automationRules",
              "Microsoft.SecurityInsights/dataConnectors")
          .map(ResourceType::of)
          .toList();

  /** Child types with a single parent type, complete where that parent type has no instance. */
  private static final List<ResourceType> CHILD_TYPES = childTypes();

  private static Map.Entry<String, List<ResourceType>> expands(
      String parent, ResourceType... fetched) {
    return Map.entry(ResourceType.of(parent).key(), List.of(fetched));
  }

  private static ResourceType child(String parent, String child) {
    return ResourceType.of(parent).child(child);
  }

  private static ResourceType[] children(String parent, String... names) {
    ResourceType[] types = new ResourceType[names.length];
    for (int i = 0; i < names.length; i++) {
      types[i] = child(parent, names[i]);
    }
    return types;
  }

  private static List<ResourceType> childTypes() {
    Set<ResourceType> types = new TreeSet<>();
    EXPANDED.forEach(
        (parent, fetched) ->
            fetched.stream()
                .filter(type -> type.isNested() && type.parent().key().equals(parent))
                .forEach(types::add));
    types.add(STORAGE_ACCOUNTS.child("blobServices"));
    types.add(STORAGE_ACCOUNTS.child("fileServices"));
    return List.copyOf(types);
  }

  private final ImportCoverage coverage;
  private final Set<String> typesSeen = new TreeSet<>();

  PsRuleImport(Instant importedAt, String source) {
    this.coverage = new ImportCoverage("PSRule for Azure", importedAt, source);
  }

  /** True when the object uses the export's PascalCase keys. */
  static boolean looksLikeExport(JsonNode first) {
    return first.has("ResourceId") || first.has("ResourceType");
  }

  @Override
  public void accept(ObjectNode item, JsonLocation at) {
    Optional<Resource> kept = coverage.take(at, item, null);
    kept.ifPresent(this::recordTopLevel);
    coverage.takeNested(at, item, kept.map(Resource::id).orElse(null)).forEach(this::recordSeen);
  }

  private void recordTopLevel(Resource resource) {
    resource
        .subscriptionId()
        .ifPresent(
            subscription -> {
              coverage.subscription(subscription);
              coverage.collected(ResourceId.subscription(subscription), ResourceType.ALL_TOP_LEVEL);
            });
    recordSeen(resource);
    fetchedBeneath(resource).forEach(child -> coverage.collected(resource.id(), child));
  }

  private void recordSeen(Resource resource) {
    typesSeen.add(seen(resource.type(), resource.subscriptionId().orElse("")));
  }

  /** The sub-resource types the export always fetches for {@code resource}. */
  private static List<ResourceType> fetchedBeneath(Resource resource) {
    String type = resource.type().key();
    if (type.equals(STORAGE_ACCOUNTS.key())) {
      return resource.kind().map(PsRuleImport::storageServices).orElse(List.of());
    }
    return EXPANDED.getOrDefault(type, List.of());
  }

  /**
   * The export reads blob services unless the account's kind is FileStorage, and file services
   * then; an account without a kind gets neither.
   */
  private static List<ResourceType> storageServices(String kind) {
    return List.of(
        STORAGE_ACCOUNTS.child(
            kind.equalsIgnoreCase("FileStorage") ? "fileServices" : "blobServices"));
  }

  /**
   * A child type the export fetches beneath every resource of one parent type is complete in a
   * subscription that has no resource of that parent type: there was nothing to fetch it from.
   */
  private void claimChildrenOfAbsentParents() {
    for (String subscription : coverage.subscriptions()) {
      for (ResourceType child : CHILD_TYPES) {
        if (!typesSeen.contains(seen(child.parent(), subscription))) {
          coverage.collected(ResourceId.subscription(subscription), child);
        }
      }
    }
  }

  /**
   * The inventory of a subscription does not vouch for its extension resources: each is not
   * collected there unless the export fetched it beneath the subscription itself.
   */
  private void withholdExtensionsFromInventory() {
    for (String subscription : coverage.subscriptions()) {
      ResourceId scope = ResourceId.subscription(subscription);
      for (ResourceType extension : EXTENSIONS) {
        coverage.notCollectedUnlessClaimed(scope, extension);
      }
    }
  }

  private static String seen(ResourceType type, String subscription) {
    return type.key() + ' ' + subscription.toLowerCase(Locale.ROOT);
  }

  @Override
  public Optional<String> summary() {
    return coverage.summary();
  }

  @Override
  public Snapshot build() {
    claimChildrenOfAbsentParents();
    withholdExtensionsFromInventory();
    return coverage.build();
  }
}
