package dev.readiness.api;

import java.util.Map;
import java.util.Objects;

/**
 * A Microsoft Graph v1.0 request that creates or updates one directory object.
 *
 * @param method {@code POST} to create, {@code PATCH} to update
 * @param path the path below {@code https://graph.microsoft.com/v1.0}, such as {@code
 *     /identity/conditionalAccess/policies}
 * @param body the request body
 * @param permission the least-privileged Graph permission the request needs
 * @param collection the snapshot collection the object lands in ({@code
 *     microsoft.graph/{collection}}), so that the request can be applied to a snapshot
 * @param summary what the request does, as a sentence
 */
public record GraphRequest(
    String method,
    String path,
    Map<String, Object> body,
    String permission,
    String collection,
    String summary)
    implements Change {

  /** Validates the request and copies its body. */
  public GraphRequest {
    Objects.requireNonNull(method, "'method' cannot be null.");
    Objects.requireNonNull(path, "'path' cannot be null.");
    Objects.requireNonNull(permission, "'permission' cannot be null.");
    Objects.requireNonNull(collection, "'collection' cannot be null.");
    Objects.requireNonNull(summary, "'summary' cannot be null.");
    if (!method.equals("POST") && !method.equals("PATCH")) {
      throw new IllegalArgumentException(
          "A Graph change is a POST or a PATCH, not " + method + ".");
    }
    if (!path.startsWith("/") || permission.isBlank() || summary.isBlank()) {
      throw new IllegalArgumentException(
          "A Graph change needs a path, a permission and a summary.");
    }
    body = Body.copy(body);
  }
}
