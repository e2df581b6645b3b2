package dev.readiness.api;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What is known about one resource type in one scope (the tenant root, a subscription, a resource
 * group or one resource): collected, denied or failed, and why.
 *
 * @param scope where the record applies; it covers everything below that scope too
 * @param type the resource type the record is about
 * @param status what happened
 * @param httpStatus the HTTP status of the call that decided a denial or failure, or 0
 * @param permission the permission or role that was missing, for denials, or {@code null}
 * @param request the call that was made, for example {@code GET
 *     /subscriptions/.../diagnosticSettings}, or {@code null}
 * @param message a short description of the error, or {@code null}
 */
public record CoverageRecord(
    ResourceId scope,
    ResourceType type,
    CoverageStatus status,
    int httpStatus,
    String permission,
    String request,
    String message) {

  /** Validates the record. */
  public CoverageRecord {
    Objects.requireNonNull(scope, "'scope' cannot be null.");
    Objects.requireNonNull(type, "'type' cannot be null.");
    Objects.requireNonNull(status, "'status' cannot be null.");
    if (httpStatus < 0 || httpStatus > 599) {
      throw new IllegalArgumentException(
          "'httpStatus' must be 0 or an HTTP status, not " + httpStatus + ".");
    }
  }

  /** Every resource of {@code type} under {@code scope} was read. */
  public static CoverageRecord collected(ResourceId scope, ResourceType type) {
    return new CoverageRecord(scope, type, CoverageStatus.COLLECTED, 0, null, null, null);
  }

  /** Reading {@code type} under {@code scope} was refused for want of {@code permission}. */
  public static CoverageRecord denied(
      ResourceId scope, ResourceType type, int httpStatus, String permission, String request) {
    return new CoverageRecord(
        scope, type, CoverageStatus.DENIED, httpStatus, permission, request, "access denied");
  }

  /** Reading {@code type} under {@code scope} failed. */
  public static CoverageRecord failed(
      ResourceId scope, ResourceType type, int httpStatus, String request, String message) {
    return new CoverageRecord(
        scope, type, CoverageStatus.FAILED, httpStatus, null, request, message);
  }

  /** Nothing is known of {@code type} under {@code scope}. */
  static CoverageRecord notCollected(ResourceId scope, ResourceType type) {
    return new CoverageRecord(scope, type, CoverageStatus.NOT_COLLECTED, 0, null, null, null);
  }

  /** The HTTP status, when there was one. */
  public OptionalInt http() {
    return httpStatus == 0 ? OptionalInt.empty() : OptionalInt.of(httpStatus);
  }

  /** The missing permission, for denials. */
  public Optional<String> missingPermission() {
    return Optional.ofNullable(permission);
  }

  /** True when the data was collected. */
  public boolean isCollected() {
    return status == CoverageStatus.COLLECTED;
  }

  /**
   * A sentence that explains a gap, for example "Microsoft.Insights/diagnosticSettings at
   * /subscriptions/... was denied (HTTP 403 on GET ...; missing permission
   * Microsoft.Insights/diagnosticSettings/read)".
   */
  public String reason() {
    String where = scope.equals(ResourceId.TENANT) ? "the tenant" : scope.toString();
    StringBuilder text = new StringBuilder(type.toString()).append(" at ").append(where);
    switch (status) {
      case COLLECTED -> text.append(" was collected");
      case DENIED -> text.append(" was denied");
      case FAILED -> text.append(" failed to collect");
      case NOT_COLLECTED -> text.append(" was not collected");
    }
    StringBuilder details = new StringBuilder();
    if (httpStatus != 0) {
      details.append("HTTP ").append(httpStatus);
      if (request != null) {
        details.append(" on ").append(request);
      }
    } else if (request != null) {
      details.append(request);
    }
    append(details, message != null && status == CoverageStatus.FAILED ? message : null);
    append(details, permission == null ? null : "missing permission " + permission);
    if (details.length() > 0) {
      text.append(" (").append(details).append(')');
    }
    return text.toString();
  }

  private static void append(StringBuilder details, String part) {
    if (part != null && !part.isBlank()) {
      if (details.length() > 0) {
        details.append("; ");
      }
      details.append(part);
    }
  }
}
