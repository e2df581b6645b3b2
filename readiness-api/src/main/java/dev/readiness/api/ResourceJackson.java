package dev.readiness.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.api.implementation.JacksonAccess;
import java.io.IOException;
import java.util.Objects;

/** The Jackson forms of resources and JSON values, kept out of the supported API. */
final class ResourceJackson implements JacksonAccess.Forms {
  @Override
  public Resource resource(JsonNode json) {
    requireObject(json);
    return new Resource(CompactJson.fromJackson(json));
  }

  @Override
  public JacksonAccess.ResourceReader reader() {
    return new PooledReader();
  }

  @Override
  public ObjectNode toJsonNode(Resource resource) {
    return (ObjectNode) CompactJson.toJackson(resource.compactJson());
  }

  @Override
  public JsonNode toJsonNode(Json value) {
    Object compact = value.compactValue();
    return compact == null ? MissingNode.getInstance() : CompactJson.toJackson(compact);
  }

  @Override
  public void write(Resource resource, JsonGenerator generator) throws IOException {
    CompactJson.write(resource.compactJson(), generator);
  }

  private static void requireObject(JsonNode json) {
    Objects.requireNonNull(json, "'json' cannot be null.");
    if (!json.isObject()) {
      throw new IllegalArgumentException(
          "A resource must be a JSON object, not " + json.getNodeType() + ".");
    }
  }

  private static final class PooledReader implements JacksonAccess.ResourceReader {
    private final CompactJson.StringPool pool = new CompactJson.StringPool();

    @Override
    public Resource read(JsonParser parser) throws IOException {
      if (parser.currentToken() != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException(
            "A resource must be a JSON object, not " + parser.currentToken() + ".");
      }
      return new Resource(CompactJson.read(parser, pool));
    }

    @Override
    public Resource of(JsonNode json) {
      requireObject(json);
      return new Resource(CompactJson.fromJackson(json, pool));
    }
  }
}
