package dev.readiness.rules.support;

import dev.readiness.api.Json;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a diagnostic setting sends its logs.
 *
 * @param kind the kind of destination
 * @param id the destination's id as the setting names it
 * @param source the setting's property that named it, for evidence
 */
public record Destination(Kind kind, String id, Json source) {
  /** The kinds of destination a diagnostic setting supports. */
  public enum Kind {
    WORKSPACE("workspaceId", "Log Analytics workspace"),
    STORAGE_ACCOUNT("storageAccountId", "storage account"),
    EVENT_HUB("eventHubAuthorizationRuleId", "event hub"),
    PARTNER("marketplacePartnerId", "partner solution");

    private final String property;
    private final String label;

    Kind(String property, String label) {
      this.property = property;
      this.label = label;
    }

    /** How a message names this kind, for example "Log Analytics workspace". */
    public String label() {
      return label;
    }
  }

  /** Validates the destination. */
  public Destination {
    Objects.requireNonNull(kind, "'kind' cannot be null.");
    Objects.requireNonNull(id, "'id' cannot be null.");
    Objects.requireNonNull(source, "'source' cannot be null.");
  }

  /**
   * The destinations a diagnostic setting names, in the order workspace, storage account, event
   * hub, partner. Empty strings and nulls, which ARM returns for unused destinations, are skipped.
   */
  public static List<Destination> of(Resource setting) {
    List<Destination> destinations = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      Json value = setting.properties().get(kind.property);
      value
          .text()
          .filter(text -> !text.isBlank())
          .ifPresent(text -> destinations.add(new Destination(kind, text, value)));
    }
    return destinations;
  }

  /** The destination as a resource id, when it parses as one. */
  public Optional<ResourceId> resourceId() {
    return Ids.parse(id);
  }

  /** The destination's short name for messages: the last segment of its id. */
  public String name() {
    return resourceId().map(ResourceId::name).filter(n -> !n.isEmpty()).orElse(id);
  }

  /** "Log Analytics workspace 'law-central'". */
  public String describe() {
    return kind.label + " '" + name() + "'";
  }
}
