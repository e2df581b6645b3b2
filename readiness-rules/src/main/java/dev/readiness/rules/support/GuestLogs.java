package dev.readiness.rules.support;

import static dev.readiness.rules.types.AzureTypes.ARC_EXTENSIONS;
import static dev.readiness.rules.types.AzureTypes.ARC_MACHINES;
import static dev.readiness.rules.types.AzureTypes.DATA_COLLECTION_RULES;
import static dev.readiness.rules.types.AzureTypes.DATA_COLLECTION_RULE_ASSOCIATIONS;
import static dev.readiness.rules.types.AzureTypes.VM_EXTENSIONS;
import static dev.readiness.rules.types.AzureTypes.VM_SCALE_SETS;

import dev.readiness.api.Evidence;
import dev.readiness.api.Json;
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
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Decides whether a machine's guest OS logs (Windows event logs, Syslog) reach a Log Analytics
 * workspace: the Azure Monitor Agent extension, a data collection rule association, and a data
 * collection rule whose data sources collect the required logs and whose data flows send them to a
 * workspace. The retired Log Analytics agent (MMA / OMS) does not count.
 */
public final class GuestLogs {
  private static final String AMA_PUBLISHER = "Microsoft.Azure.Monitor";
  private static final Set<String> AMA_TYPES =
      Set.of("azuremonitorwindowsagent", "azuremonitorlinuxagent");
  private static final Set<String> LEGACY_TYPES =
      Set.of("microsoftmonitoringagent", "omsagentforlinux");

  private GuestLogs() {}

