package dev.readiness.rules.support;

import static dev.readiness.rules.types.AzureTypes.MANAGEMENT_POLICIES;
import static dev.readiness.rules.types.AzureTypes.STORAGE_ACCOUNTS;
import static dev.readiness.rules.types.AzureTypes.WORKSPACES;
import static dev.readiness.rules.types.AzureTypes.WORKSPACE_TABLES;

import dev.readiness.api.Evidence;
import dev.readiness.api.Json;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceId;
import dev.readiness.api.ResourceType;
import dev.readiness.api.Snapshot;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Decides how long a destination keeps a log stream: the last link of the chain resource →
 * diagnostic setting → destination → retention. The retired {@code retentionPolicy} of a diagnostic
 * setting plays no part (it cannot be set since 2023 and is ignored since September 2025); a
 * destination that is not in the snapshot gives UNKNOWN, never a pass.
 */
public final class RetentionChain {
  private static final String[] DELETE_AGES = {
    "daysAfterModificationGreaterThan",
    "daysAfterCreationGreaterThan",
    "daysAfterLastAccessTimeGreaterThan"
  };

  private RetentionChain() {}

  /**
   * How long {@code destination} keeps {@code category} of a resource of {@code sourceType}; {@code
   * dedicated} when the setting writes resource-specific tables.
   */
  public static Retention of(
      Snapshot snapshot,
      Destination destination,
      ResourceType sourceType,
      String category,
      boolean dedicated) {
    Optional<ResourceId> id = destination.resourceId();
    return switch (destination.kind()) {
      case WORKSPACE ->
          id.map(ws -> ofWorkspaceTable(snapshot, ws, sourceType, category, dedicated))
              .orElseGet(() -> malformed(destination));
      case STORAGE_ACCOUNT ->
          id.map(account -> ofStorage(snapshot, account, LogTables.container(sourceType, category)))
              .orElseGet(() -> malformed(destination));
      case EVENT_HUB, PARTNER ->
          Retention.unknown(
              destination.describe()
                  + " forwards the logs elsewhere; how long they are kept there is not visible",
              Evidence.of(destination.source(), "a Log Analytics workspace or storage account"));
    };
  }

  /**
   * How long workspace {@code workspaceId} keeps {@code category} of {@code sourceType}: the
   * retention of the table it lands in. When that table is not known but the workspace's tables
   * were collected, one of them may keep the logs shorter than the workspace default, so the answer
   * is UNKNOWN rather than the default.
   */
  private static Retention ofWorkspaceTable(
      Snapshot snapshot,
      ResourceId workspaceId,
      ResourceType sourceType,
      String category,
      boolean dedicated) {
    Optional<String> table = LogTables.table(sourceType, category, dedicated);
    Optional<Resource> workspace = snapshot.resource(workspaceId);
    boolean tablesCollected =
        snapshot.coverage().whyMissing(workspaceId, WORKSPACE_TABLES).isEmpty();
    if (table.isEmpty() && workspace.isPresent() && tablesCollected) {
      return Retention.unknown(
          category
              + " goes to a resource-specific table of workspace '"
              + workspace.get().name()
              + "' whose name is not known for "
              + sourceType
              + ", so its retention, which may be shorter than the workspace's, cannot be read",
          Evidence.of(
              workspace.get().properties().get("retentionInDays"),
              "the retention of the table the logs land in"));
    }
    return ofWorkspace(snapshot, workspaceId, table);
  }

  private static Retention malformed(Destination destination) {
    return Retention.unknown(
        destination.kind().label() + " id '" + destination.id() + "' is not a resource id",
        Evidence.of(destination.source(), "a resource id"));
  }

