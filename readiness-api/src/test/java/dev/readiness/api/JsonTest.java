package dev.readiness.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.implementation.JacksonAccess;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
  private final Resource vault =
      Resource.parse(
          """
          {"id": "/subscriptions/s1/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv1",
           "name": "kv1", "type": "Microsoft.KeyVault/vaults", "tags": {"Owner": "secops"},
           "properties": {"enableSoftDelete": true, "EnablePurgeProtection": "true",
             "softDeleteRetentionInDays": 90, "retention": "30",
             "accessPolicies": [{"objectId": "a"}, {"objectId": "b"}], "a/b": {"c~d": 1}}}
          """);

  @Test
  void tracksThePointerOfEveryValue() {
    Json second = vault.properties().get("accessPolicies").items().get(1).get("objectId");
    assertThat(second.pointer()).isEqualTo("/properties/accessPolicies/1/objectId");
    assertThat(second.text()).contains("b");
    assertThat(second.owner()).isEqualTo(vault.id());
  }

  @Test
  void anObjectBecomesPlainJavaValuesInTheSnapshotsOrderAndAnythingElseAnEmptyMap() {
    Map<String, Object> plain = vault.properties().toPlainMap();
    assertThat(plain.keySet())
        .containsExactly(
            "EnablePurgeProtection",
            "a/b",
            "accessPolicies",
            "enableSoftDelete",
            "retention",
            "softDeleteRetentionInDays");
    assertThat(plain.get("accessPolicies"))
        .isEqualTo(List.of(Map.of("objectId", "a"), Map.of("objectId", "b")));
    assertThat(plain.get("enableSoftDelete")).isEqualTo(true);
    assertThat(vault.properties().get("retention").toPlainMap()).isEmpty();
    assertThat(vault.at("/properties/nothing").toPlainMap()).isEmpty();
  }

  @Test
  void missingValuesKeepTheirPointer() {
    Json missing = vault.at("/properties/networkAcls/defaultAction");
    assertThat(missing.isMissing()).isTrue();
    assertThat(missing.pointer()).isEqualTo("/properties/networkAcls/defaultAction");
    assertThat(missing).hasToString("missing");
    assertThat(Evidence.of(missing, "Deny").observed()).isEqualTo("missing");
  }

  @Test
  void propertyNamesFallBackToCaseInsensitiveMatch() {
    assertThat(vault.at("/properties/enablePurgeProtection").isTrue()).isTrue();
    assertThat(vault.tags()).containsEntry("owner", "secops");
  }

  @Test
  void readsNumbersAndBooleansGivenAsStrings() {
    assertThat(vault.at("/properties/retention").longValue()).hasValue(30);
    assertThat(vault.at("/properties/softDeleteRetentionInDays").longValue()).hasValue(90);
    assertThat(vault.at("/properties/enableSoftDelete").bool()).contains(true);
    assertThat(vault.at("/properties/accessPolicies").longValue()).isEmpty();
  }

  @Test
  void escapesPointerSegments() {
    Json value = vault.properties().get("a/b").get("c~d");
    assertThat(value.pointer()).isEqualTo("/properties/a~1b/c~0d");
    assertThat(vault.at("/properties/a~1b/c~0d").longValue()).hasValue(1);
  }

  /**
   * Scalars are rendered without Jackson's generator; they must read exactly as Jackson writes
   * them, whatever the characters.
   */
  @Test
  void rendersValuesAsJacksonWritesThem() throws Exception {
    com.fasterxml.jackson.databind.ObjectMapper mapper =
        new com.fasterxml.jackson.databind.ObjectMapper();
    StringBuilder everyCharacter = new StringBuilder();
    for (char c = 0; c < 0x180; c++) {
      everyCharacter.append(c);
    }
    java.util.List<Object> values =
        java.util.List.of(
            "plain text with / and ~",
            "",
            "quote \" and backslash \\",
            "tab\tnewline\n",
            "caf\u00e9",
            everyCharacter.toString(),
            true,
            false,
            0L,
            -42L,
            Long.MAX_VALUE,
            1.5,
            new java.math.BigInteger("123456789012345678901234567890"),
            java.util.Map.of("k", "v"),
            java.util.List.of(1, "two"));
    for (Object value : values) {
      String json = mapper.writeValueAsString(java.util.Map.of("v", value));
      Json parsed =
          Resource.parse("{\"id\": \"/subscriptions/s1\", \"v\": " + json.substring(5))
              .root()
              .get("v");
      assertThat(parsed.toString()).as("%s", value).isEqualTo(mapper.writeValueAsString(value));
    }
  }

  /** Small and large objects alike: every key found, whatever order the JSON gives them in. */
  @Test
  void findsEveryKeyOfObjectsOfAnySizeInAnyOrder() {
    java.util.Random random = new java.util.Random(7);
    for (int size = 0; size <= 40; size++) {
      java.util.List<String> names = new java.util.ArrayList<>();
      for (int i = 0; i < size; i++) {
        names.add("k" + Integer.toString(random.nextInt(1_000_000), 36) + "_" + i);
      }
      java.util.List<String> shuffled = new java.util.ArrayList<>(names);
      java.util.Collections.shuffle(shuffled, random);
      Resource inOrder = withProperties(names);
      Resource reordered = withProperties(shuffled);
      assertThat(reordered).as("size %d", size).isEqualTo(inOrder);
      for (String name : names) {
        // A copy of the name, so that the lookup cannot match the stored key by reference.
        String copy = new String(name.toCharArray());
        assertThat(reordered.properties().get(copy).text()).as(name).contains("v" + name);
      }
      assertThat(reordered.properties().get("absent").isMissing()).isTrue();
      // Keys are kept sorted, which also fixes the order in which files and reports write them.
      StringBuilder expected = new StringBuilder("{");
      names.stream()
          .sorted()
          .forEach(
              n ->
                  expected
                      .append(expected.length() > 1 ? "," : "")
                      .append("\"" + n + "\":\"v" + n + "\""));
      assertThat(reordered.properties()).hasToString(expected.append("}").toString());
    }
  }

  private static Resource withProperties(java.util.List<String> names) {
    StringBuilder json = new StringBuilder("{\"id\": \"/subscriptions/s1\", \"properties\": {");
    for (int i = 0; i < names.size(); i++) {
      json.append(i == 0 ? "" : ",").append('"').append(names.get(i)).append("\": \"v");
      json.append(names.get(i)).append('"');
    }
    return Resource.parse(json.append("}}").toString());
  }

  @Test
  void resourcesAreImmutable() {
    var copy = JacksonAccess.forms().toJsonNode(vault);
    copy.put("name", "changed");
    assertThat(vault.name()).isEqualTo("kv1");
  }
}
