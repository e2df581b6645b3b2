package dev.readiness.rules.support;

import dev.readiness.api.Resource;
import dev.readiness.api.ResourceId;
import dev.readiness.api.ResourceType;
import dev.readiness.api.RuleContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/** Subscriptions and coverage questions that rules reporting per scope share. */
public final class Scopes {
  private Scopes() {}

  /**
   * The subscriptions of the snapshot: those its metadata names and those its resources lie in,
   * sorted, each once.
   */
  public static List<String> subscriptions(RuleContext context) {
    TreeMap<String, String> byKey = new TreeMap<>();
    for (String subscription : context.snapshot().metadata().subscriptions()) {
      byKey.putIfAbsent(subscription.toLowerCase(Locale.ROOT), subscription);
    }
    for (Resource resource : context.snapshot().resources()) {
      resource.subscriptionId().ifPresent(s -> byKey.putIfAbsent(s.toLowerCase(Locale.ROOT), s));
    }
    return List.copyOf(byKey.values());
  }

  /** True when {@code id} lies in subscription {@code subscriptionId}. */
  public static boolean inSubscription(ResourceId id, String subscriptionId) {
    return id.subscriptionId().map(subscriptionId::equalsIgnoreCase).orElse(false);
  }

  /** The resources of {@code type} in subscription {@code subscriptionId}. */
  public static List<Resource> inSubscription(
      RuleContext context, ResourceType type, String subscriptionId) {
    return context.resources(type).stream()
        .filter(r -> inSubscription(r.id(), subscriptionId))
        .toList();
  }

  /**
   * Why the types were not collected at {@code scope}, one reason per missing type; empty when all
   * were collected.
   */
  public static List<String> notCollected(
      RuleContext context, ResourceId scope, ResourceType... types) {
    List<String> reasons = new ArrayList<>();
    for (ResourceType type : types) {
      context.coverage().whyMissing(scope, type).ifPresent(reasons::add);
    }
    return reasons;
  }

  /** True when every type was collected at {@code scope}. */
  public static boolean collected(RuleContext context, ResourceId scope, ResourceType... types) {
    return notCollected(context, scope, types).isEmpty();
  }

  /**
   * The last segment of an id such as a role definition id: {@code .../roleDefinitions/{guid}}
   * gives the guid, in lower case.
   */
  public static String lastSegment(String id) {
    String trimmed = id.endsWith("/") ? id.substring(0, id.length() - 1) : id;
    return trimmed.substring(trimmed.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
  }
}
