package dev.readiness.azure.implementation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.api.Coverage;
import dev.readiness.api.CoverageRecord;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceId;
import dev.readiness.api.ResourceType;
import dev.readiness.api.Snapshot;
import dev.readiness.api.SnapshotMetadata;
import dev.readiness.api.Version;
import dev.readiness.azure.CollectionPhase;
import dev.readiness.azure.CollectionProgress;
import dev.readiness.azure.CollectionScope;
import dev.readiness.azure.SecretSanitizer;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One collection: lists the subscriptions in scope, reads the inventory from Resource Graph, then
 * makes only the ARM and Microsoft Graph calls Resource Graph cannot answer, and records for every
 * scope and type whether it was collected, denied or failed. A failing call never stops the run.
 */
public final class CollectionRun implements TransportListener {
  private static final Logger LOG = LoggerFactory.getLogger("dev.readiness.azure.Collector");
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int SUBSCRIPTIONS_PER_QUERY = 300;
  private static final int ROWS_PER_PAGE = 1000;
  private static final String RESOURCE_GRAPH_API = "2022-10-01";
  private static final Pattern DENIED_ACTION = Pattern.compile("perform action '([^']+)'");

  private final RunSettings settings;
  private final String arm;
  private final String graph;
  private final int maxPages;
  private final RestTransport transport;
  private final Map<ResourceId, Resource> resources = new ConcurrentHashMap<>();
  private final Collection<CoverageRecord> coverage = new ConcurrentLinkedQueue<>();
  private final AtomicInteger callsDone = new AtomicInteger();
  private final AtomicInteger callsPlanned = new AtomicInteger();
  private final AtomicInteger requestsSent = new AtomicInteger();
  private final AtomicInteger throttledWaits = new AtomicInteger();
  private final AtomicInteger gaps = new AtomicInteger();
  private final Map<String, AtomicInteger> requestsByService = new ConcurrentHashMap<>();
  private volatile CollectionPhase phase = CollectionPhase.SUBSCRIPTIONS;

  /**
   * A run with {@code settings}; {@code transportFactory} builds the transport that reports to this
   * run.
   */
  public CollectionRun(
      RunSettings settings,
      Function<TransportListener, RestTransport> transportFactory,
      int maxPages) {
    this.settings = settings;
    this.arm = settings.resourceManager().toString();
    this.graph = settings.graph().toString();
    this.maxPages = maxPages;
    this.transport = transportFactory.apply(this);
  }

