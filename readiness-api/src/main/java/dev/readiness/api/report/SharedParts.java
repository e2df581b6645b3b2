package dev.readiness.api.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.readiness.api.ArmChange;
import dev.readiness.api.Evidence;
import dev.readiness.api.FixParameter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;

/**
 * The parts of a JSON report that many findings share, each written once and referred to by its
 * position in its table. Positions are given in the order the findings first use them, so the same
 * report gives the same tables.
 */
final class SharedParts {
  final Table<Observation> observations = new Table<>();
  final Table<FixParameter> parameters = new Table<>();
  final Table<ArmRequest> armRequests = new Table<>();

  /**
   * Writes the three tables as the report's {@code observations}, {@code fixParameters} and {@code
   * armRequests}.
   */
  void write(JsonGenerator json) throws IOException {
    json.writeArrayFieldStart("observations");
    for (Observation observation : observations.values()) {
      json.writeStartObject();
      json.writeStringField("pointer", observation.pointer());
      json.writeStringField("observed", observation.observed());
      json.writeStringField("expected", observation.expected());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("fixParameters");
    for (FixParameter parameter : parameters.values()) {
      json.writeStartObject();
      json.writeStringField("name", parameter.name());
      json.writeStringField("description", parameter.description());
      json.writeStringField("default", parameter.defaultValue());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("armRequests");
    for (ArmRequest request : armRequests.values()) {
      json.writeStartObject();
      json.writeStringField("method", request.method().name());
      json.writeStringField("type", request.type());
      json.writeStringField("apiVersion", request.apiVersion());
      json.writeFieldName("body");
      JsonOutput.bodyValue(json, request.body());
      json.writeStringField("cost", request.cost());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  /** Distinct values in the order first seen. */
  static final class Table<T> {
    private final Map<T, Integer> positions = new HashMap<>();

    /** The position of {@code value}, added at the end when it is new. */
    int indexOf(T value) {
      return positions.computeIfAbsent(value, unused -> positions.size());
    }

    List<T> values() {
      List<T> ordered = new ArrayList<>(positions.size());
      for (int i = 0; i < positions.size(); i++) {
        ordered.add(null);
      }
      for (Entry<T, Integer> entry : positions.entrySet()) {
        ordered.set(entry.getValue(), entry.getKey());
      }
      return ordered;
    }
  }

  /** What one item of evidence saw, without the resource it saw it on. */
  record Observation(String pointer, String observed, String expected) {
    static Observation of(Evidence evidence) {
      return new Observation(evidence.pointer(), evidence.observed(), evidence.expected());
    }
  }

  /** An ARM change without its resource and summary: what findings of one rule often share. */
  record ArmRequest(
      ArmChange.Method method,
      String type,
      String apiVersion,
      Map<String, Object> body,
      String cost) {
    static ArmRequest of(ArmChange change) {
      return new ArmRequest(
          change.method(),
          change.type(),
          change.apiVersion(),
          change.body(),
          change.cost().orElse(""));
    }
  }
}