  /**
   * The guest log collection of {@code machine} (a VM, scale set or Arc server): on Windows every
   * log of {@code windowsLogs}, on Linux every facility of {@code syslogFacilities}; when the OS is
   * not stated, either set suffices.
   */
  public static GuestLogCollection of(
      Snapshot snapshot,
      Resource machine,
      List<String> windowsLogs,
      List<String> syslogFacilities) {
    List<String> gaps = new ArrayList<>();
    List<Evidence> evidence = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    ResourceType extensionType =
        machine.type().equals(ARC_MACHINES) ? ARC_EXTENSIONS : VM_EXTENSIONS;
    int unknownBefore = unknown.size();
    List<Json> extensions = extensions(snapshot, machine, extensionType, unknown);
    boolean extensionsKnown = unknown.size() == unknownBefore;
    Optional<Json> agent =
        extensions.stream()
            .filter(e -> e.at("/properties/publisher").textEqualsIgnoreCase(AMA_PUBLISHER))
            .filter(e -> AMA_TYPES.contains(lower(e.at("/properties/type"))))
            .findFirst();
    Optional<Json> legacy =
        extensions.stream()
            .filter(e -> LEGACY_TYPES.contains(lower(e.at("/properties/type"))))
            .findFirst();
    boolean agentMissing = agent.isEmpty() && extensionsKnown;
    if (agentMissing) {
      gaps.add(
          legacy.isPresent()
              ? "only the retired Log Analytics agent, no Azure Monitor Agent"
              : "no Azure Monitor Agent extension");
      evidence.add(
          legacy
              .map(
                  l ->
                      Evidence.of(
                          l.at("/properties/type"),
                          "AzureMonitorWindowsAgent or AzureMonitorLinuxAgent"))
              .orElse(
                  Evidence.absent(
                      machine.id(),
                      "no Azure Monitor Agent extension",
                      "extension Microsoft.Azure.Monitor AzureMonitorWindowsAgent or AzureMonitorLinuxAgent")));
    } else if (agent.isPresent()) {
      Json state = agent.get().at("/properties/provisioningState");
      if (!state.isMissing() && !state.textEqualsIgnoreCase("Succeeded")) {
        gaps.add("an Azure Monitor Agent extension in state " + state.textOr("unknown"));
        evidence.add(Evidence.of(state, "Succeeded"));
      } else {
        evidence.add(Evidence.of(agent.get().at("/properties/type"), "the Azure Monitor Agent"));
      }
    }

    Optional<String> associationsMissing =
        snapshot.coverage().whyMissing(machine.id(), DATA_COLLECTION_RULE_ASSOCIATIONS);
    associationsMissing.ifPresent(unknown::add);
    List<Resource> associations =
        snapshot.children(machine.id(), DATA_COLLECTION_RULE_ASSOCIATIONS);
    boolean windows = !osIs(machine, "linux");
    boolean linux = !osIs(machine, "windows");
    List<String> windowsLabels = windowsLogs.stream().map(GuestLogs::windowsLabel).toList();
    List<String> syslogLabels = syslogFacilities.stream().map(GuestLogs::syslogLabel).toList();
    // Keyed by label, in the order the options name the logs: this order reaches messages.
    Map<String, List<Sink>> sinks = new LinkedHashMap<>();
    if (windows) {
      windowsLabels.forEach(label -> sinks.put(label, new ArrayList<>()));
    }
    if (linux) {
      syslogLabels.forEach(label -> sinks.put(label, new ArrayList<>()));
    }
    for (Resource association : associations) {
      Json ruleId = association.properties().get("dataCollectionRuleId");
      Optional<ResourceId> id = ruleId.text().flatMap(Ids::parse);
      if (id.isEmpty()) {
        continue;
      }
      Optional<Resource> rule = snapshot.resource(id.get());
      if (rule.isEmpty()) {
        unknown.add(
            "data collection rule '"
                + id.get().name()
                + "' is not in the snapshot ("
                + snapshot
                    .coverage()
                    .whyMissing(id.get(), DATA_COLLECTION_RULES)
                    .orElse("it no longer exists")
                + ")");
        continue;
      }
      evidence.add(Evidence.of(ruleId, "a data collection rule collecting security logs"));
      if (windows) {
        for (String log : windowsLogs) {
          sinks.get(windowsLabel(log)).addAll(DataCollectionRuleSinks.windows(rule.get(), log));
        }
      }
      if (linux) {
        for (String facility : syslogFacilities) {
          sinks
              .get(syslogLabel(facility))
              .addAll(DataCollectionRuleSinks.syslog(rule.get(), facility));
        }
      }
    }
    boolean collectionMissing = false;
    if (associations.isEmpty() && associationsMissing.isEmpty()) {
      collectionMissing = true;
      gaps.add("no data collection rule association");
      evidence.add(
          Evidence.absent(
              machine.id(),
              "no data collection rule association",
              "an association to a data collection rule sending event logs or Syslog to a workspace"));
    } else if (!associations.isEmpty()) {
      List<String> missingWindows =
          windows ? missing(sinks, windowsLogs, GuestLogs::windowsLabel) : List.of();
      List<String> missingSyslog =
          linux ? missing(sinks, syslogFacilities, GuestLogs::syslogLabel) : List.of();
      boolean windowsCollected = windows && missingWindows.isEmpty();
      boolean linuxCollected = linux && missingSyslog.isEmpty();
      if (!windowsCollected && !linuxCollected && unknown.isEmpty()) {
        collectionMissing = true;
        List<String> parts = new ArrayList<>();
        if (windows) {
          parts.add(Texts.joinClauses(missingWindows) + " event logs");
        }
        if (linux) {
          parts.add("Syslog facilities " + Texts.joinClauses(missingSyslog));
        }
        gaps.add(
            "data collection rules that send no "
                + String.join(" or ", parts)
                + " to a Log Analytics workspace");
        associations.forEach(
            a ->
                evidence.add(
                    Evidence.of(
                        a.properties().get("dataCollectionRuleId"),
                        "a rule collecting " + String.join(" or ", parts) + " into a workspace")));
      } else {
        List<String> filtered = new ArrayList<>();
        if (windowsCollected) {
          filtered.addAll(onlyFiltered(sinks, windowsLogs, GuestLogs::windowsLabel));
        }
        if (linuxCollected) {
          filtered.addAll(onlyFiltered(sinks, syslogFacilities, GuestLogs::syslogLabel));
        }
        boolean windowsWhole =
            windowsCollected && filtered.stream().noneMatch(windowsLabels::contains);
        boolean linuxWhole = linuxCollected && filtered.stream().noneMatch(syslogLabels::contains);
        if (!windowsWhole && !linuxWhole) {
          filtered.forEach(label -> narrowed(label, sinks.get(label), unknown, evidence));
        }
      }
    }
    return new GuestLogCollection(
        machine, gaps, unknown, evidence, sinks, agentMissing, collectionMissing);
  }