  /** Collects; the snapshot is not yet sanitized. */
  public Snapshot run() {
    Map<String, List<ResourceType>> byTable = new TreeMap<>();
    List<ResourceType> perSubscription = new ArrayList<>();
    List<ResourceType> perParent = new ArrayList<>();
    List<ResourceType> tenant = new ArrayList<>();
    boolean diagnostics = false;
    boolean categories = false;
    for (ResourceType type : new TreeSet<>(settings.types())) {
      FetchSpec spec = FetchCatalog.specFor(type);
      if (spec instanceof FetchSpec.ResourceGraph rg) {
        byTable.computeIfAbsent(rg.table(), t -> new ArrayList<>()).add(type);
      } else if (spec instanceof FetchSpec.PerSubscription) {
        perSubscription.add(type);
      } else if (spec instanceof FetchSpec.PerParent) {
        perParent.add(type);
      } else if (spec instanceof FetchSpec.DiagnosticSettings) {
        diagnostics = true;
      } else if (spec instanceof FetchSpec.DiagnosticSettingsCategories) {
        categories = true;
      } else if (spec instanceof FetchSpec.NotRead) {
        LOG.info("Not reading {}: {}.", type, spec.source());
      } else {
        tenant.add(type);
      }
    }
    List<ResourceType> subscriptionTypes = new ArrayList<>();
    byTable.values().forEach(subscriptionTypes::addAll);
    subscriptionTypes.addAll(perSubscription);
    subscriptionTypes.addAll(perParent);
    if (diagnostics) {
      subscriptionTypes.add(FetchCatalog.DIAGNOSTIC_SETTINGS);
    }
    if (categories) {
      subscriptionTypes.add(FetchCatalog.DIAGNOSTIC_SETTINGS_CATEGORIES);
    }

    Discovery discovery = discoverSubscriptions(subscriptionTypes);
    List<String> subscriptions = discovery.subscriptions();
    ExecutorService pool = Executors.newFixedThreadPool(settings.concurrency(), daemonThreads());
    try {
      enter(CollectionPhase.RESOURCE_GRAPH);
      if (!subscriptions.isEmpty()) {
        int batches =
            (subscriptions.size() + SUBSCRIPTIONS_PER_QUERY - 1) / SUBSCRIPTIONS_PER_QUERY;
        callsPlanned.addAndGet(byTable.size() * batches);
        byTable.forEach((table, types) -> queryResourceGraph(table, types, subscriptions));
      }
      expandResourceGraphRows(pool);

      enter(CollectionPhase.SUBSCRIPTION_AND_TENANT);
      List<Call> tasks = new ArrayList<>();
      for (String subscription : subscriptions) {
        for (ResourceType type : perSubscription) {
          tasks.add(new Call(subscription, () -> readPerSubscription(subscription, type)));
        }
        if (diagnostics) {
          tasks.add(new Call(subscription, () -> readActivityLogSettings(subscription)));
        }
      }
      for (ResourceType type : tenant) {
        tasks.add(new Call("", () -> readTenant(type)));
      }
      runAll(pool, tasks);

      enter(CollectionPhase.CHILD_RESOURCES);
      tasks.clear();
      for (ResourceType type : perParent) {
        FetchSpec.PerParent spec = (FetchSpec.PerParent) FetchCatalog.specFor(type);
        recordChildCoverage(type, spec.parent(), subscriptions);
        for (Resource parent : collectedOf(spec.parent())) {
          tasks.add(new Call(parent, () -> readChildren(parent, type, spec)));
        }
      }
      runAll(pool, tasks);

      enter(CollectionPhase.DIAGNOSTIC_SETTINGS);
      if (diagnostics) {
        readResourceDiagnosticSettings(pool);
      }
      if (categories) {
        readDiagnosticSettingsCategories(pool);
      }
    } finally {
      pool.shutdownNow();
    }
    enter(CollectionPhase.FINISHED);

    Snapshot.Builder builder =
        Snapshot.builder(
            new SnapshotMetadata(
                discovery.tenantId(),
                subscriptions,
                settings.cloudName(),
                settings.clock().instant(),
                "readiness",
                Version.current()));
    resources.values().forEach(builder::add);
    coverage.forEach(builder::coverage);
    Snapshot snapshot = builder.build();
    CollectionProgress done = progress();
    LOG.info(
        "Collected {} resources in {} subscriptions: {} calls, {} HTTP requests {}, {} throttled"
            + " waits, {} coverage gaps.",
        snapshot.size(),
        subscriptions.size(),
        done.callsDone(),
        done.requestsSent(),
        new TreeMap<>(requestsByService),
        done.throttledWaits(),
        snapshot.coverage().gaps().size());
    settings.listener().finished(done);
    return snapshot;
  }

  // ---- subscriptions -------------------------------------------------------------------------

  private record Discovery(String tenantId, List<String> subscriptions) {}

  private Discovery discoverSubscriptions(List<ResourceType> subscriptionTypes) {
    enter(CollectionPhase.SUBSCRIPTIONS);
    callsPlanned.incrementAndGet();
    Listing listing = list(arm + "/subscriptions?api-version=2022-12-01", "value", "nextLink");
    String tenantId = settings.tenantId();
    if (listing.failure() != null) {
      for (ResourceType type : subscriptionTypes) {
        gap(ResourceId.TENANT, type, listing.failure(), FetchCatalog.READER);
      }
      return new Discovery(tenantId == null ? "" : tenantId, List.of());
    }
    Map<String, String> visible = new LinkedHashMap<>();
    Set<String> tenants = new TreeSet<>();
    for (ObjectNode item : listing.items()) {
      String id = text(item, "subscriptionId");
      if (id == null && text(item, "id") != null) {
        String path = text(item, "id");
        id = path.matches("(?i)/subscriptions/[^/]+/?") ? path.split("/")[2] : null;
      }
      String itsTenant = text(item, "tenantId");
      if (id == null
          || (tenantId != null && itsTenant != null && !itsTenant.equalsIgnoreCase(tenantId))) {
        continue;
      }
      visible.put(id.toLowerCase(Locale.ROOT), id);
      if (itsTenant != null) {
        tenants.add(itsTenant.toLowerCase(Locale.ROOT));
      }
    }
    if (tenantId == null) {
      tenantId = tenants.size() == 1 ? tenants.iterator().next() : "";
    }
    CollectionScope scope = settings.scope();
    List<String> chosen = new ArrayList<>();
    switch (scope.kind()) {
      case TENANT -> chosen.addAll(visible.values());
      case SUBSCRIPTIONS -> {
        for (String wanted : scope.ids()) {
          String found = visible.get(wanted.toLowerCase(Locale.ROOT));
          if (found != null) {
            chosen.add(found);
          } else {
            for (ResourceType type : subscriptionTypes) {
              record(
                  CoverageRecord.denied(
                      ResourceId.subscription(wanted),
                      type,
                      403,
                      FetchCatalog.READER,
                      listing.request()));
            }
          }
        }
      }
      case MANAGEMENT_GROUPS -> {
        Set<String> below = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (String group : scope.ids()) {
          callsPlanned.incrementAndGet();
          Listing descendants =
              list(
                  arm
                      + "/providers/Microsoft.Management/managementGroups/"
                      + group
                      + "/descendants?api-version=2020-05-01",
                  "value",
                  "nextLink");
          ResourceId groupId =
              ResourceId.parse("/providers/Microsoft.Management/managementGroups/" + group);
          if (descendants.failure() != null) {
            for (ResourceType type : subscriptionTypes) {
              gap(groupId, type, descendants.failure(), FetchCatalog.READER);
            }
            continue;
          }
          for (ObjectNode item : descendants.items()) {
            String id = text(item, "id");
            if ("Microsoft.Management/managementGroups/subscriptions"
                    .equalsIgnoreCase(text(item, "type"))
                || (id != null && id.toLowerCase(Locale.ROOT).startsWith("/subscriptions/"))) {
              below.add(id == null ? text(item, "name") : id.substring(id.lastIndexOf('/') + 1));
            }
          }
        }
        for (String subscription : below) {
          String found = visible.get(subscription.toLowerCase(Locale.ROOT));
          if (found != null) {
            chosen.add(found);
          }
        }
      }
    }
    chosen.sort(String.CASE_INSENSITIVE_ORDER);
    LOG.info("Collecting {} subscriptions of tenant '{}'.", chosen.size(), tenantId);
    return new Discovery(tenantId, List.copyOf(chosen));
  }

