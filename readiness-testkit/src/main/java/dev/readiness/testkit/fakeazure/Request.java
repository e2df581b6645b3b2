package dev.readiness.testkit.fakeazure;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An incoming request as the services see it: decoded path, query parameters (names compare
 * case-insensitively, so {@code $skipToken} and {@code $skiptoken} are one), body and the base URI
 * of the endpoint that received it. The bearer token is kept only to tell users apart for Resource
 * Graph's per-user quota; it is never logged.
 */
final class Request {
  private final String method;
  private final String path;
  private final String rawQuery;
  private final Map<String, String> parameters;
  private final byte[] body;
  private final String bearerToken;
  private final URI base;

  Request(String method, URI uri, byte[] body, String bearerToken, URI base) {
    this.method = method;
    this.path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
    this.rawQuery = uri.getRawQuery() == null ? "" : uri.getRawQuery();
    this.parameters = parse(rawQuery);
    this.body = body;
    this.bearerToken = bearerToken;
    this.base = base;
  }

  private static Map<String, String> parse(String rawQuery) {
    Map<String, String> parameters = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = decode(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
      parameters.putIfAbsent(name, value);
    }
    return parameters;
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }

  String method() {
    return method;
  }

  String path() {
    return path;
  }

  String rawQuery() {
    return rawQuery;
  }

  /** The value of query parameter {@code name}, or {@code null}. */
  String parameter(String name) {
    return parameters.get(name);
  }

  byte[] body() {
    return body;
  }

  String bearerToken() {
    return bearerToken;
  }

  /**
   * The absolute URL of this request's path with the query parameter {@code name} set to {@code
   * value} and every other parameter kept: how next links are made.
   */
  String linkWith(String name, String value) {
    List<String> kept = new ArrayList<>();
    for (String pair : rawQuery.split("&")) {
      int equals = pair.indexOf('=');
      String key = decode(equals < 0 ? pair : pair.substring(0, equals));
      if (!pair.isEmpty() && !key.equalsIgnoreCase(name)) {
        kept.add(pair);
      }
    }
    kept.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
    return absolute(encodePath(path)) + "?" + String.join("&", kept);
  }

  /** The absolute URL of {@code path} on the endpoint that received this request. */
  String absolute(String path) {
    String root = base.toString().endsWith("/") ? base.toString() : base + "/";
    return root + (path.startsWith("/") ? path.substring(1) : path);
  }

  private static String encodePath(String path) {
    List<String> segments = new ArrayList<>();
    for (String segment : path.split("/", -1)) {
      segments.add(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
    }
    return String.join("/", segments);
  }
}
