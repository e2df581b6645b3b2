package dev.readiness.azure;

import dev.readiness.api.ResourceType;
import java.util.Objects;

/**
 * How one resource type will be read.
 *
 * @param type the resource type
 * @param method how it is read
 * @param source what is called, for example {@code Resource Graph table securityresources} or
 *     {@code GET {storageAccount}/blobServices?api-version=2023-05-01}
 * @param permission the permission or role a denial of this call would name
 */
public record PlannedFetch(
    ResourceType type, FetchMethod method, String source, String permission) {
  /** Validates the entry. */
  public PlannedFetch {
    Objects.requireNonNull(type, "'type' cannot be null.");
    Objects.requireNonNull(method, "'method' cannot be null.");
    Objects.requireNonNull(source, "'source' cannot be null.");
    Objects.requireNonNull(permission, "'permission' cannot be null.");
  }

  @Override
  public String toString() {
    return type + ": " + method + " " + source + " (" + permission + ")";
  }
}