  // ---- Resource Graph -------------------------------------------------------------------------

  private void queryResourceGraph(String table, List<ResourceType> types, List<String> subs) {
    for (int from = 0; from < subs.size(); from += SUBSCRIPTIONS_PER_QUERY) {
      List<String> batch =
          subs.subList(from, Math.min(subs.size(), from + SUBSCRIPTIONS_PER_QUERY));
      settleBatch(table, types, batch, queryBatch(table, types, batch));
    }
  }

  /**
   * Records what one query of {@code batch} gave. A query answers for all its subscriptions at
   * once, so one subscription's fault would cost every other its data; a failed batch is asked
   * again in parts until the fault is pinned on the subscriptions it concerns.
   */
  private void settleBatch(
      String table, List<ResourceType> types, List<String> batch, RestResponse failure) {
    // Throttling is per caller, not per subscription: smaller queries would only be throttled too.
    if (failure == null || batch.size() == 1 || failure.status() == 429) {
      recordBatch(types, batch, failure);
    } else if (isDenial(failure)) {
      // Resource Graph refuses a whole batch when one subscription is not readable, and a caller
      // often lacks several: ask each subscription alone, so every denial lands on its own.
      callsPlanned.addAndGet(batch.size());
      for (String subscription : batch) {
        recordBatch(types, List.of(subscription), queryBatch(table, types, List.of(subscription)));
      }
    } else {
      // Halving finds one faulty subscription in about 2 log2(n) queries. When both halves fail
      // as well, the fault is not one subscription's (Resource Graph itself is failing): the
      // halves keep their gaps, so an outage costs two more queries per batch, not 2n.
      List<String> first = batch.subList(0, batch.size() / 2);
      List<String> second = batch.subList(batch.size() / 2, batch.size());
      callsPlanned.addAndGet(2);
      RestResponse firstFailure = queryBatch(table, types, first);
      RestResponse secondFailure = queryBatch(table, types, second);
      if (firstFailure != null
          && secondFailure != null
          && !isDenial(firstFailure)
          && !isDenial(secondFailure)) {
        recordBatch(types, first, firstFailure);
        recordBatch(types, second, secondFailure);
      } else {
        settleBatch(table, types, first, firstFailure);
        settleBatch(table, types, second, secondFailure);
      }
    }
  }

  private void recordBatch(List<ResourceType> types, List<String> batch, RestResponse failure) {
    for (String subscription : batch) {
      ResourceId scope = ResourceId.subscription(subscription);
      for (ResourceType type : types) {
        if (failure == null) {
          record(CoverageRecord.collected(scope, type));
        } else {
          gap(scope, type, failure, FetchCatalog.specFor(type).permission());
        }
      }
    }
  }

