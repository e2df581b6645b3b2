package dev.readiness.azure.implementation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Makes GET calls and follows their pages: every page is counted as a call, a next link that
 * repeats or leaves the service ends the list as incomplete, and an unregistered provider is an
 * empty, complete list.
 */
final class Pager {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private final RestTransport transport;
  private final RunProgress progress;
  private final String arm;
  private final String graph;
  private final int maxPages;

  Pager(RestTransport transport, RunProgress progress, String arm, String graph, int maxPages) {
    this.transport = transport;
    this.progress = progress;
    this.arm = arm;
    this.graph = graph;
    this.maxPages = maxPages;
  }

  /** GETs {@code url} as one call. */
  RestResponse get(String url) {
    return progress.finished(transport.get(url));
  }

  /** POSTs a Resource Graph query as one call. */
  RestResponse postResourceGraph(String url, String body) {
    return progress.finished(transport.postResourceGraph(url, body));
  }

  /** The most pages one list may have. */
  int maxPages() {
    return maxPages;
  }

  Listing list(String url, String itemsField, String nextField) {
    List<ObjectNode> items = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String next = url;
    String firstRequest = null;
    for (int page = 1; next != null; page++) {
      if (page > 1) {
        progress.planned(1);
      }
      RestResponse response = get(next);
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
            RestResponse.unusable(0, response.request(), "the next link leaves the service"),
            firstRequest);
      }
      if (next != null && (!seen.add(next) || page >= maxPages)) {
        return new Listing(items, pagingLoop(response, page), firstRequest);
      }
    }
    return new Listing(items, null, firstRequest);
  }

  Listing single(String url) {
    RestResponse response = get(url);
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

  static RestResponse pagingLoop(RestResponse response, int page) {
    return RestResponse.unusable(
        0,
        response.request(),
        "paging stopped after page " + page + ": a next link repeated or too many pages");
  }

  static RestResponse malformed(RestResponse response, String expected) {
    return RestResponse.unusable(
        response.status(), response.request(), "unreadable answer: expected " + expected);
  }

  static JsonNode parse(RestResponse response) {
    try {
      return MAPPER.readTree(response.body());
    } catch (IOException unreadable) {
      return null;
    }
  }

  static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
