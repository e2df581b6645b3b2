package dev.readiness.api.format;

import com.fasterxml.jackson.databind.JsonNode;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceId;
import dev.readiness.api.ResourceType;
import dev.readiness.api.implementation.JacksonAccess;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an imported item belongs. An item belongs to the scope it was listed from: the resource
 * whose {@code resources} it was nested in, or the subscription and group its own fields name. When
 * its id is missing, malformed or names another place, the id is rebuilt from that scope, the
 * item's type and its name if that leaves no doubt; otherwise the item is not placed, and the scope
 * and type it would have filled are named so the import can record them as a gap.
 */
sealed interface Placement {
  /** The item, kept; {@code rebuilt} when its id was rebuilt from where it was listed. */
  record Placed(Resource resource, boolean rebuilt) implements Placement {}

  /** The item could not be kept: it leaves {@code type} at {@code scope} incomplete. */
  record Unplaced(ResourceId scope, ResourceType type, String why) implements Placement {}

  /** The subscription and group in an id, even one that does not parse. */
  Pattern SCOPE_IN_TEXT =
      Pattern.compile("(?i)(?:^|/)subscriptions/([^/]+)(?:/resourceGroups/([^/]+))?");

  /**
   * Places {@code shape}; {@code listedUnder} is the resource it was nested in, or {@code null} for
   * a top-level item; {@code reader} makes the resource.
   */
  static Placement of(ArmShape shape, ResourceId listedUnder, JacksonAccess.ResourceReader reader) {
    ResourceId home = listedUnder != null ? listedUnder : fieldScope(shape);
    KnownSpellings.normalize(shape.arm());
    JsonNode idNode = shape.arm().get("id");
    String idText = idNode != null && idNode.isTextual() ? idNode.textValue() : null;
    ResourceType type = declaredType(shape, idText);
    if (shape.notArm() != null) {
      return unplaced(home, idText, type, shape.notArm());
    }
    String problem;
    if (idText == null) {
      problem =
          idNode == null || idNode.isNull() ? "it has no resource id" : "its id is not a string";
    } else {
      problem = conflict(idText, type, home, listedUnder);
    }
    if (problem == null) {
      return keep(shape, home, type, false, reader);
    }
    Optional<ResourceId> rebuilt =
        rebuild(home, listedUnder, type, idText, shape.arm().path("name"));
    if (rebuilt.isPresent()) {
      shape.arm().put("id", rebuilt.get().toString());
      return keep(shape, home, type, true, reader);
    }
    return unplaced(home, idText, type, problem);
  }

  /** The resource, or why it cannot be one (a {@code type} that is not a string, say). */
  private static Placement keep(
      ArmShape shape,
      ResourceId home,
      ResourceType type,
      boolean rebuilt,
      JacksonAccess.ResourceReader reader) {
    try {
      return new Placed(reader.of(shape.arm()), rebuilt);
    } catch (IllegalArgumentException invalid) {
      return unplaced(home, shape.arm().path("id").textValue(), type, invalid.getMessage());
    }
  }

  /** Why the id does not fit the item, or null when it does. */
  private static String conflict(
      String idText, ResourceType type, ResourceId home, ResourceId listedUnder) {
    ResourceId id;
    try {
      id = ResourceId.parse(idText);
    } catch (IllegalArgumentException malformed) {
      String message = malformed.getMessage();
      return message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
    }
    if (type != null && !id.isScope() && !type.equals(KnownSpellings.canonical(id.type()))) {
      // A list item whose id is its parent's (SQL's transparentDataEncryption list), or a type
      // spelled otherwise than its list (roleManagementPolicyAssignment): kept under the id would
      // put it in another resource's place.
      return "its id names a " + id.type() + ", not a " + type;
    }
    if (home == null || id.isWithin(home)) {
      return null;
    }
    if (listedUnder != null && listedUnder.isScope() && id.subscriptionId().isEmpty()) {
      // Listed at a subscription but defined above every subscription (a role assignment at a
      // management group): inherited, it keeps its own id.
      return null;
    }
    if (listedUnder != null && !isChild(id, type, listedUnder)) {
      // A resource the export fetched by reference (a VM's network interface, a cluster's
      // subnet): it keeps its own id.
      return null;
    }
    return "its id lies outside " + home + ", where it was listed";
  }