  /** Runs one paged query; returns the failing response, or {@code null} when every page came. */
  private RestResponse queryBatch(String table, List<ResourceType> types, List<String> batch) {
    Map<String, ResourceType> byGraphType = new LinkedHashMap<>();
    for (ResourceType type : types) {
      byGraphType.put(((FetchSpec.ResourceGraph) FetchCatalog.specFor(type)).graphType(), type);
    }
    StringBuilder query = new StringBuilder(table).append(" | where type in~ (");
    String separator = "";
    for (String graphType : byGraphType.keySet()) {
      query.append(separator).append('\'').append(graphType).append('\'');
      separator = ",";
    }
    query.append(
        ") | project id, name, type, location, tags, kind, sku, identity, properties, managedBy,"
            + " zones, plan | order by id asc");
    String url =
        arm + "/providers/Microsoft.ResourceGraph/resources?api-version=" + RESOURCE_GRAPH_API;
    Set<String> seenTokens = new HashSet<>();
    List<ObjectNode> rows = new ArrayList<>();
    String skipToken = null;
    String firstRequest = null;
    for (int page = 1; ; page++) {
      ObjectNode body = MAPPER.createObjectNode();
      ArrayNode subscriptions = body.putArray("subscriptions");
      batch.forEach(subscriptions::add);
      body.put("query", query.toString());
      ObjectNode options = body.putObject("options");
      options.put("$top", ROWS_PER_PAGE);
      options.put("resultFormat", "objectArray");
      if (skipToken != null) {
        options.put("$skipToken", skipToken);
      }
      if (page > 1) {
        callsPlanned.incrementAndGet();
      }
      RestResponse response = finish(transport.postResourceGraph(url, body.toString()));
      firstRequest = firstRequest == null ? response.request() : firstRequest;
      if (!response.isSuccess()) {
        return response;
      }
      JsonNode json = parse(response);
      if (json == null || !json.path("data").isArray()) {
        return malformed(response, "a Resource Graph answer with a 'data' array");
      }
      json.path("data").forEach(row -> rows.add((ObjectNode) row));
      JsonNode next = json.get("$skipToken");
      if (next == null || next.isNull() || next.asText().isEmpty()) {
        if (json.path("resultTruncated").asText("false").equalsIgnoreCase("true")) {
          return new RestResponse(
              response.status(), "", response.request(), "Resource Graph truncated the result");
        }
        break;
      }
      skipToken = next.asText();
      if (!seenTokens.add(skipToken) || page >= maxPages) {
        return pagingLoop(response, page);
      }
    }
    List<ResourceId> scopes = batch.stream().map(ResourceId::subscription).toList();
    List<Resource> placed = new ArrayList<>();
    for (ObjectNode row : rows) {
      String rowType = text(row, "type");
      ResourceType type =
          rowType == null ? null : byGraphType.get(rowType.toLowerCase(Locale.ROOT));
      for (String column :
          new String[] {
            "location", "tags", "kind", "sku", "identity", "managedBy", "zones", "plan"
          }) {
        JsonNode value = row.get(column);
        if (value != null
            && (value.isNull() || (value.isTextual() && value.textValue().isEmpty()))) {
          row.remove(column);
        }
      }
      Placement.Placed result = Placement.resourceGraphRows(scopes, type).place(row);
      if (result.resource() == null) {
        // Failing the query lets the split below pin the row on the subscription it came from.
        return unplaced(firstRequest, rows.size(), result.problem());
      }
      placed.add(result.resource());
    }
    placed.forEach(this::keep);
    return null;
  }

  /** Replaces Resource Graph rows by a full GET where the catalog says Resource Graph is short. */
  private void expandResourceGraphRows(ExecutorService pool) {
    List<Call> tasks = new ArrayList<>();
    for (ResourceType type : settings.types()) {
      if (FetchCatalog.specFor(type) instanceof FetchSpec.ResourceGraph rg
          && rg.expandQuery() != null) {
        for (Resource row : collectedOf(type)) {
          tasks.add(
              new Call(
                  row,
                  () -> {
                    RestResponse response =
                        finish(transport.get(arm + row.id() + "?" + rg.expandQuery()));
                    JsonNode json = response.isSuccess() ? parse(response) : null;
                    if (!(json instanceof ObjectNode object)) {
                      gap(row.id(), type, response, rg.permission());
                      return;
                    }
                    Placement.Placed result = Placement.exactly(row.id(), type).place(object);
                    if (result.resource() == null) {
                      gap(
                          row.id(),
                          type,
                          unplaced(response.request(), 1, result.problem()),
                          rg.permission());
                    } else {
                      keep(result.resource());
                    }
                  }));
        }
      }
    }
    runAll(pool, tasks);
  }

  // ---- per subscription, tenant, Microsoft Graph ---------------------------------------------

