package dev.readiness.azure.implementation;

import static dev.readiness.azure.implementation.Pager.text;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.api.CoverageRecord;
import dev.readiness.api.ResourceId;
import dev.readiness.api.ResourceType;
import dev.readiness.azure.CollectionException;
import dev.readiness.azure.CollectionScope;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The first phase: which subscriptions of which tenant the run reads, from the subscriptions the
 * principal can see and the scope asked for. Wanted subscriptions that are not visible become
 * denials; when the list itself cannot be read, every subscription-level type is a gap, and when
 * Resource Manager cannot be reached or signed in to at all, the run stops here.
 */
final class SubscriptionDiscovery {
  private final RunSettings settings;
  private final Pager pager;
  private final RunResults results;
  private final RunProgress progress;
  private final String arm;

  SubscriptionDiscovery(
      RunSettings settings, Pager pager, RunResults results, RunProgress progress) {
    this.settings = settings;
    this.pager = pager;
    this.results = results;
    this.progress = progress;
    this.arm = settings.resourceManager().toString();
  }

  /** The tenant and the subscriptions chosen, sorted. */
  record Discovery(String tenantId, List<String> subscriptions) {}

  /**
   * Lists and chooses the subscriptions.
   *
   * @throws CollectionException when Resource Manager cannot be reached or signed in to
   */
  Discovery discover(List<ResourceType> subscriptionTypes) {
    progress.planned(1);
    Listing listing =
        pager.list(arm + "/subscriptions?api-version=2022-12-01", "value", "nextLink");
    String tenantId = settings.tenantId();
    if (listing.failure() != null) {
      stopWhenUnreachable(listing.failure());
      for (ResourceType type : subscriptionTypes) {
        results.gap(ResourceId.TENANT, type, listing.failure(), FetchCatalog.READER);
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
              results.record(
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
        for (String subscription : belowManagementGroups(scope.ids(), subscriptionTypes)) {
          String found = visible.get(subscription.toLowerCase(Locale.ROOT));
          if (found != null) {
            chosen.add(found);
          }
        }
      }
    }
    chosen.sort(String.CASE_INSENSITIVE_ORDER);
    RunProgress.LOG.info("Collecting {} subscriptions of tenant '{}'.", chosen.size(), tenantId);
    return new Discovery(tenantId, List.copyOf(chosen));
  }

  private Set<String> belowManagementGroups(
      List<String> groups, List<ResourceType> subscriptionTypes) {
    Set<String> below = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    for (String group : groups) {
      progress.planned(1);
      Listing descendants =
          pager.list(
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
          results.gap(groupId, type, descendants.failure(), FetchCatalog.READER);
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
    return below;
  }

  /**
   * Nothing can be collected from an endpoint that refuses connections, does not resolve, fails
   * TLS, or with a credential that cannot sign in or whose token is refused: that is one failure of
   * the run, not a gap per type.
   */
  private void stopWhenUnreachable(RestResponse failure) {
    FailureClass kind = failure.failureClass();
    if (kind == FailureClass.UNAUTHORIZED) {
      // Listing subscriptions needs no permission: a 401 here is the token itself refused.
      throw new CollectionException(
          CollectionException.Reason.SIGN_IN,
          "sign-in failed: Resource Manager refused the token (HTTP 401)");
    }
    if (kind == null || !kind.endpointUnreachable()) {
      return;
    }
    throw new CollectionException(
        kind == FailureClass.SIGN_IN
            ? CollectionException.Reason.SIGN_IN
            : CollectionException.Reason.UNREACHABLE,
        failure.failure());
  }
}