  /**
   * How long workspace {@code workspaceId} keeps {@code table}: the table's {@code
   * totalRetentionInDays} (interactive plus long-term) when the table is in the snapshot, otherwise
   * the workspace's {@code retentionInDays}.
   */
  public static Retention ofWorkspace(
      Snapshot snapshot, ResourceId workspaceId, Optional<String> table) {
    Optional<Resource> found = snapshot.resource(workspaceId);
    if (found.isEmpty()) {
      return missing(snapshot, workspaceId, WORKSPACES, "workspace");
    }
    Resource workspace = found.get();
    if (table.isPresent()) {
      for (Resource candidate : snapshot.children(workspace.id(), WORKSPACE_TABLES)) {
        if (candidate.name().equalsIgnoreCase(table.get())) {
          Json total = candidate.properties().get("totalRetentionInDays");
          Json interactive = candidate.properties().get("retentionInDays");
          Json decided = positive(total).isPresent() ? total : interactive;
          OptionalLong days = positive(decided);
          if (days.isPresent()) {
            return Retention.days(
                    (int) days.getAsLong(),
                    "table "
                        + candidate.name()
                        + " of workspace '"
                        + workspace.name()
                        + "' keeps "
                        + days.getAsLong()
                        + " days",
                    Evidence.of(decided, "the days the table keeps its logs"))
                .setAt(candidate.id());
          }
        }
      }
    }
    Json retention = workspace.properties().get("retentionInDays");
    OptionalLong days = positive(retention);
    if (days.isEmpty()) {
      return Retention.unknown(
          "workspace '" + workspace.name() + "' does not state its retention",
          Evidence.of(retention, "retentionInDays"));
    }
    return Retention.days(
            (int) days.getAsLong(),
            "workspace '" + workspace.name() + "' keeps " + days.getAsLong() + " days",
            Evidence.of(retention, "the days the workspace keeps its logs"))
        .setAt(workspace.id());
  }

  /**
   * How long storage account {@code accountId} keeps the blobs of {@code container}: the shortest
   * enabled lifecycle delete rule whose prefix filter reaches the container; unlimited when none
   * does.
   */
  public static Retention ofStorage(Snapshot snapshot, ResourceId accountId, String container) {
    Optional<Resource> account = snapshot.resource(accountId);
    if (account.isEmpty()) {
      return missing(snapshot, accountId, STORAGE_ACCOUNTS, "storage account");
    }
    Optional<String> policiesMissing =
        snapshot.coverage().whyMissing(accountId, MANAGEMENT_POLICIES);
    if (policiesMissing.isPresent()) {
      return Retention.unknown(
          "the lifecycle rules of storage account '"
              + account.get().name()
              + "' are unknown: "
              + policiesMissing.get());
    }
    List<Resource> found = snapshot.children(accountId, MANAGEMENT_POLICIES);
    Retention shortest = null;
    for (Resource policy : found) {
      for (Json rule : policy.properties().at("/policy/rules").items()) {
        if (rule.get("enabled").bool().orElse(true) && reaches(rule, container)) {
          for (String age : DELETE_AGES) {
            Json value = rule.at("/definition/actions/baseBlob/delete").get(age);
            OptionalLong days = value.longValue();
            if (days.isPresent() && (shortest == null || days.getAsLong() < shortest.days())) {
              shortest =
                  Retention.days(
                      (int) days.getAsLong(),
                      "lifecycle rule '"
                          + rule.get("name").textOr("?")
                          + "' of storage account '"
                          + account.get().name()
                          + "' deletes them after "
                          + days.getAsLong()
                          + " days",
                      Evidence.of(value, "no delete rule, or one that keeps the logs long enough"));
            }
          }
        }
      }
    }
    if (shortest != null) {
      return shortest;
    }
    return Retention.unlimited(
        "storage account '" + account.get().name() + "' has no lifecycle rule deleting them",
        found.isEmpty()
            ? Evidence.absent(
                accountId.child("managementPolicies", "default"),
                "no lifecycle management policy",
                "no rule deleting logs too early")
            : Evidence.of(found.get(0).properties().at("/policy/rules"), "no early delete rule"));
  }

  /** True when a lifecycle rule's prefix filter (or its absence) reaches {@code container}. */
  private static boolean reaches(Json rule, String container) {
    List<Json> prefixes = rule.at("/definition/filters/prefixMatch").items();
    if (prefixes.isEmpty()) {
      return true;
    }
    for (Json prefix : prefixes) {
      String text = prefix.textOr("");
      if ((container + "/").startsWith(text) || text.startsWith(container + "/")) {
        return true;
      }
    }
    return false;
  }

  private static OptionalLong positive(Json value) {
    OptionalLong days = value.longValue();
    return days.isPresent() && days.getAsLong() > 0 ? days : OptionalLong.empty();
  }

  private static Retention missing(
      Snapshot snapshot, ResourceId id, ResourceType type, String label) {
    String why =
        snapshot
            .coverage()
            .whyMissing(id, type)
            .orElse("it does not exist in the collected data (deleted, or in another tenant)");
    return Retention.unknown(
        label + " '" + id.name() + "' is not in the snapshot: " + why,
        Evidence.absent(id, "not in the snapshot", "the " + label + " the logs are sent to"));
  }
}