  private void readPerSubscription(String subscription, ResourceType type) {
    FetchSpec.PerSubscription spec = (FetchSpec.PerSubscription) FetchCatalog.specFor(type);
    ResourceId scope = ResourceId.subscription(subscription);
    Listing listing =
        list(arm + scope + spec.path() + "?api-version=" + spec.apiVersion(), "value", "nextLink");
    // PIM instances listed at a subscription include those of its groups and management groups.
    settle(scope, type, listing, spec.permission(), Placement.anywhere(type));
  }

  private void readActivityLogSettings(String subscription) {
    ResourceId scope = ResourceId.subscription(subscription);
    Listing listing =
        list(
            arm
                + scope
                + "/providers/Microsoft.Insights/diagnosticSettings?api-version="
                + FetchCatalog.ARM_API_DIAGNOSTICS,
            "value",
            "nextLink");
    settle(
        scope,
        FetchCatalog.DIAGNOSTIC_SETTINGS,
        listing,
        FetchCatalog.specFor(FetchCatalog.DIAGNOSTIC_SETTINGS).permission(),
        Placement.under(scope, FetchCatalog.DIAGNOSTIC_SETTINGS));
  }

  private void readTenant(ResourceType type) {
    FetchSpec spec = FetchCatalog.specFor(type);
    if (spec instanceof FetchSpec.Tenant tenantSpec) {
      Listing listing =
          list(
              arm + tenantSpec.path() + "?api-version=" + tenantSpec.apiVersion(),
              "value",
              "nextLink");
      settle(
          ResourceId.TENANT,
          type,
          listing,
          spec.permission(),
          Placement.under(ResourceId.TENANT, type));
      return;
    }
    FetchSpec.MicrosoftGraph graphSpec = (FetchSpec.MicrosoftGraph) spec;
    String url = graph + "/v1.0" + graphSpec.path();
    Listing listing = graphSpec.single() ? single(url) : list(url, "value", "@odata.nextLink");
    if (listing.failure() != null) {
      gap(ResourceId.TENANT, type, listing.failure(), graphSpec.permission());
      return;
    }
    List<Resource> objects = new ArrayList<>();
    for (ObjectNode object : listing.items()) {
      String objectId = text(object, "id");
      Resource resource = graphResource(object, objectId, graphSpec.collection(), type);
      if (resource == null) {
        // A Graph object is known only by its id: without one it cannot be placed.
        gap(
            ResourceId.TENANT,
            type,
            unplaced(
                listing.request(),
                listing.items().size(),
                "a Microsoft Graph object without a usable id ("
                    + (objectId == null ? "none" : "'" + objectId + "'")
                    + ")"),
            graphSpec.permission());
        return;
      }
      objects.add(resource);
    }
    objects.forEach(this::keep);
    record(CoverageRecord.collected(ResourceId.TENANT, type));
  }

  /**
   * The snapshot resource of a Graph object, {@code /providers/microsoft.graph/{collection}/{id}}
   * with the object (less its {@code @odata} annotations) as properties; null without a usable id.
   */
  private static Resource graphResource(
      ObjectNode object, String objectId, String collection, ResourceType type) {
    if (objectId == null || objectId.isBlank() || objectId.contains("/")) {
      return null;
    }
    ObjectNode properties = object.deepCopy();
    List<String> odata = new ArrayList<>();
    properties
        .fieldNames()
        .forEachRemaining(
            name -> {
              if (name.startsWith("@odata.")) {
                odata.add(name);
              }
            });
    properties.remove(odata);
    ObjectNode wrapped = MAPPER.createObjectNode();
    wrapped.put("id", "/providers/microsoft.graph/" + collection + "/" + objectId);
    wrapped.put("name", objectId);
    wrapped.put("type", type.toString());
    wrapped.set("properties", properties);
    try {
      return Resource.of(wrapped);
    } catch (IllegalArgumentException malformed) {
      return null;
    }
  }

  // ---- per parent ------------------------------------------------------------------------------

  /** A child type is collected in a subscription exactly when its parents were listed there. */
  private void recordChildCoverage(ResourceType type, ResourceType parent, List<String> subs) {
    Coverage known = coverageSoFar();
    for (String subscription : subs) {
      ResourceId scope = ResourceId.subscription(subscription);
      CoverageRecord parentRecord = known.decide(scope, parent);
      if (parentRecord.isCollected()) {
        record(CoverageRecord.collected(scope, type));
      } else {
        record(
            CoverageRecord.failed(
                scope,
                type,
                parentRecord.httpStatus(),
                parentRecord.request(),
                "its parents ("
                    + parent
                    + ") could not be listed"
                    + (parentRecord.message() == null ? "" : ": " + parentRecord.message())));
      }
    }
  }

