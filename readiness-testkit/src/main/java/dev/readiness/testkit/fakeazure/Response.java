package dev.readiness.testkit.fakeazure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An answer before it is sent: status, headers and a JSON body that faults may still rewrite (a
 * next link made endless) before it is turned into bytes.
 */
final class Response {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private final int status;
  private final Map<String, String> headers = new LinkedHashMap<>();
  private final ObjectNode json;

  private Response(int status, ObjectNode json) {
    this.status = status;
    this.json = json;
  }

  static Response json(int status, ObjectNode json) {
    return new Response(status, json);
  }

  static Response ok(ObjectNode json) {
    return new Response(200, json);
  }

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  int status() {
    return status;
  }

  ObjectNode json() {
    return json;
  }

  Response header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  Map<String, String> headers() {
    return headers;
  }

  byte[] body() {
    try {
      return MAPPER.writeValueAsBytes(json);
    } catch (JsonProcessingException impossible) {
      throw new UncheckedIOException(impossible);
    }
  }

  /** Thrown while routing a request that must be refused, carrying the refusal. */
  static final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Response response;

    Refusal(Response response) {
      super(null, null, false, false);
      this.response = response;
    }

    Response response() {
      return response;
    }
  }
}
