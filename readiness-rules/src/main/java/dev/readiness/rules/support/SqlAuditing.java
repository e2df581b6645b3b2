package dev.readiness.rules.support;

import static dev.readiness.rules.types.AzureTypes.SQL_DATABASES;
import static dev.readiness.rules.types.AzureTypes.SQL_DATABASE_AUDITING_SETTINGS;
import static dev.readiness.rules.types.AzureTypes.SQL_SERVER_AUDITING_SETTINGS;

import dev.readiness.api.ArmChange;
import dev.readiness.api.Evidence;
import dev.readiness.api.Json;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceId;
import dev.readiness.api.ResourceType;
import dev.readiness.api.Snapshot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the SQL audit of a database reaches Azure Monitor. A diagnostic setting that names {@code
 * SQLSecurityAuditEvents} carries nothing unless auditing itself sends its events to Azure Monitor:
 * the {@code auditingSettings} of the database, or of its server, must have {@code state} {@code
 * Enabled} and {@code isAzureMonitorTargetEnabled} {@code true}. A server's audit covers every
 * database of the server and reaches Azure Monitor through the diagnostic settings of the server's
 * {@code master} database, so a database is exported either way.
 *
 * <p>Source: the {@code isAzureMonitorTargetEnabled} and {@code state} definitions of {@code
 * ServerBlobAuditingPolicyProperties} and {@code DatabaseBlobAuditingPolicyProperties} in
 * azure-rest-api-specs, specification/sql/resource-manager/Microsoft.Sql/stable/2023-08-01/
 * BlobAuditing.json ("for server level audit you should use the 'master' database"), and
 * https://learn.microsoft.com/azure/azure-sql/database/auditing-overview (server-level auditing
 * applies to every database of the server).
 */
final class SqlAuditing {
  /** The category that carries the SQL audit records. */
  static final String AUDIT_CATEGORY = "SQLSecurityAuditEvents";

  private SqlAuditing() {}

