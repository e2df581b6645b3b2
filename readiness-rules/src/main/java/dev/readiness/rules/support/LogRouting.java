package dev.readiness.rules.support;

import dev.readiness.api.CoverageRecord;
import dev.readiness.api.Evidence;
import dev.readiness.api.Json;
import dev.readiness.api.LogExport;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceId;
import dev.readiness.api.ResourceType;
import dev.readiness.api.Snapshot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where some log categories of one resource are exported, as decided by {@link DiagnosticLogs}: per
 * category the settings whose enabled entries cover it, and their destinations.
 */
public final class LogRouting implements LogExport {
  /**
   * One setting entry covering one category.
   *
   * @param category the category covered
   * @param setting the diagnostic setting
   * @param entry the enabled {@code logs[]} entry that covers it
   * @param destinations the setting's destinations; empty when it names none
   */
  public record Route(
      String category, Resource setting, Json entry, List<Destination> destinations) {
    /** Copies the destinations. */
    public Route {
      destinations = List.copyOf(destinations);
    }
  }

  private final Snapshot snapshot;
  private final ResourceId target;
  private final ResourceType sourceType;
  private final List<String> categories;
  private final Optional<String> notCollected;
  private final List<Resource> settings;
  private final List<Route> routes;

  /**
   * For each category asked about, in the same order, the routes that reach a destination. Rules
   * ask for them several times per resource, so they are sorted out once.
   */
  private final List<List<Route>> reaching;

  private final List<String> uncovered;

  /** Why some categories are not emitted at all, whatever the settings say; may be empty. */
  private final List<String> silenceReasons;

  /** The values behind {@link #silenceReasons}, or behind the source emitting at all. */
  private final List<Evidence> sourceEvidence;

  LogRouting(
      Snapshot snapshot,
      ResourceId target,
      ResourceType sourceType,
      List<String> categories,
      Optional<String> notCollected,
      List<Resource> settings,
      List<Route> routes,
      List<String> silenceReasons,
      List<Evidence> sourceEvidence) {
    this.snapshot = snapshot;
    this.target = target;
    this.sourceType = sourceType;
    this.categories = categories;
    this.notCollected = notCollected;
    this.settings = settings;
    this.routes = List.copyOf(routes);
    List<List<Route>> byCategory = new ArrayList<>(categories.size());
    List<String> exportedNowhere = new ArrayList<>();
    for (String category : categories) {
      List<Route> found = routesReaching(this.routes, category);
      byCategory.add(found);
      if (found.isEmpty()) {
        exportedNowhere.add(category);
      }
    }
    this.reaching = List.copyOf(byCategory);
    this.uncovered = List.copyOf(exportedNowhere);
    this.silenceReasons = List.copyOf(silenceReasons);
    this.sourceEvidence = List.copyOf(sourceEvidence);
  }

  /** The routes of every category, in the order found. */
  List<Route> allRoutes() {
    return routes;
  }

  private static List<Route> routesReaching(List<Route> routes, String category) {
    List<Route> found = new ArrayList<>();
    for (Route route : routes) {
      if (route.category().equalsIgnoreCase(category) && !route.destinations().isEmpty()) {
        found.add(route);
      }
    }
    return List.copyOf(found);
  }

  /** The categories asked about, in the order asked. */
  public List<String> categories() {
    return categories;
  }

  /** Why the resource's diagnostic settings are unknown, when they were not collected. */
  public Optional<String> unknownReason() {
    return notCollected;
  }

  /**
   * The gap in the resource's diagnostic settings when they were not collected; empty when they
   * were (a routing undecided for another reason, such as an unknown category group, names its
   * reason in {@link #unknownReason}).
   */
  @Override
  public List<CoverageRecord> gaps() {
    return snapshot.coverage().missing(target, DiagnosticLogs.settingsType(target)).stream()
        .toList();
  }

  /** The resource's diagnostic settings. */
  public List<Resource> settings() {
    return settings;
  }

  /** The routes of {@code category} that reach at least one destination. */
  public List<Route> routes(String category) {
    for (int i = 0; i < categories.size(); i++) {
      if (categories.get(i).equalsIgnoreCase(category)) {
        return reaching.get(i);
      }
    }
    return routesReaching(routes, category);
  }

  /** The categories no setting exports to a destination, in the order asked. */
  @Override
  public List<String> uncovered() {
    return uncovered;
  }

  /** The categories no setting exports to a destination of {@code kind}, in the order asked. */
  public List<String> uncovered(Destination.Kind kind) {
    return categories.stream()
        .filter(c -> routes(c).stream().noneMatch(r -> hasKind(r, kind)))
        .toList();
  }

