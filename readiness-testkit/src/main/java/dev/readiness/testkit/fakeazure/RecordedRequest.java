package dev.readiness.testkit.fakeazure;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One request {@link FakeAzure} received, and the status it answered. The {@code Authorization}
 * header is never kept: only whether a bearer token was present.
 *
 * @param service the service the request was addressed to
 * @param method the HTTP method, for example {@code GET}
 * @param path the decoded path, for example {@code /subscriptions/0000/providers/...}
 * @param query the raw query string without the leading {@code ?}, or {@code ""}
 * @param headers the request headers with lower-case names, without any authorization header
 * @param bearerToken true when the request carried {@code Authorization: Bearer ...}
 * @param body the request body as text ({@code ""} for a GET), for example a Resource Graph query
 * @param status the HTTP status answered, or 0 when the connection was closed without an answer
 */
public record RecordedRequest(
    AzureService service,
    String method,
    String path,
    String query,
    Map<String, List<String>> headers,
    boolean bearerToken,
    String body,
    int status) {

  /** Validates and copies the request. */
  public RecordedRequest {
    Objects.requireNonNull(service, "'service' cannot be null.");
    Objects.requireNonNull(method, "'method' cannot be null.");
    Objects.requireNonNull(path, "'path' cannot be null.");
    Objects.requireNonNull(query, "'query' cannot be null.");
    headers = Map.copyOf(Objects.requireNonNull(headers, "'headers' cannot be null."));
    Objects.requireNonNull(body, "'body' cannot be null.");
  }

  /** The first value of header {@code name} (case-insensitive), if present. */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** True when the connection was closed without an answer (an injected connection reset). */
  public boolean wasReset() {
    return status == 0;
  }

  @Override
  public String toString() {
    return method + " " + path + (query.isEmpty() ? "" : "?" + query) + " -> " + status;
  }
}
