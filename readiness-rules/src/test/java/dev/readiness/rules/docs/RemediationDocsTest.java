package dev.readiness.rules.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.api.FixParameter;
import dev.readiness.rules.support.FixParameters;
import dev.readiness.testkit.ArmDefinitions;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The generated parts of docs/remediation.md: the parameters the built-in fixes share, and the
 * resource types and API versions the fixes write, with the Azure REST API definition each body is
 * checked against. Regenerate with
 *
 * <pre>
 * mvn -o verify -pl readiness-api,readiness-testkit,readiness-rules -Dtest=RemediationDocsTest
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dreadiness.regenerateDocs=true
 * </pre>
 */
class RemediationDocsTest {
  private static final Path FILE = Path.of("..", "docs", "remediation.md");
  private static final String REGENERATE =
      "mvn -o verify -pl readiness-api,readiness-testkit,readiness-rules"
          + " -Dtest=RemediationDocsTest -Dsurefire.failIfNoSpecifiedTests=false"
          + " -Dreadiness.regenerateDocs=true";

  @Test
  void theGeneratedPartsAreCurrent() throws Exception {
    String current = Files.readString(FILE);
    String expected =
        replace(
            replace(current, "fix-parameters", parameters()), "azure-definitions", definitions());
    if (Boolean.getBoolean("readiness.regenerateDocs")) {
      Files.writeString(FILE, expected);
    }
    assertThat(current)
        .as("docs/remediation.md is stale; regenerate it with: %s", REGENERATE)
        .isEqualTo(expected);
  }

  private static String replace(String text, String section, String body) {
    String begin = "<!-- BEGIN GENERATED: " + section + " -->\n";
    String end = "<!-- END GENERATED: " + section + " -->";
    int from = text.indexOf(begin);
    int to = text.indexOf(end);
    assertThat(from).as("docs/remediation.md lacks the marker %s", begin.strip()).isNotNegative();
    assertThat(to).as("docs/remediation.md lacks the marker %s", end).isGreaterThan(from);
    return text.substring(0, from + begin.length()) + body + text.substring(to);
  }

  private static String parameters() throws IllegalAccessException {
    StringBuilder table =
        new StringBuilder("| parameter | what it is | default |\n|---|---|---|\n");
    Map<String, FixParameter> byName = new TreeMap<>();
    for (Field field : FixParameters.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == FixParameter.class) {
        FixParameter parameter = (FixParameter) field.get(null);
        byName.put(parameter.name(), parameter);
      }
    }
    for (FixParameter parameter : byName.values()) {
      {
        table
            .append("| `")
            .append(parameter.name())
            .append("` | ")
            .append(parameter.description().replace("|", "\\|"))
            .append(" | `")
            .append(parameter.defaultValue())
            .append("` |\n");
      }
    }
    return table.toString();
  }

  private static String definitions() throws IOException {
    JsonNode file;
    try (InputStream in =
        RemediationDocsTest.class.getClassLoader().getResourceAsStream(ArmDefinitions.RESOURCE)) {
      file = new ObjectMapper().readTree(in);
    }
    StringBuilder table =
        new StringBuilder("| type | API version | definition in Azure/azure-rest-api-specs |\n");
    table.append("|---|---|---|\n");
    for (Iterator<Map.Entry<String, JsonNode>> it = file.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String key = entry.getKey();
      int at = key.indexOf('@');
      table
          .append("| `")
          .append(key, 0, at)
          .append("` | ")
          .append(key.substring(at + 1))
          .append(" | `")
          .append(entry.getValue().get("source").asText())
          .append("` |\n");
    }
    return table.toString();
  }
}
