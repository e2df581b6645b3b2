package dev.readiness.testkit.fakeazure;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A real HTTP client for the tests, sending a fake bearer token as the SDKs do. */
final class Http {
  static final String TOKEN = "fake-token-that-must-never-be-logged";
  static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private Http() {}

  static HttpResponse<String> get(URI base, String pathAndQuery) {
    return send(request(resolve(base, pathAndQuery)).GET().build());
  }

  static HttpResponse<String> getAbsolute(String url) {
    return send(request(URI.create(url)).GET().build());
  }

  static HttpResponse<String> post(URI base, String pathAndQuery, String body) {
    return send(
        request(resolve(base, pathAndQuery))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  static HttpRequest.Builder request(URI uri) {
    return HttpRequest.newBuilder(uri)
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer " + TOKEN);
  }

  static URI resolve(URI base, String pathAndQuery) {
    return URI.create(
        base.toString()
            + (pathAndQuery.startsWith("/") ? pathAndQuery.substring(1) : pathAndQuery));
  }

  static HttpResponse<String> send(HttpRequest request) {
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static JsonNode json(HttpResponse<String> response) {
    try {
      return Tenant.MAPPER.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException("Not JSON: " + response.body(), e);
    }
  }
}
