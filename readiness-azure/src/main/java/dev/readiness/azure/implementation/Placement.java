package dev.readiness.azure.implementation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceId;
import dev.readiness.api.ResourceType;
import dev.readiness.api.implementation.JacksonAccess;
import java.util.List;
import java.util.Optional;

/**
 * Where the items of one answer belong. An item returned by a list belongs to the scope it was
 * listed from, whatever its own {@code id} says: some answers spell the id without its leading
 * {@code /}, name another subscription or provider, or leave it out. Where the item's id does not
 * place it, it is rebuilt from the listed parent and the item's name when that is unambiguous;
 * otherwise the item cannot be placed, and the caller records its list as incomplete instead of
 * collected.
 */
final class Placement {
  private final ResourceType type;

  /** The resource every item hangs directly under, or null when items may lie anywhere below. */
  private final ResourceId parent;

  /** Where items may lie when there is no single parent. */
  private final List<ResourceId> scopes;

  /** The one id a single answer is about, or null. */
  private final ResourceId exactly;

  /**
   * True for an ARM list or read, whose items are of the type asked for whatever they spell (PIM
   * policy assignments come back as {@code RoleManagementPolicyAssignment}); false for Resource
   * Graph, whose rows name their own type.
   */
  private final boolean ofRequestedType;

  private Placement(
      ResourceType type,
      ResourceId parent,
      List<ResourceId> scopes,
      ResourceId exactly,
      boolean ofRequestedType) {
    this.type = type;
    this.parent = parent;
    this.scopes = scopes;
    this.exactly = exactly;
    this.ofRequestedType = ofRequestedType;
  }

  /** Items of {@code type} that are direct children or extension resources of {@code parent}. */
  static Placement under(ResourceId parent, ResourceType type) {
    return new Placement(type, parent, List.of(parent), null, true);
  }

  /**
   * Items of {@code type} listed at a subscription that may lie at any scope (PIM lists those of
   * the subscription's groups and management groups too): only their own id can place them.
   */
  static Placement anywhere(ResourceType type) {
    return new Placement(type, null, List.of(ResourceId.TENANT), null, true);
  }

  /**
   * Resource Graph rows of {@code type} ({@code null} for whatever type they name) anywhere below
   * one of {@code scopes}; a row's own id is the only thing that tells which resource group or
   * parent it lies in, so none is rebuilt.
   */
  static Placement resourceGraphRows(List<ResourceId> scopes, ResourceType type) {
    return new Placement(type, null, List.copyOf(scopes), null, false);
  }

  /** The answer to a GET of {@code id}: whatever id it spells, it is about that resource. */
  static Placement exactly(ResourceId id, ResourceType type) {
    return new Placement(type, null, List.of(id), id, true);
  }

  /** The item placed as a resource, or why it cannot be. */
  record Placed(Resource resource, String problem) {}

  /**
   * Places {@code item}, spelling its type as requested (Resource Graph lower-cases types; some
   * APIs return none). The item may be changed.
   */
  Placed place(ObjectNode item) {
    String typeText = text(item, "type");
    if (type != null
        && (ofRequestedType
            || typeText == null
            || typeText.isBlank()
            || ResourceType.of(typeText).equals(type))) {
      item.put("type", type.toString());
    }
    String idText = text(item, "id");
    Optional<ResourceId> own = idText == null ? Optional.empty() : parse(idText);
    ResourceId placed = own.filter(this::belongs).orElseGet(() -> rebuilt(item));
    if (placed == null) {
      return new Placed(
          null,
          "an item of "
              + (type == null ? "an unrequested type" : type)
              + " with id "
              + (idText == null ? "(none)" : "'" + idText + "'")
              + " and name "
              + (text(item, "name") == null ? "(none)" : "'" + text(item, "name") + "'")
              + " does not lie where it was listed ("
              + String.join(", ", scopes.stream().map(ResourceId::toString).toList())
              + ")");
    }
    item.put("id", placed.toString());
    try {
      return new Placed(JacksonAccess.forms().resource(item), null);
    } catch (IllegalArgumentException malformed) {
      return new Placed(null, "an item is malformed: " + malformed.getMessage());
    }
  }

  private boolean belongs(ResourceId id) {
    if (exactly != null) {
      return id.equals(exactly);
    }
    if (parent != null) {
      return id.type().equals(type) && id.parent().equals(parent);
    }
    // Resource Graph spells some types unlike their ids (resource groups), so only where it lies.
    return scopes.stream().anyMatch(id::isWithin);
  }

  /** The id the item must have from where it was listed, or null when that is ambiguous. */
  private ResourceId rebuilt(ObjectNode item) {
    if (exactly != null) {
      return exactly;
    }
    String name = text(item, "name");
    if (parent == null || name == null || name.isBlank() || name.contains("/")) {
      return null;
    }
    String parentType = parent.type().toString();
    String typeText = type.toString();
    boolean child =
        !parent.isScope()
            && typeText.regionMatches(true, 0, parentType + "/", 0, parentType.length() + 1)
            && typeText.indexOf('/', parentType.length() + 1) < 0;
    String base = parent.equals(ResourceId.TENANT) ? "" : parent.toString();
    return parse(
            child
                ? base + "/" + typeText.substring(parentType.length() + 1) + "/" + name
                : base + "/providers/" + typeText + "/" + name)
        .orElse(null);
  }

  /** The id, also when Azure spelled it without its leading {@code /}. */
  private static Optional<ResourceId> parse(String id) {
    String text = id.strip();
    try {
      return Optional.of(ResourceId.parse(text.startsWith("/") ? text : "/" + text));
    } catch (IllegalArgumentException malformed) {
      return Optional.empty();
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