  private void readChildren(Resource parent, ResourceType type, FetchSpec.PerParent spec) {
    String url = arm + parent.id() + spec.suffix() + "?api-version=" + spec.apiVersion();
    Listing listing = spec.single() ? single(url) : list(url, "value", "nextLink");
    Placement placement =
        spec.single()
            ? Placement.exactly(ResourceId.parse(parent.id() + spec.suffix()), type)
            : Placement.under(parent.id(), type);
    RestResponse failure = keepAll(listing, placement);
    if (failure != null) {
      gap(parent.id(), type, failure, spec.permission());
      if (settings.diagnosticParents().contains(type)) {
        // The unseen child's diagnostic settings were not read either. Say so at the child's id
        // (the storage services are singletons named 'default'), or the subscription's COLLECTED
        // record would vouch for settings nobody read.
        gap(
            parent.id().child(type.simpleName(), "default"),
            FetchCatalog.DIAGNOSTIC_SETTINGS,
            failure,
            spec.permission());
      }
    }
  }

  private void readResourceDiagnosticSettings(ExecutorService pool) {
    ResourceType type = FetchCatalog.DIAGNOSTIC_SETTINGS;
    String permission = FetchCatalog.specFor(type).permission();
    Map<ResourceId, Boolean> succeeded = new ConcurrentHashMap<>();
    List<Call> tasks = new ArrayList<>();
    for (ResourceType parentType : settings.diagnosticParents()) {
      for (Resource parent : collectedOf(parentType)) {
        tasks.add(
            new Call(
                parent,
                () -> {
                  Listing listing =
                      list(
                          arm
                              + parent.id()
                              + "/providers/Microsoft.Insights/diagnosticSettings?api-version="
                              + FetchCatalog.ARM_API_DIAGNOSTICS,
                          "value",
                          "nextLink");
                  RestResponse failure = keepAll(listing, Placement.under(parent.id(), type));
                  if (failure != null) {
                    gap(parent.id(), type, failure, permission);
                  } else {
                    succeeded.put(parent.id(), true);
                  }
                }));
      }
    }
    runAll(pool, tasks);
    // The Activity Log's settings share the type and the subscription scope; where they were not
    // readable, each resource whose own settings were read still says so.
    Coverage known = coverageSoFar();
    for (ResourceId parent : succeeded.keySet()) {
      if (!known.decide(parent, type).isCollected()) {
        record(CoverageRecord.collected(parent, type));
      }
    }
  }

  /**
   * The log categories and category groups of each type whose diagnostic settings are read: a
   * property of the type, so one resource per type and subscription (the first by id) is asked, and
   * its answer, or the gap, is recorded under that resource.
   */
  private void readDiagnosticSettingsCategories(ExecutorService pool) {
    ResourceType type = FetchCatalog.DIAGNOSTIC_SETTINGS_CATEGORIES;
    String permission = FetchCatalog.specFor(type).permission();
    List<Call> tasks = new ArrayList<>();
    for (ResourceType parentType : new TreeSet<>(settings.diagnosticParents())) {
      Map<String, Resource> askedPerSubscription = new TreeMap<>();
      for (Resource parent : collectedOf(parentType)) {
        String subscription = parent.id().subscriptionId().orElse("").toLowerCase(Locale.ROOT);
        askedPerSubscription.putIfAbsent(subscription, parent);
      }
      for (Resource asked : askedPerSubscription.values()) {
        tasks.add(
            new Call(
                asked,
                () ->
                    settle(
                        asked.id(),
                        type,
                        list(
                            arm
                                + asked.id()
                                + "/providers/Microsoft.Insights/diagnosticSettingsCategories"
                                + "?api-version="
                                + FetchCatalog.ARM_API_DIAGNOSTICS,
                            "value",
                            "nextLink"),
                        permission,
                        Placement.under(asked.id(), type))));
      }
    }
    runAll(pool, tasks);
  }

  // ---- calls and paging ------------------------------------------------------------------------

  /** The items of a list, or the response that ended it. */
  private record Listing(List<ObjectNode> items, RestResponse failure, String request) {}