  /** The id the item has where it was listed, when its type and name leave no doubt. */
  private static Optional<ResourceId> rebuild(
      ResourceId home,
      ResourceId listedUnder,
      ResourceType type,
      String idText,
      JsonNode nameNode) {
    if (type == null || !nameNode.isTextual()) {
      return Optional.empty();
    }
    String name = nameNode.textValue();
    if (name.isBlank() || name.contains("/")) {
      return Optional.empty();
    }
    try {
      // Repairs the id alone decides, wherever the item was listed.
      Optional<ResourceId> own = parsed(idText).filter(id -> !id.isScope());
      Optional<ResourceId> repaired =
          withLeadingSlash(idText, type, name)
              .or(
                  () ->
                      listedUnder == null && own.isPresent() && !own.get().type().equals(type)
                          ? besideItsOwnId(own.get(), type, name)
                          : Optional.empty());
      if (repaired.isPresent()) {
        return repaired.filter(id -> home == null || id.isWithin(home));
      }
      if (home == null) {
        return Optional.empty();
      }
      if (listedUnder != null && type.parent().equals(listedUnder.type()) && type.isNested()) {
        return Optional.of(listedUnder.child(type.simpleName(), name));
      }
      if (listedUnder != null && namesExtension(idText, type)) {
        return Optional.of(ResourceId.parse(listedUnder + "/providers/" + type + "/" + name));
      }
      if (listedUnder == null && !type.isNested() && home.resourceGroup().isPresent()) {
        return Optional.of(ResourceId.parse(home + "/providers/" + type + "/" + name));
      }
    } catch (IllegalArgumentException unusable) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * The id of an item whose id names another type: a child type's item under the id of its parent
   * (SQL lists transparentDataEncryption items with their database's id), or a top-level type
   * spelled otherwise in its own id, in that id's scope.
   */
  private static Optional<ResourceId> besideItsOwnId(
      ResourceId own, ResourceType type, String name) {
    if (type.isNested() && type.parent().equals(own.type())) {
      return Optional.of(own.child(type.simpleName(), name));
    }
    if (!type.isNested() && !own.isExtension()) {
      ResourceId scope = own;
      while (!scope.isScope()) {
        scope = scope.parent();
      }
      return Optional.of(ResourceId.parse(scope + "/providers/" + type + "/" + name));
    }
    return Optional.empty();
  }

  /** The id with its missing leading '/' restored, when it then names this type and name. */
  private static Optional<ResourceId> withLeadingSlash(
      String idText, ResourceType type, String name) {
    if (idText == null || idText.startsWith("/")) {
      return Optional.empty();
    }
    return parsed("/" + idText)
        .filter(id -> id.type().equals(type) && id.name().equalsIgnoreCase(name));
  }

  private static Optional<ResourceId> parsed(String idText) {
    if (idText == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(ResourceId.parse(idText));
    } catch (IllegalArgumentException malformed) {
      return Optional.empty();
    }
  }

  /**
   * True when the item belongs beneath where it was listed: anything under a subscription or group,
   * a type nested (at any depth) beneath the resource's type, or an extension resource.
   */
  private static boolean isChild(ResourceId id, ResourceType type, ResourceId listedUnder) {
    if (listedUnder.isScope() || id.isExtension()) {
      return true;
    }
    for (ResourceType own = type != null ? type : id.type(); own.isNested(); own = own.parent()) {
      if (own.parent().equals(listedUnder.type())) {
        return true;
      }
    }
    return false;
  }

  /** True when the id text attaches {@code type} through {@code /providers/}: an extension. */
  private static boolean namesExtension(String idText, ResourceType type) {
    return idText != null
        && idText.toLowerCase(Locale.ROOT).contains("/providers/" + type.key() + "/");
  }

  private static Placement unplaced(ResourceId home, String idText, ResourceType type, String why) {
    ResourceId scope = home != null ? home : scopeInText(idText);
    return new Unplaced(scope, type != null ? type : ResourceType.ALL_TOP_LEVEL, why);
  }

  /** The subscription (and group) the item's own fields name, or null. */
  private static ResourceId fieldScope(ArmShape shape) {
    if (shape.subscriptionId() == null) {
      return null;
    }
    String scope = "/subscriptions/" + shape.subscriptionId();
    if (shape.resourceGroup() != null) {
      scope += "/resourceGroups/" + shape.resourceGroup();
    }
    try {
      return ResourceId.parse(scope);
    } catch (IllegalArgumentException unusable) {
      return null;
    }
  }

  /** The most specific scope a malformed id still names, or the tenant. */
  private static ResourceId scopeInText(String idText) {
    if (idText != null) {
      Matcher match = SCOPE_IN_TEXT.matcher(idText);
      if (match.find()) {
        String scope = "/subscriptions/" + match.group(1);
        if (match.group(2) != null) {
          scope += "/resourceGroups/" + match.group(2);
        }
        try {
          return ResourceId.parse(scope);
        } catch (IllegalArgumentException unusable) {
          return ResourceId.TENANT;
        }
      }
    }
    return ResourceId.TENANT;
  }

  /** The item's {@code type}, or else the type its id names, even an id lacking its '/'. */
  private static ResourceType declaredType(ArmShape shape, String idText) {
    JsonNode type = shape.arm().get("type");
    try {
      if (type != null && type.isTextual() && !type.textValue().isBlank()) {
        return ResourceType.of(type.textValue());
      }
      if (idText != null) {
        return KnownSpellings.canonical(
            ResourceId.parse(idText.startsWith("/") ? idText : "/" + idText).type());
      }
    } catch (IllegalArgumentException unusable) {
      return null;
    }
    return null;
  }
}
