package dev.readiness.rules.support;

import dev.readiness.api.Json;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one data collection rule: which workspace and table each Windows event log or Syslog
 * facility lands in, and whether an XPath query, a log level list or a transformation narrows what
 * is kept. The structure is that of <a
 * href="https://learn.microsoft.com/azure/azure-monitor/data-collection/data-collection-rule-structure">Structure
 * of a data collection rule</a> and of the REST API example {@code
 * specification/monitor/resource-manager/Microsoft.Insights/stable/2022-06-01/examples/DataCollectionRulesCreate.json}.
 */
final class DataCollectionRuleSinks {
  /**
   * The Syslog levels from Info up: "all logs with the selected severity level and higher are
   * collected", and sshd records logons at Info, so a list without one of them loses logons
   * (https://learn.microsoft.com/azure/azure-monitor/vm/data-collection-syslog).
   */
  private static final List<String> LEVELS_FROM_INFO =
      List.of("info", "notice", "warning", "error", "critical", "alert", "emergency");

  /**
   * XPath selectors after {@code Log!} that take the whole log ("Security!" in the REST example).
   */
  private static final Set<String> WHOLE_LOG = Set.of("", "*");

  private DataCollectionRuleSinks() {}

  /** Where {@code rule} sends Windows event log {@code log}. */
  static List<GuestLogs.Sink> windows(Resource rule, String log) {
    String prefix = log.toLowerCase(Locale.ROOT) + "!";
    List<GuestLogs.Sink> found = new ArrayList<>();
    for (Json source : rule.properties().at("/dataSources/windowsEventLogs").items()) {
      Json queries = source.get("xPathQueries");
      List<String> matching =
          queries.items().stream()
              .map(q -> q.textOr("").trim())
              .filter(q -> q.toLowerCase(Locale.ROOT).startsWith(prefix))
              .toList();
      if (matching.isEmpty()) {
        continue;
      }
      boolean whole =
          matching.stream().anyMatch(q -> WHOLE_LOG.contains(q.substring(prefix.length()).trim()));
      Optional<GuestLogs.Filter> xPath =
          whole
              ? Optional.empty()
              : Optional.of(
                  new GuestLogs.Filter(
                      "XPath " + quoted(matching) + " in rule '" + rule.name() + "'", queries));
      found.addAll(sinks(rule, source, xPath));
    }
    return found;
  }

  /** Where {@code rule} sends Syslog facility {@code facility}. */
  static List<GuestLogs.Sink> syslog(Resource rule, String facility) {
    List<GuestLogs.Sink> found = new ArrayList<>();
    for (Json source : rule.properties().at("/dataSources/syslog").items()) {
      boolean collects =
          source.get("facilityNames").items().stream()
              .anyMatch(f -> f.textEqualsIgnoreCase(facility) || f.textEqualsIgnoreCase("*"));
      if (collects) {
        found.addAll(sinks(rule, source, levelFilter(rule, source)));
      }
    }
    return found;
  }

  private static Optional<GuestLogs.Filter> levelFilter(Resource rule, Json source) {
    Json levels = source.get("logLevels");
    List<String> named =
        levels.items().stream().map(l -> l.textOr("").toLowerCase(Locale.ROOT)).toList();
    if (named.contains("*") || named.containsAll(LEVELS_FROM_INFO)) {
      return Optional.empty();
    }
    String which =
        named.isEmpty()
            ? "no log levels"
            : "only log levels "
                + String.join(", ", levels.items().stream().map(l -> l.textOr("")).toList());
    return Optional.of(
        new GuestLogs.Filter(
            which + " in rule '" + rule.name() + "' (logons are recorded at Info and above)",
            levels));
  }

  /** The sinks of {@code source}'s streams, through every data flow that carries them. */
  private static List<GuestLogs.Sink> sinks(
      Resource rule, Json source, Optional<GuestLogs.Filter> sourceFilter) {
    Optional<GuestLogs.Filter> filter =
        sourceFilter.or(() -> transformation(rule, source.get("transformKql")));
    Map<String, ResourceId> workspaces = new LinkedHashMap<>();
    for (Json destination : rule.properties().at("/destinations/logAnalytics").items()) {
      destination
          .get("workspaceResourceId")
          .text()
          .flatMap(Ids::parse)
          .ifPresent(ws -> workspaces.put(lower(destination.get("name")), ws));
    }
    List<GuestLogs.Sink> sinks = new ArrayList<>();
    for (Json stream : source.get("streams").items()) {
      for (Json flow : rule.properties().get("dataFlows").items()) {
        boolean carries =
            flow.get("streams").items().stream()
                .anyMatch(s -> s.textEqualsIgnoreCase(stream.textOr("")));
        if (!carries) {
          continue;
        }
        // outputStream names the table when a transformation sends the data elsewhere.
        Json output = flow.get("outputStream");
        String table = table(output.text().orElse(stream.textOr("")));
        Optional<GuestLogs.Filter> narrowed =
            filter.or(() -> transformation(rule, flow.get("transformKql")));
        for (Json name : flow.get("destinations").items()) {
          ResourceId workspace = workspaces.get(lower(name));
          if (workspace != null) {
            sinks.add(new GuestLogs.Sink(workspace, table, source, narrowed));
          }
        }
      }
    }
    return sinks;
  }

  /**
   * The table a stream lands in: a standard stream is named {@code Microsoft-<TableName>} and a
   * custom one {@code Custom-<TableName>}, so Microsoft-SecurityEvent lands in SecurityEvent,
   * Microsoft-Event in Event, Microsoft-WindowsEvent in WindowsEvent and Microsoft-Syslog in Syslog
   * (https://learn.microsoft.com/azure/azure-monitor/data-collection/data-collection-rule-structure,
   * "Common data source parameters" and "outputStream").
   */
  static String table(String stream) {
    int dash = stream.indexOf('-');
    String prefix = dash < 0 ? "" : stream.substring(0, dash).toLowerCase(Locale.ROOT);
    return prefix.equals("microsoft") || prefix.equals("custom")
        ? stream.substring(dash + 1)
        : stream;
  }

  /** A transformation other than the pass-through {@code source} may drop events. */
  private static Optional<GuestLogs.Filter> transformation(Resource rule, Json kql) {
    String text = kql.textOr("").trim();
    if (text.isEmpty() || text.equalsIgnoreCase("source")) {
      return Optional.empty();
    }
    return Optional.of(
        new GuestLogs.Filter(
            "the transformation '" + text + "' in rule '" + rule.name() + "'", kql));
  }

  private static String quoted(List<String> queries) {
    return "'" + String.join("', '", queries) + "'";
  }

  private static String lower(Json value) {
    return value.textOr("").toLowerCase(Locale.ROOT);
  }
}
