package dev.readiness.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.api.ArmChange;
import dev.readiness.api.FixParameter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArmDefinitionsTest {
  private static final String ID =
      "/subscriptions/00000000-0000-0000-0000-000000000000/providers/Microsoft.Security/pricings/VirtualMachines";

  private static final ArmDefinitions DEFINITIONS =
      ArmDefinitions.parse(
          json(
              """
              {"Microsoft.Security/pricings@2024-01-01": {
                "source": "specification/security/x/2024-01-01/pricings.json#/definitions/Pricing",
                "body": {"type": "object", "properties": {
                  "properties": {"type": "object", "properties": {
                    "pricingTier": {"type": "string", "enum": ["Free", "Standard"]},
                    "subPlan": {"type": "string"},
                    "enforce": {"type": "boolean"},
                    "extensions": {"type": "array", "items": {"type": "object", "properties": {
                      "name": {"type": "string"}}}},
                    "inherited": {"type": "string", "readOnly": true}}}}}}}
              """));

  private static ArmChange pricing(Map<String, ?> properties, String apiVersion) {
    return ArmChange.put(
        ID,
        "Microsoft.Security/pricings",
        apiVersion,
        Map.of("properties", properties),
        "Turn on.");
  }

  @Test
  void aBodyThatKeepsToTheDefinitionHasNoProblem() {
    FixParameter plan = new FixParameter("plan", "The sub-plan.", "P2");
    assertThat(
            DEFINITIONS.problems(
                pricing(
                    Map.of(
                        "pricingTier",
                        "standard",
                        "subPlan",
                        plan,
                        "extensions",
                        List.of(Map.of("name", "x"))),
                    "2024-01-01")))
        .isEmpty();
  }

  @Test
  void namesEveryPropertyTypeValueAndReadOnlyFieldThatDoesNot() {
    assertThat(
            DEFINITIONS.problems(
                pricing(
                    Map.of(
                        "pricingTier", "Premium",
                        "tier", "Standard",
                        "enforce", "true",
                        "extensions", List.of(Map.of("name", 1)),
                        "inherited", "x"),
                    "2024-01-01")))
        .containsExactlyInAnyOrder(
            "/properties/pricingTier: 'Premium' is not one of [\"Free\",\"Standard\"]",
            "/properties/tier: no such property; the definition has"
                + " [pricingTier, subPlan, enforce, extensions, inherited]",
            "/properties/enforce: string true where the definition wants a boolean",
            "/properties/extensions/0/name: integer 1 where the definition wants a string",
            "/properties/inherited: read-only; ARM computes it");
  }

  @Test
  void aTypeAtAnApiVersionWithoutDefinitionIsAProblem() {
    assertThat(DEFINITIONS.problems(pricing(Map.of(), "2017-08-01-preview")))
        .singleElement()
        .asString()
        .contains("Microsoft.Security/pricings@2017-08-01-preview has no definition");
  }

  @Test
  void anEntryWithoutSourceIsRejected() {
    assertThatThrownBy(() -> ArmDefinitions.parse(json("{\"a/b@1\": {\"body\": {}}}")))
        .hasMessageContaining("'a/b@1'");
  }

  private static com.fasterxml.jackson.databind.JsonNode json(String text) {
    try {
      return new ObjectMapper().readTree(text);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
