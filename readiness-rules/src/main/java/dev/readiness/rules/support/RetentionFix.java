package dev.readiness.rules.support;

import dev.readiness.api.ArmChange;
import dev.readiness.api.Change;
import dev.readiness.api.Fix;
import dev.readiness.api.ResourceId;
import dev.readiness.rules.types.AzureTypes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The fix for logs kept too short: raise the retention setting that decided it, on the workspace
 * ({@code retentionInDays}) or on the table that overrides it ({@code totalRetentionInDays}).
 * Limits and billing from
 * https://learn.microsoft.com/azure/azure-monitor/logs/data-retention-configure: a workspace keeps
 * analytics data up to two years, a table's total retention reaches twelve years, and the first 31
 * days are included in the ingestion price.
 */
public final class RetentionFix {
  /** The longest workspace retention, two years. */
  static final int WORKSPACE_MAX_DAYS = 730;

  /** The longest total retention of a table, twelve years. */
  static final int TABLE_MAX_DAYS = 4383;

  /** Both resource types take PATCH at this version (Workspaces_Update, Tables_Update). */
  private static final String API_VERSION = "2022-10-01";

  private static final String COST =
      "Log Analytics bills each GB kept beyond the 31 days included in the ingestion price, per"
          + " month; long-term retention at a lower rate than interactive retention.";

  private RetentionFix() {}

  /**
   * The changes that keep the {@code tooShort} retentions {@code days}, one per deciding setting;
   * none for a retention no setting decides (a storage lifecycle rule) or a setting that cannot
   * reach {@code days}.
   */
  public static Fix lengthen(Collection<Retention> tooShort, int days) {
    TreeSet<ResourceId> settings = new TreeSet<>();
    tooShort.forEach(r -> r.setAt().ifPresent(settings::add));
    List<Change> changes = new ArrayList<>();
    settings.forEach(setting -> change(setting, days).ifPresent(changes::add));
    return Fix.of(changes);
  }

  private static Optional<ArmChange> change(ResourceId setting, int days) {
    boolean table = setting.type().equals(AzureTypes.WORKSPACE_TABLES);
    if (days > (table ? TABLE_MAX_DAYS : WORKSPACE_MAX_DAYS)) {
      return Optional.empty();
    }
    // Property names from azure-rest-api-specs specification/operationalinsights/resource-manager/
    // Microsoft.OperationalInsights/stable/2022-10-01/Workspaces.json (WorkspacePatch) and
    // Tables.json (TableProperties).
    String property = table ? "totalRetentionInDays" : "retentionInDays";
    String subject =
        table
            ? "table " + setting.name() + " of workspace '" + setting.parent().name() + "'"
            : "workspace '" + setting.name() + "'";
    return Optional.of(
        ArmChange.patch(
                setting.toString(),
                setting.type().toString(),
                API_VERSION,
                Map.of("properties", Map.of(property, days)),
                "Keep the logs of " + subject + " " + days + " days (" + property + ").")
            .costing(COST));
  }
}
