package dev.readiness.testkit.fakeazure;

import com.sun.net.httpserver.Headers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Every request a server answered, in the order the answers were sent; thread-safe. */
final class RequestLog {
  private final List<RecordedRequest> entries = new ArrayList<>();

  void add(
      AzureService service,
      String method,
      String path,
      String query,
      Headers headers,
      String body,
      int status) {
    Map<String, List<String>> kept = new TreeMap<>();
    boolean bearer = false;
    for (Map.Entry<String, List<String>> header : headers.entrySet()) {
      String name = header.getKey().toLowerCase(Locale.ROOT);
      if (name.contains("authorization")) {
        // Tokens never reach the log: only whether a bearer token was sent.
        bearer |=
            name.equals("authorization")
                && header.getValue().stream()
                    .anyMatch(v -> v.regionMatches(true, 0, "Bearer ", 0, 7));
      } else {
        kept.put(name, List.copyOf(header.getValue()));
      }
    }
    RecordedRequest entry =
        new RecordedRequest(service, method, path, query, kept, bearer, body, status);
    synchronized (entries) {
      entries.add(entry);
    }
  }

  List<RecordedRequest> snapshot() {
    synchronized (entries) {
      return List.copyOf(entries);
    }
  }

  void clear() {
    synchronized (entries) {
      entries.clear();
    }
  }
}