  private static List<String> missing(
      Map<String, List<Sink>> sinks, List<String> names, UnaryOperator<String> label) {
    return names.stream().filter(n -> sinks.get(label.apply(n)).isEmpty()).toList();
  }

  /** The logs of {@code names} that are collected, but only through filters. */
  private static List<String> onlyFiltered(
      Map<String, List<Sink>> sinks, List<String> names, UnaryOperator<String> label) {
    return names.stream()
        .map(label)
        .filter(l -> sinks.get(l).stream().allMatch(sink -> sink.filter().isPresent()))
        .toList();
  }

  /**
   * Records that {@code label} is collected only through filters: what they drop cannot be told
   * from the configuration, so the collection is unknown rather than complete.
   */
  private static void narrowed(
      String label, List<Sink> found, List<String> unknown, List<Evidence> evidence) {
    List<Filter> filters =
        found.stream().map(sink -> sink.filter().orElseThrow()).distinct().toList();
    unknown.add(
        label
            + " is collected only through "
            + Texts.joinClauses(filters.stream().map(Filter::description).distinct().toList())
            + ", which may leave out the events an investigation needs");
    filters.forEach(
        f -> evidence.add(Evidence.of(f.value(), "a collection of the whole log, unfiltered")));
  }

  private static String windowsLabel(String log) {
    return "the " + log + " event log";
  }

  private static String syslogLabel(String facility) {
    return "Syslog facility " + facility;
  }

  private static List<Json> extensions(
      Snapshot snapshot, Resource machine, ResourceType extensionType, List<String> unknown) {
    if (machine.type().equals(VM_SCALE_SETS)) {
      return machine.properties().at("/virtualMachineProfile/extensionProfile/extensions").items();
    }
    snapshot.coverage().whyMissing(machine.id(), extensionType).ifPresent(unknown::add);
    return snapshot.children(machine.id(), extensionType).stream().map(Resource::root).toList();
  }

  /** True when {@code machine} states that its OS is {@code os} ("windows" or "linux"). */
  static boolean osIs(Resource machine, String os) {
    Json type =
        machine.type().equals(ARC_MACHINES)
            ? machine.properties().get("osType")
            : machine.type().equals(VM_SCALE_SETS)
                ? machine.properties().at("/virtualMachineProfile/storageProfile/osDisk/osType")
                : machine.properties().at("/storageProfile/osDisk/osType");
    return type.textEqualsIgnoreCase(os);
  }

  private static String lower(Json value) {
    return value.textOr("").toLowerCase(Locale.ROOT);
  }

  /**
   * Where one guest log lands.
   *
   * @param workspace the Log Analytics workspace
   * @param table the table it lands in (SecurityEvent, Event, WindowsEvent, Syslog or the table a
   *     transformation's output stream names)
   * @param source the data source that collects it, for evidence
   * @param filter what narrows the collection to part of the log; empty when the whole log is kept
   */
  public record Sink(ResourceId workspace, String table, Json source, Optional<Filter> filter) {}

  /**
   * What narrows a collection to part of a log: an XPath query, a Syslog level list or a
   * transformation.
   *
   * @param description a clause naming it, such as "XPath 'Security!*[System[EventID=4624]]' in
   *     rule 'dcr-security'"
   * @param value the value that sets it, for evidence
   */
  public record Filter(String description, Json value) {}
}
