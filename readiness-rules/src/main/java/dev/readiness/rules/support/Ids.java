package dev.readiness.rules.support;

import dev.readiness.api.Json;
import dev.readiness.api.ResourceId;
import java.util.Optional;

/** Reads resource ids that other resources reference, tolerating blanks and malformed text. */
public final class Ids {
  private Ids() {}

  /** {@code text} as a resource id; empty when blank or not an id. */
  public static Optional<ResourceId> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(ResourceId.parse(text));
    } catch (IllegalArgumentException malformed) {
      return Optional.empty();
    }
  }

  /** The string at {@code value} as a resource id; empty when absent, blank or not an id. */
  public static Optional<ResourceId> parse(Json value) {
    return value.text().flatMap(Ids::parse);
  }
}
