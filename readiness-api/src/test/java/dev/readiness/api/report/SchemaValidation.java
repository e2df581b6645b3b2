package dev.readiness.api.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.util.List;

/** Validates JSON against a JSON Schema and lists the violations as readable lines. */
final class SchemaValidation {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private final Schema schema;

  private SchemaValidation(Schema schema) {
    this.schema = schema;
  }

  static SchemaValidation of(JsonNode schema, SpecificationVersion version) {
    return new SchemaValidation(SchemaRegistry.withDefaultDialect(version).getSchema(schema));
  }

  List<String> violations(String json) throws IOException {
    return violations(MAPPER.readTree(json));
  }

  List<String> violations(JsonNode json) {
    return schema.validate(json).stream().map(Error::toString).toList();
  }
}