  private static boolean hasKind(Route route, Destination.Kind kind) {
    return route.destinations().stream().anyMatch(d -> d.kind() == kind);
  }

  /** True when the settings were collected and every category is exported. */
  public boolean complete() {
    return notCollected.isEmpty() && uncovered().isEmpty();
  }

  /** Every destination some category reaches, each once, in setting order. */
  public List<Destination> destinations() {
    Map<String, Destination> all = new LinkedHashMap<>();
    routes.forEach(
        route ->
            route
                .destinations()
                .forEach(
                    d -> all.putIfAbsent(d.kind() + " " + d.id().toLowerCase(Locale.ROOT), d)));
    return List.copyOf(all.values());
  }

  /**
   * The destinations as a clause: "Log Analytics workspace 'law-central' and storage account …".
   */
  public String destinationsClause() {
    return Texts.joinClauses(destinations().stream().map(Destination::describe).toList());
  }

  /**
   * Why the uncovered categories are not exported, as a clause: "it has no diagnostic setting", "no
   * enabled entry of its diagnostic settings covers StorageRead", or "setting 'x' covers them but
   * names no destination".
   */
  public String gapClause() {
    List<String> clauses = new ArrayList<>(silenceReasons);
    clauses.add(settingsGapClause());
    return String.join("; ", clauses);
  }

  private String settingsGapClause() {
    List<String> missing = uncovered();
    if (settings.isEmpty()) {
      return "it has no diagnostic setting";
    }
    List<String> nowhere = new ArrayList<>();
    for (Route route : routes) {
      if (route.destinations().isEmpty()
          && missing.contains(route.category())
          && !nowhere.contains(route.setting().name())) {
        nowhere.add("'" + route.setting().name() + "'");
      }
    }
    String text =
        "no enabled entry of its diagnostic settings exports " + Texts.joinClauses(missing);
    if (!nowhere.isEmpty()) {
      text += " (setting " + Texts.joinClauses(nowhere) + " covers them but names no destination)";
    }
    return text;
  }

  /**
   * The values that decided the routing: the covering entries, and for uncovered categories the
   * settings' {@code logs} arrays or the absence of any setting.
   */
  @Override
  public List<Evidence> evidence() {
    List<Evidence> evidence = new ArrayList<>(sourceEvidence);
    for (String category : categories) {
      List<Route> found = routes(category);
      if (!found.isEmpty()) {
        Route first = found.get(0);
        evidence.add(
            Evidence.of(
                first.entry(),
                "an enabled entry covering " + category + " (category, or group allLogs/audit)"));
      }
    }
    List<String> missing = uncovered();
    if (!missing.isEmpty()) {
      String expected =
          "an enabled entry exporting " + Texts.joinClauses(missing) + " to a destination";
      if (settings.isEmpty()) {
        evidence.add(Evidence.absent(target, "no diagnostic setting", expected));
      } else {
        settings.forEach(s -> evidence.add(Evidence.of(s.properties().get("logs"), expected)));
      }
    }
    return evidence;
  }

  /**
   * How long {@code category} is kept: the best retention over every destination that receives it
   * (see {@link Retention#best}).
   */
  public Retention retention(String category, int thresholdDays) {
    List<Retention> candidates = new ArrayList<>();
    for (Route route : routes(category)) {
      boolean dedicated =
          route
              .setting()
              .properties()
              .get("logAnalyticsDestinationType")
              .textEqualsIgnoreCase("Dedicated");
      for (Destination destination : route.destinations()) {
        candidates.add(RetentionChain.of(snapshot, destination, sourceType, category, dedicated));
      }
    }
    return Retention.best(candidates, thresholdDays);
  }

  /**
   * A sentence noting the retired {@code retentionPolicy} when a covering entry still sets one:
   * users often believe it keeps their logs, and it no longer does.
   */
  public Optional<String> retiredRetentionNote(String category) {
    for (Route route : routes) {
      Json policy = route.entry().get("retentionPolicy");
      if (route.category().equalsIgnoreCase(category)
          && policy.get("enabled").isTrue()
          && policy.get("days").longValue().orElse(0) > 0) {
        return Optional.of(
            "The retentionPolicy of "
                + policy.get("days").longValue().getAsLong()
                + " days on setting '"
                + route.setting().name()
                + "' does not count: diagnostic-setting retention is retired and no longer deletes"
                + " or keeps anything.");
      }
    }
    return Optional.empty();
  }
}