  private Listing list(String url, String itemsField, String nextField) {
    List<ObjectNode> items = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String next = url;
    String firstRequest = null;
    for (int page = 1; next != null; page++) {
      if (page > 1) {
        callsPlanned.incrementAndGet();
      }
      RestResponse response = finish(transport.get(next));
      firstRequest = firstRequest == null ? response.request() : firstRequest;
      if (notRegistered(response)) {
        return new Listing(items, null, firstRequest);
      }
      if (!response.isSuccess()) {
        return new Listing(items, response, firstRequest);
      }
      JsonNode json = parse(response);
      if (json == null || !json.path(itemsField).isArray()) {
        return new Listing(
            items, malformed(response, "a list with a '" + itemsField + "' array"), firstRequest);
      }
      json.path(itemsField)
          .forEach(
              item -> {
                if (item instanceof ObjectNode object) {
                  items.add(object);
                }
              });
      JsonNode link = json.get(nextField);
      next = link == null || link.isNull() || link.asText().isEmpty() ? null : link.asText();
      if (next != null && !next.startsWith(arm + "/") && !next.startsWith(graph + "/")) {
        // A next link to another host would receive this service's token: never follow it.
        return new Listing(
            items,
            new RestResponse(0, "", response.request(), "the next link leaves the service"),
            firstRequest);
      }
      if (next != null && (!seen.add(next) || page >= maxPages)) {
        return new Listing(items, pagingLoop(response, page), firstRequest);
      }
    }
    return new Listing(items, null, firstRequest);
  }

  private Listing single(String url) {
    RestResponse response = finish(transport.get(url));
    if (response.status() == 404 || notRegistered(response)) {
      // A singleton (a lifecycle policy, a site's config) that does not exist.
      return new Listing(List.of(), null, response.request());
    }
    if (!response.isSuccess()) {
      return new Listing(List.of(), response, response.request());
    }
    JsonNode json = parse(response);
    if (!(json instanceof ObjectNode object)) {
      return new Listing(List.of(), malformed(response, "a JSON object"), response.request());
    }
    return new Listing(List.of(object), null, response.request());
  }

  private void settle(
      ResourceId scope,
      ResourceType type,
      Listing listing,
      String permission,
      Placement placement) {
    RestResponse failure = keepAll(listing, placement);
    if (failure != null) {
      gap(scope, type, failure, permission);
      return;
    }
    record(CoverageRecord.collected(scope, type));
  }

  /**
   * Keeps every item of a listing where {@code placement} puts it, and returns null; or returns why
   * the listing is incomplete (it failed, or an item could not be placed) and keeps none of it, as
   * for any list that did not fully arrive.
   */
  private RestResponse keepAll(Listing listing, Placement placement) {
    if (listing.failure() != null) {
      return listing.failure();
    }
    List<Resource> placed = new ArrayList<>();
    for (ObjectNode item : listing.items()) {
      Placement.Placed result = placement.place(item);
      if (result.resource() == null) {
        return unplaced(listing.request(), listing.items().size(), result.problem());
      }
      placed.add(result.resource());
    }
    placed.forEach(this::keep);
    return null;
  }

  /** The failure of an answer that arrived but holds an item that cannot be placed. */
  private static RestResponse unplaced(String request, int items, String problem) {
    return new RestResponse(
        200,
        "",
        request,
        "an answer of "
            + items
            + (items == 1 ? " item" : " items")
            + " holds one that cannot be placed, so the list is incomplete: "
            + problem);
  }

  private RestResponse finish(RestResponse response) {
    callsDone.incrementAndGet();
    LOG.debug("{} -> {}", response.request(), response.status());
    settings.listener().callFinished(progress());
    return response;
  }

  /**
   * A provider the subscription never registered: nothing of the kind can exist there, so the list
   * is complete and empty. A 404 on a list is no such case: the parent is gone (deleted since the
   * inventory), and what it held is unknown rather than absent.
   */
  private static boolean notRegistered(RestResponse response) {
    if (response.status() == 409 || response.status() == 400) {
      String code = errorCode(response);
      return code.equalsIgnoreCase("MissingSubscriptionRegistration")
          || code.equalsIgnoreCase("SubscriptionNotRegistered");
    }
    return false;
  }

  private static String errorCode(RestResponse response) {
    JsonNode json = parse(response);
    return json == null ? "" : json.path("error").path("code").asText("");
  }

  private static RestResponse pagingLoop(RestResponse response, int page) {
    return new RestResponse(
        0,
        "",
        response.request(),
        "paging stopped after page " + page + ": a next link repeated or too many pages");
  }

  private static RestResponse malformed(RestResponse response, String expected) {
    return new RestResponse(
        response.status(), "", response.request(), "unreadable answer: expected " + expected);
  }

  private static JsonNode parse(RestResponse response) {
    try {
      return MAPPER.readTree(response.body());
    } catch (IOException unreadable) {
      return null;
    }
  }

  // ---- results ---------------------------------------------------------------------------------

  private void keep(Resource resource) {
    resources.put(resource.id(), resource);
  }

  private List<Resource> collectedOf(ResourceType type) {
    List<Resource> found = new ArrayList<>();
    for (Resource resource : resources.values()) {
      if (resource.type().equals(type)) {
        found.add(resource);
      }
    }
    found.sort((a, b) -> a.id().compareTo(b.id()));
    return found;
  }

