package dev.readiness.rules.support;

import dev.readiness.api.Resource;
import dev.readiness.api.ResourceId;
import dev.readiness.api.ResourceType;
import dev.readiness.api.RuleContext;
import java.util.List;
import java.util.Locale;

/** Subscriptions and coverage questions that rules reporting per scope share. */
public final class Scopes {
  private Scopes() {}

  /** The resources of {@code type} in subscription {@code subscriptionId}. */
  public static List<Resource> inSubscription(
      RuleContext context, ResourceType type, String subscriptionId) {
    return context.resources(type, ResourceId.subscription(subscriptionId));
  }

  /**
   * Why the types were not collected at {@code scope}, one reason per missing type; empty when all
   * were collected.
   */
  public static List<String> notCollected(
      RuleContext context, ResourceId scope, ResourceType... types) {
    return context.coverage().whyMissing(scope, List.of(types));
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