  /**
   * Turns on the audit of {@code database} with Azure Monitor as a target: a PUT of its {@code
   * auditingSettings/default} with state Enabled and isAzureMonitorTargetEnabled true
   * (BlobAuditing.json above). Auditing itself is free; the records are billed where they are
   * ingested.
   */
  static ArmChange sendToAzureMonitor(ResourceId database) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("state", "Enabled");
    properties.put("isAzureMonitorTargetEnabled", true);
    return ArmChange.put(
        database.child("auditingSettings", "default").toString(),
        SQL_DATABASE_AUDITING_SETTINGS.toString(),
        "2023-08-01",
        Map.of("properties", properties),
        "Turn on auditing of database " + database.name() + " with Azure Monitor as a target.");
  }

  /**
   * Where the {@code categories} of {@code database} are exported, with {@code
   * SQLSecurityAuditEvents} credited only along an audit that sends to Azure Monitor.
   */
  static LogRouting route(Snapshot snapshot, ResourceId database, List<String> categories) {
    LogRouting own = DiagnosticLogs.route(snapshot, database, SQL_DATABASES, categories);
    if (categories.stream().noneMatch(AUDIT_CATEGORY::equalsIgnoreCase)) {
      return own;
    }
    ResourceId server = database.parent();
    ResourceId master = server.child("databases", "master");
    boolean isMaster = database.equals(master);
    Audit databaseAudit = Audit.of(snapshot, database, SQL_DATABASE_AUDITING_SETTINGS);
    Audit serverAudit = Audit.of(snapshot, server, SQL_SERVER_AUDITING_SETTINGS);

    List<LogRouting.Route> routes = new ArrayList<>();
    for (LogRouting.Route route : own.allRoutes()) {
      boolean audit = route.category().equalsIgnoreCase(AUDIT_CATEGORY);
      if (!audit || databaseAudit.sends() || (isMaster && serverAudit.sends())) {
        routes.add(route);
      }
    }
    // The settings are the database's own: master's count only through the routes they add, so
    // that a gap of another category is not explained by master's settings.
    List<Resource> settings = own.settings();
    List<Optional<String>> gaps = new ArrayList<>();
    gaps.add(own.unknownReason());
    gaps.add(databaseAudit.unknown());
    gaps.add(serverAudit.unknown());
    if (serverAudit.sends() && !isMaster) {
      LogRouting throughMaster =
          DiagnosticLogs.route(snapshot, master, SQL_DATABASES, List.of(AUDIT_CATEGORY));
      routes.addAll(throughMaster.allRoutes());
      gaps.add(throughMaster.unknownReason());
    }

    boolean auditExported =
        routes.stream()
            .anyMatch(
                r -> r.category().equalsIgnoreCase(AUDIT_CATEGORY) && !r.destinations().isEmpty());
    List<String> silence =
        auditExported ? List.of() : whyNoAudit(server, databaseAudit, serverAudit, isMaster);
    List<Evidence> evidence = List.of(databaseAudit.evidence(), serverAudit.evidence());
    LogRouting known =
        new LogRouting(
            snapshot,
            database,
            SQL_DATABASES,
            categories,
            Optional.empty(),
            settings,
            routes,
            silence,
            evidence);
    // A gap in the data matters only when what was collected does not already export everything.
    Optional<String> unknown = gaps.stream().flatMap(Optional::stream).findFirst();
    if (known.uncovered().isEmpty() || unknown.isEmpty()) {
      return known;
    }
    return new LogRouting(
        snapshot,
        database,
        SQL_DATABASES,
        categories,
        unknown,
        settings,
        routes,
        silence,
        evidence);
  }

  /** Why no audit record reaches a destination, as clauses for the gap message. */
  private static List<String> whyNoAudit(
      ResourceId server, Audit databaseAudit, Audit serverAudit, boolean isMaster) {
    if (!databaseAudit.sends() && !serverAudit.sends()) {
      return List.of(
          "neither its auditing nor that of server '"
              + server.name()
              + "' sends to Azure Monitor (state Enabled with isAzureMonitorTargetEnabled), so no "
              + AUDIT_CATEGORY
              + " reach a diagnostic setting");
    }
    if (serverAudit.sends() && !isMaster) {
      return List.of(
          "server '"
              + server.name()
              + "' audits to Azure Monitor, which reaches a destination only through a diagnostic"
              + " setting of its master database");
    }
    return List.of();
  }

  /**
   * One auditing policy: whether it sends to Azure Monitor, or why it is unknown.
   *
   * @param sends true when {@code state} is Enabled and {@code isAzureMonitorTargetEnabled} true
   * @param unknown why the policy was not collected
   * @param evidence the value that decided
   */
  private record Audit(boolean sends, Optional<String> unknown, Evidence evidence) {
    static Audit of(Snapshot snapshot, ResourceId owner, ResourceType type) {
      String expected = "state Enabled with isAzureMonitorTargetEnabled true";
      Optional<String> missing = snapshot.coverage().whyMissing(owner, type);
      if (missing.isPresent()) {
        return new Audit(
            false,
            missing,
            Evidence.absent(owner.child("auditingSettings", "default"), "not collected", expected));
      }
      List<Resource> policies = snapshot.children(owner, type);
      if (policies.isEmpty()) {
        // The list answers a 'default' policy (state Disabled) even when auditing is off
        // (DatabaseAuditingSettingsList.json); an empty list is taken as off.
        return new Audit(
            false,
            Optional.empty(),
            Evidence.absent(owner.child("auditingSettings", "default"), "no policy", expected));
      }
      // ARM names the one auditing policy of a server or database 'default'; where a snapshot
      // holds others besides it, 'default' is the one a PUT (and so a fix) changes.
      Resource policy =
          policies.stream()
              .filter(p -> p.name().equalsIgnoreCase("default"))
              .findFirst()
              .orElse(policies.get(0));
      Json state = policy.properties().get("state");
      Json azureMonitor = policy.properties().get("isAzureMonitorTargetEnabled");
      boolean enabled = state.textEqualsIgnoreCase("Enabled");
      boolean sends = enabled && azureMonitor.isTrue();
      Json decided = enabled ? azureMonitor : state;
      return new Audit(sends, Optional.empty(), Evidence.of(decided, expected));
    }
  }
}
