package dev.readiness.api.fix;

import dev.readiness.api.ArmChange;
import dev.readiness.api.Change;
import dev.readiness.api.Fix;
import dev.readiness.api.FixParameter;
import dev.readiness.api.GraphRequest;
import dev.readiness.api.HumanStep;
import java.util.List;
import java.util.Locale;

/**
 * One change of a {@link Fix} in the short forms the readable reports and the rule catalogue show:
 * a sentence, and the request that makes it. A request is its method, URL and body on one line,
 * each parameter written as {@code {name}}; {@code readiness fix} renders the same changes as files
 * to deploy.
 */
public final class ChangeText {
  /**
   * Characters of a body a report shows before cutting it with "…": enough for the settings a
   * change makes, short of a resource that a PUT sends back whole. The JSON report and {@code
   * readiness fix} hold every body in full.
   */
  public static final int SHORT_BODY = 160;

  private static final String ARM = "https://management.azure.com";
  private static final String GRAPH = "https://graph.microsoft.com/v1.0";

  private ChangeText() {}

  /**
   * What {@code change} does, as a sentence: its summary, with who acts for a human step, the Graph
   * permission for a Graph request, and the cost of an ARM change that costs money.
   */
  public static String sentence(Change change) {
    if (change instanceof HumanStep human) {
      return human.text() + " (needs a person: " + human.who() + ")";
    }
    if (change instanceof GraphRequest graph) {
      return graph.summary() + " (Microsoft Graph, permission " + graph.permission() + ")";
    }
    ArmChange arm = (ArmChange) change;
    return arm.summary() + arm.cost().map(cost -> " Cost: " + cost).orElse("");
  }

  /** The sentences of {@code fix}'s changes, in order; empty when it has none. */
  public static List<String> sentences(Fix fix) {
    return fix.changes().stream().map(ChangeText::sentence).toList();
  }

  /**
   * The request that makes {@code change}, on one line: {@code PUT
   * https://management.azure.com/...?api-version=... {"properties":...}}; empty for a human step,
   * which no request makes.
   */
  public static String request(Change change) {
    return request(change, Integer.MAX_VALUE);
  }

  /** As {@link #request(Change)}, with a body longer than {@link #SHORT_BODY} cut with "…". */
  public static String shortRequest(Change change) {
    return request(change, SHORT_BODY);
  }

  private static String request(Change change, int bodyLimit) {
    if (change instanceof ArmChange arm) {
      return line(arm) + " " + cut(body(arm.body()), bodyLimit);
    }
    if (change instanceof GraphRequest graph) {
      return line(graph) + " " + cut(body(graph.body()), bodyLimit);
    }
    return "";
  }

  /** The method and URL of an ARM change. */
  static String line(ArmChange arm) {
    return arm.method() + " " + ARM + arm.resourceId() + "?api-version=" + arm.apiVersion();
  }

  private static String line(GraphRequest graph) {
    return graph.method().toUpperCase(Locale.ROOT) + " " + GRAPH + graph.path();
  }

  /** A body on one line, each parameter as {@code {name}}. */
  private static String body(Object body) {
    return JsonText.compact(JsonText.tree(body, FixParameter::inId));
  }

  private static String cut(String text, int limit) {
    return text.length() <= limit ? text : text.substring(0, limit) + "…";
  }
}
