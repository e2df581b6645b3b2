package dev.readiness.api;

import java.util.Objects;

/**
 * What decided a finding: where a value was read, what it was, and what was expected.
 *
 * @param resourceId the resource the value was read from (not always the finding's target: a
 *     diagnostic setting or a workspace along the chain)
 * @param pointer the JSON pointer (RFC 6901) of the value in that resource; {@code ""} is the
 *     pointer of the whole resource, a real value and not a stand-in for "none"
 * @param observed the value as compact JSON, or {@code missing} / a short description of an absence
 * @param expected what would have passed
 */
public record Evidence(ResourceId resourceId, String pointer, String observed, String expected) {
  /** Validates the evidence. */
  public Evidence {
    Objects.requireNonNull(resourceId, "'resourceId' cannot be null.");
    Objects.requireNonNull(pointer, "'pointer' cannot be null.");
    Objects.requireNonNull(observed, "'observed' cannot be null.");
    Objects.requireNonNull(expected, "'expected' cannot be null.");
  }

  /** Evidence from a value read through {@link Json}: its resource, pointer and value. */
  public static Evidence of(Json value, String expected) {
    Objects.requireNonNull(
        value, "'value' cannot be null: pass the Json read from the resource, even when missing.");
    Objects.requireNonNull(expected, "'expected' cannot be null.");
    return new Evidence(value.owner(), value.pointer(), value.toString(), expected);
  }

  /**
   * Evidence that something does not exist, for example no diagnostic setting on a resource: {@code
   * observed} describes the absence.
   */
  public static Evidence absent(ResourceId where, String observed, String expected) {
    Objects.requireNonNull(where, "'where' cannot be null.");
    return new Evidence(where, "", observed, expected);
  }
}
