package dev.readiness.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.api.ArmChange;
import dev.readiness.api.FixParameter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The parts of Azure's published REST API definitions that fixes send, so that a test can check a
 * change's body, property by property, against the definition of its resource type at its API
 * version: a misspelt property, a field of another API version or a number sent as a string fails
 * before anyone deploys it.
 *
 * <p>The definitions come from a test resource, {@value #RESOURCE}: one JSON object whose keys are
 * {@code type@apiVersion} (the type as ARM spells it, compared without case) and whose values hold
 * the {@code source} (the path of the definition in Azure/azure-rest-api-specs and the name of the
 * definition) and the {@code body} schema, written in the definition's own terms:
 *
 * <pre>{@code
 * "Microsoft.Security/pricings@2024-01-01": {
 *   "source": "specification/security/.../stable/2024-01-01/pricings.json#/definitions/Pricing",
 *   "body": {"type": "object", "properties": {
 *     "properties": {"type": "object", "properties": {
 *       "pricingTier": {"type": "string", "enum": ["Free", "Standard"]}}}}}
 * }
 * }</pre>
 *
 * <p>A schema node has a {@code type} ({@code object}, {@code array}, {@code string}, {@code
 * integer}, {@code number}, {@code boolean}); an object its {@code properties} (any other name is
 * an error, unless {@code additionalProperties} is true), an array its {@code items}, a string
 * possibly an {@code enum} (compared without case, as ARM does). {@code "readOnly": true} marks a
 * property ARM computes: sending it is an error. A {@link FixParameter} in a body stands for a
 * string. Write only the parts the fixes use; take them from the definition, never from the fix.
 *
 * <p>{@link RuleTestHelper#expectFixedByItsRemediation(String)} checks every ARM change of the fix
 * it applies when the test classpath holds {@value #RESOURCE}; a custom rule's tests get the same
 * check by adding the definitions its fixes use to their own copy of that file.
 */
public final class ArmDefinitions {
  /** Where the definitions are found on the classpath. */
  public static final String RESOURCE = "azure-definitions.json";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Map<String, JsonNode> byPair;

  private ArmDefinitions(Map<String, JsonNode> byPair) {
    this.byPair = byPair;
  }

  /**
   * The definitions in {@value #RESOURCE} on the context class loader's classpath, if it holds one.
   *
   * @throws IllegalStateException when the file is there but not a JSON object of definitions
   */
  public static Optional<ArmDefinitions> onClasspath() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    try (InputStream in =
        (loader == null ? ArmDefinitions.class.getClassLoader() : loader)
            .getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return Optional.empty();
      }
      return Optional.of(parse(MAPPER.readTree(in)));
    } catch (IOException unreadable) {
      throw new UncheckedIOException("Cannot read " + RESOURCE + ": " + unreadable, unreadable);
    }
  }

  /**
   * The definitions in {@code json}, an object keyed by {@code type@apiVersion}.
   *
   * @throws IllegalStateException naming the entry that has no {@code source} or {@code body}
   */
  public static ArmDefinitions parse(JsonNode json) {
    if (json == null || !json.isObject()) {
      throw new IllegalStateException(RESOURCE + " must hold a JSON object of definitions.");
    }
    Map<String, JsonNode> byPair = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      if (!entry.getKey().contains("@")
          || !entry.getValue().path("source").isTextual()
          || !entry.getValue().path("body").isObject()) {
        throw new IllegalStateException(
            RESOURCE
                + ": entry '"
                + entry.getKey()
                + "' must be named type@apiVersion and hold a source and a body schema.");
      }
      byPair.put(entry.getKey().toLowerCase(Locale.ROOT), entry.getValue());
    }
    return new ArmDefinitions(byPair);
  }

  /** The {@code type@apiVersion} pairs defined, lower case, sorted. */
  public Set<String> pairs() {
    return new TreeSet<>(byPair.keySet());
  }

  /** The key of {@code change}'s type and API version, as {@link #pairs()} spells it. */
  public static String pairOf(ArmChange change) {
    return (change.type() + "@" + change.apiVersion()).toLowerCase(Locale.ROOT);
  }

  /**
   * What in {@code change}'s body its definition does not allow, one line each; empty when the body
   * keeps to it. A change whose type and API version have no definition is one problem.
   */
  public List<String> problems(ArmChange change) {
    JsonNode definition = byPair.get(pairOf(change));
    List<String> problems = new ArrayList<>();
    if (definition == null) {
      problems.add(
          change.type()
              + "@"
              + change.apiVersion()
              + " has no definition in "
              + RESOURCE
              + "; add the part of its REST API definition the body uses.");
      return problems;
    }
    check(change.body(), definition.get("body"), "", problems);
    return problems;
  }

  private static void check(Object value, JsonNode schema, String path, List<String> problems) {
    String where = path.isEmpty() ? "/" : path;
    String expected = schema.path("type").asText("object");
    if (value instanceof FixParameter) {
      if (!expected.equals("string")) {
        problems.add(where + ": a parameter (a string) where the definition wants " + expected);
      }
      return;
    }
    switch (expected) {
      case "object" -> {
        if (!(value instanceof Map<?, ?> map)) {
          problems.add(where + ": " + describe(value) + " where the definition wants an object");
          return;
        }
        JsonNode properties = schema.path("properties");
        boolean open = schema.path("additionalProperties").asBoolean(false);
        for (Map.Entry<?, ?> entry : map.entrySet()) {
          String name = String.valueOf(entry.getKey());
          JsonNode property = properties.get(name);
          if (property == null) {
            if (!open) {
              problems.add(
                  path
                      + "/"
                      + name
                      + ": no such property; the definition has "
                      + names(properties));
            }
          } else if (property.path("readOnly").asBoolean(false)) {
            problems.add(path + "/" + name + ": read-only; ARM computes it");
          } else {
            check(entry.getValue(), property, path + "/" + name, problems);
          }
        }
      }
      case "array" -> {
        if (!(value instanceof List<?> list)) {
          problems.add(where + ": " + describe(value) + " where the definition wants an array");
          return;
        }
        for (int i = 0; i < list.size(); i++) {
          check(list.get(i), schema.path("items"), path + "/" + i, problems);
        }
      }
      case "string" -> {
        if (!(value instanceof String text)) {
          problems.add(where + ": " + describe(value) + " where the definition wants a string");
        } else if (schema.has("enum") && !inEnum(text, schema.get("enum"))) {
          problems.add(where + ": '" + text + "' is not one of " + schema.get("enum"));
        }
      }
      case "integer" -> {
        if (!(value instanceof Integer || value instanceof Long)) {
          problems.add(where + ": " + describe(value) + " where the definition wants an integer");
        }
      }
      case "number" -> {
        if (!(value instanceof Number)) {
          problems.add(where + ": " + describe(value) + " where the definition wants a number");
        }
      }
      case "boolean" -> {
        if (!(value instanceof Boolean)) {
          problems.add(where + ": " + describe(value) + " where the definition wants a boolean");
        }
      }
      default -> problems.add(where + ": the definition names an unknown type '" + expected + "'");
    }
  }

  private static boolean inEnum(String text, JsonNode values) {
    for (JsonNode value : values) {
      if (value.asText().equalsIgnoreCase(text)) {
        return true;
      }
    }
    return false;
  }

  private static String names(JsonNode properties) {
    List<String> names = new ArrayList<>();
    properties.fieldNames().forEachRemaining(names::add);
    return names.toString();
  }

  private static String describe(Object value) {
    if (value == null) {
      return "null";
    }
    return value.getClass().getSimpleName().toLowerCase(Locale.ROOT) + " " + value;
  }
}
