package dev.readiness.api;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A request to Azure Resource Manager that creates or updates one resource, as a deployment would.
 *
 * @param method PUT creates the resource or replaces its settings; PATCH changes only the fields
 *     given
 * @param resourceId the resource's id; a parameter chosen by the user appears as {@code {name}}
 * @param type the resource type, such as {@code Microsoft.Insights/diagnosticSettings}
 * @param apiVersion the API version the body is written for
 * @param body the request body (the {@code properties} and whatever else the type takes)
 * @param summary what the change does, as a sentence
 * @param cost what the change costs where it costs money; empty when it costs nothing
 */
public record ArmChange(
    Method method,
    String resourceId,
    String type,
    String apiVersion,
    Map<String, Object> body,
    String summary,
    Optional<String> cost)
    implements Change {

  /** How the request changes the resource. */
  public enum Method {
    /** Creates the resource, or replaces what the body gives. */
    PUT,
    /** Changes only the fields the body gives. */
    PATCH
  }

  /** Validates the change and copies its body. */
  public ArmChange {
    Objects.requireNonNull(method, "'method' cannot be null.");
    Objects.requireNonNull(resourceId, "'resourceId' cannot be null.");
    Objects.requireNonNull(type, "'type' cannot be null.");
    Objects.requireNonNull(apiVersion, "'apiVersion' cannot be null.");
    Objects.requireNonNull(summary, "'summary' cannot be null.");
    Objects.requireNonNull(cost, "'cost' cannot be null; use Optional.empty() for no cost.");
    if (cost.isPresent() && cost.get().isBlank()) {
      throw new IllegalArgumentException("A change's cost, when given, says what it costs.");
    }
    if (!resourceId.startsWith("/") || apiVersion.isBlank() || summary.isBlank()) {
      throw new IllegalArgumentException(
          "An ARM change needs a resource id, an API version and a summary.");
    }
    body = Body.copy(body);
  }

  /** A PUT that costs nothing. */
  public static ArmChange put(
      String resourceId, String type, String apiVersion, Map<String, ?> body, String summary) {
    return new ArmChange(
        Method.PUT, resourceId, type, apiVersion, Body.copy(body), summary, Optional.empty());
  }

  /** A PATCH that costs nothing. */
  public static ArmChange patch(
      String resourceId, String type, String apiVersion, Map<String, ?> body, String summary) {
    return new ArmChange(
        Method.PATCH, resourceId, type, apiVersion, Body.copy(body), summary, Optional.empty());
  }

  /** This change with what it costs. */
  public ArmChange costing(String what) {
    return new ArmChange(method, resourceId, type, apiVersion, body, summary, Optional.of(what));
  }
}
