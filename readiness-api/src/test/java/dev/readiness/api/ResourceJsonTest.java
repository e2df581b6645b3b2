package dev.readiness.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.api.implementation.JacksonAccess;
import org.junit.jupiter.api.Test;

/** The compact in-memory JSON keeps every value and compares like JSON does. */
class ResourceJsonTest {
  private static final String ID =
      "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Web/sites/app";

  @Test
  void keepsEveryKindOfValue() throws Exception {
    String json =
        "{\"id\":\""
            + ID
            + "\",\"properties\":{\"big\":123456789012345678901234567890,"
            + "\"decimal\":0.1,\"negative\":-7,\"flag\":false,\"nothing\":null,\"list\":[1,\"two\",[3]],"
            + "\"empty\":{}}}";
    Resource resource = Resource.parse(json);
    assertThat(new ObjectMapper().readTree(resource.toJsonString()))
        .isEqualTo(new ObjectMapper().readTree(json));
    assertThat(resource.at("/properties/negative").longValue()).hasValue(-7);
    assertThat(resource.at("/properties/big").longValue()).isEmpty();
    assertThat(resource.at("/properties/nothing").isNull()).isTrue();
    assertThat(resource.at("/properties/nothing").isMissing()).isFalse();
    assertThat(resource.at("/properties/list/2/0").longValue()).hasValue(3);
    assertThat(resource.at("/properties/empty").isObject()).isTrue();
    assertThat(resource.at("/properties/flag").bool()).contains(false);
  }

  @Test
  void aReaderMakesTheSameResourceFromATreeAndSharesRepeatedStrings() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    String json = "{\"id\":\"" + ID + "\",\"properties\":{\"tier\":\"Standard\"}}";
    JacksonAccess.ResourceReader reader = JacksonAccess.forms().reader();
    Resource first = reader.of(mapper.readTree(json));
    Resource second = reader.of(mapper.readTree(json));
    assertThat(first).isEqualTo(Resource.parse(json));
    assertThat(first.properties().get("tier").textOr(""))
        .isSameAs(second.properties().get("tier").textOr(""));
    assertThatThrownBy(() -> reader.of(mapper.readTree("[1]")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be a JSON object");
  }

  @Test
  void theJacksonFormsGiveTheSameJsonAsTheSupportedTextForms() throws Exception {
    JacksonAccess.Forms jackson = JacksonAccess.forms();
    Resource resource =
        Resource.parse("{\"id\":\"" + ID + "\",\"properties\":{\"z\":1,\"a\":[true]}}");
    java.io.StringWriter written = new java.io.StringWriter();
    try (var generator = new com.fasterxml.jackson.core.JsonFactory().createGenerator(written)) {
      jackson.write(resource, generator);
    }

    assertThat(written.toString()).isEqualTo(resource.toJsonString());
    assertThat(jackson.resource(jackson.toJsonNode(resource))).isEqualTo(resource);
    assertThat(jackson.toJsonNode(resource.at("/properties/a")).toString()).isEqualTo("[true]");
    assertThat(jackson.toJsonNode(resource.at("/properties/nothing")).isMissingNode()).isTrue();
  }

  @Test
  void equalityIgnoresKeyOrder() {
    Resource first =
        Resource.parse("{\"id\":\"" + ID + "\",\"a\":1,\"b\":{\"x\":true,\"y\":[1,2]}}");
    Resource second =
        Resource.parse("{\"b\":{\"y\":[1,2],\"x\":true},\"a\":1,\"id\":\"" + ID + "\"}");
    Resource third =
        Resource.parse("{\"b\":{\"y\":[2,1],\"x\":true},\"a\":1,\"id\":\"" + ID + "\"}");
    assertThat(first).isEqualTo(second).hasSameHashCodeAs(second).isNotEqualTo(third);
    assertThat(first.toJsonString()).isEqualTo(second.toJsonString());
  }

  @Test
  void typeComesFromTheFieldOrTheId() {
    assertThat(Resource.parse("{\"id\":\"" + ID + "\"}").type())
        .isEqualTo(ResourceType.of("Microsoft.Web/sites"));
    assertThat(Resource.parse("{\"id\":\"" + ID + "\",\"type\":\"microsoft.web/SITES\"}").type())
        .isEqualTo(ResourceType.of("Microsoft.Web/sites"));
    assertThatThrownBy(() -> Resource.parse("{\"id\":\"" + ID + "\",\"type\":5}"))
        .hasMessageContaining("'type' must be a string");
    assertThatThrownBy(() -> Resource.parse("[1]")).hasMessageContaining("must be a JSON object");
    assertThatThrownBy(() -> Resource.parse("{\"name\":\"x\"}"))
        .hasMessageContaining("string 'id'");
  }
}