  private Coverage coverageSoFar() {
    return Coverage.of(List.copyOf(coverage));
  }

  private void gap(ResourceId scope, ResourceType type, RestResponse response, String permission) {
    if (isDenial(response)) {
      record(
          CoverageRecord.denied(
              scope,
              type,
              response.status(),
              deniedAction(response, type, permission),
              response.request()));
    } else {
      record(
          CoverageRecord.failed(
              scope,
              type,
              response.status(),
              response.request(),
              SecretSanitizer.maskText(
                  response.failure() != null ? response.failure() : errorOf(response))));
    }
  }

  private static boolean isDenial(RestResponse response) {
    return response.status() == 401 || response.status() == 403;
  }

  /**
   * The action ARM names in its AuthorizationFailed message when it is about {@code type}, else the
   * catalog's permission. One Resource Graph query covers several types, and its denial names only
   * one of them.
   */
  private static String deniedAction(RestResponse response, ResourceType type, String permission) {
    Matcher m = DENIED_ACTION.matcher(response.body());
    if (m.find() && m.group(1).toLowerCase(Locale.ROOT).startsWith(type.key() + "/")) {
      return m.group(1);
    }
    return permission;
  }

  /** ARM's and Graph's {@code {"error":{"code","message"}}}, shortened. */
  private static String errorOf(RestResponse response) {
    JsonNode json = parse(response);
    JsonNode error = json == null ? null : json.path("error");
    String text =
        error == null || error.isMissingNode()
            ? "HTTP " + response.status()
            : error.path("code").asText("") + ": " + error.path("message").asText("");
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }

  private void record(CoverageRecord record) {
    coverage.add(record);
    if (!record.isCollected()) {
      gaps.incrementAndGet();
      LOG.warn("Coverage gap: {}", record.reason());
      settings.listener().gap(record);
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  // ---- progress and threads
  // ----------------------------------------------------------------------

  private void enter(CollectionPhase next) {
    phase = next;
    LOG.debug("Phase {}", next);
    settings.listener().phaseStarted(next, progress());
  }

  private CollectionProgress progress() {
    return new CollectionProgress(
        phase,
        callsDone.get(),
        callsPlanned.get(),
        requestsSent.get(),
        throttledWaits.get(),
        gaps.get());
  }

  @Override
  public void sent(String request) {
    requestsSent.incrementAndGet();
    String service =
        request.startsWith("POST ")
            ? "Resource Graph"
            : request.startsWith("GET /v1.0/") ? "Microsoft Graph" : "ARM";
    requestsByService.computeIfAbsent(service, s -> new AtomicInteger()).incrementAndGet();
  }

  @Override
  public void waiting(String scope, Duration wait, String reason) {
    throttledWaits.incrementAndGet();
    LOG.info("Waiting {} ms for {}: {}.", wait.toMillis(), scope, reason);
    settings.listener().throttled(scope, wait, reason);
  }

  /** A call to make, and the subscription whose read budget it spends ({@code ""} for none). */
  private record Call(String subscription, Runnable body) {
    Call(Resource scope, Runnable body) {
      this(scope.id().subscriptionId().orElse(""), body);
    }
  }

  /**
   * Runs calls that make one request each (more when a list has more pages) and waits for them all.
   * They are submitted round-robin across subscriptions: each subscription has its own read budget,
   * so a queue in subscription order would keep the pool's threads waiting on one subscription's
   * budget while the others refill unused.
   */
  private void runAll(ExecutorService pool, List<Call> calls) {
    callsPlanned.addAndGet(calls.size());
    Map<String, Deque<Call>> bySubscription = new LinkedHashMap<>();
    for (Call call : calls) {
      bySubscription.computeIfAbsent(call.subscription(), s -> new ArrayDeque<>()).add(call);
    }
    List<Future<?>> futures = new ArrayList<>();
    while (!bySubscription.isEmpty()) {
      Iterator<Deque<Call>> queues = bySubscription.values().iterator();
      while (queues.hasNext()) {
        Deque<Call> queue = queues.next();
        futures.add(pool.submit(queue.poll().body()));
        if (queue.isEmpty()) {
          queues.remove();
        }
      }
    }
    for (Future<?> future : futures) {
      try {
        future.get();
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Collection interrupted.", interrupted);
      } catch (ExecutionException crashed) {
        if (crashed.getCause() instanceof RuntimeException runtime) {
          throw runtime;
        }
        throw new IllegalStateException(crashed.getCause());
      }
    }
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger counter = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, "readiness-collector-" + counter.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
