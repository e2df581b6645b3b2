package dev.readiness.testkit.fakeazure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rewrites the items of an answer the way some Azure APIs spell them: the {@code value} of an ARM
 * or Graph list, the {@code data} rows of a Resource Graph answer, or the object of a single read.
 */
final class ItemQuirks {
  private static final Pattern SUBSCRIPTION = Pattern.compile("(?i)^(/?subscriptions/)[^/]+");

  private ItemQuirks() {}

  static void apply(Fault.Kind kind, ObjectNode body) {
    for (ObjectNode item : items(body)) {
      String id = item.path("id").asText(null);
      switch (kind) {
        case IDS_WITHOUT_LEADING_SLASH -> {
          if (id != null && id.startsWith("/")) {
            item.put("id", id.substring(1));
          }
        }
        case IDS_IN_ANOTHER_SUBSCRIPTION -> {
          if (id != null) {
            item.put(
                "id", SUBSCRIPTION.matcher(id).replaceFirst("$1" + Fault.ANOTHER_SUBSCRIPTION));
          }
        }
        case ITEMS_WITHOUT_ID -> {
          item.remove("id");
          item.remove("name");
        }
        default -> throw new IllegalArgumentException("Not an item quirk: " + kind + ".");
      }
    }
  }

  private static List<ObjectNode> items(ObjectNode body) {
    JsonNode list = body.has("value") ? body.get("value") : body.get("data");
    List<ObjectNode> items = new ArrayList<>();
    if (list != null && list.isArray()) {
      list.forEach(
          item -> {
            if (item instanceof ObjectNode object) {
              items.add(object);
            }
          });
    } else {
      items.add(body);
    }
    return items;
  }
}
