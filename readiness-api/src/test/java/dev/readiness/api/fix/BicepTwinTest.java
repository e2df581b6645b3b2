package dev.readiness.api.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.api.ArmChange;
import dev.readiness.api.Fix;
import dev.readiness.api.FixParameter;
import dev.readiness.api.report.Golden;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Bicep files are a plain rendering of the changes {@code main.json} deploys: read back, each
 * module declares the resource of the matching nested deployment, with the same type, API version,
 * name, scope, body and order, and neither template holds a PATCH change.
 */
class BicepTwinTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String SUB = "00000000-0000-0000-0000-000000000001";
  private static final String GROUP = "/subscriptions/" + SUB + "/resourceGroups/rg-app";
  private static final String NSG =
      GROUP + "/providers/Microsoft.Network/networkSecurityGroups/nic1{nicNsgSuffix}";
  private static final String BLOBS =
      GROUP + "/providers/Microsoft.Storage/storageAccounts/stlogs/blobServices/default";
  private static final String VAULT = GROUP + "/providers/Microsoft.KeyVault/vaults/kv";
  private static final String SETTING =
      "/providers/Microsoft.Insights/diagnosticSettings/readiness-export";
  private static final FixParameter WORKSPACE =
      new FixParameter("workspaceId", "The workspace's id.", "/ws/it's ${here}");
  private static final FixParameter SUFFIX =
      new FixParameter("nicNsgSuffix", "The suffix of the new NSG.", "-nsg");
  private static final FixParameter ALERTS =
      new FixParameter("alertResourceGroup", "The group of the alerts.", "rg-security");

  /** A plan with every kind of change a template makes, and a PATCH it leaves out. */
  static FixPlan everyKind() {
    Map<String, Object> export =
        Map.of(
            "properties",
            Map.of(
                "workspaceId",
                WORKSPACE,
                "logs",
                List.of(Map.of("categoryGroup", "allLogs", "enabled", true))));
    Fix fix =
        Fix.of(
            List.of(
                ArmChange.put(
                    "/subscriptions/"
                        + SUB
                        + "/providers/Microsoft.Security/pricings/VirtualMachines",
                    "Microsoft.Security/pricings",
                    "2024-01-01",
                    Map.of(
                        "properties",
                        Map.of(
                            "pricingTier",
                            "Standard",
                            "extensions",
                            List.of(
                                Map.of("name", "FileIntegrityMonitoring", "isEnabled", "True")))),
                    "Turn on Defender for Servers."),
                ArmChange.put(
                    "/subscriptions/" + SUB + SETTING,
                    "Microsoft.Insights/diagnosticSettings",
                    "2021-05-01-preview",
                    export,
                    "Export the Activity Log."),
                ArmChange.put(
                    NSG,
                    "Microsoft.Network/networkSecurityGroups",
                    "2024-05-01",
                    Map.of(
                        "location",
                        "westeurope",
                        "tags",
                        Map.of(
                            "note",
                            "it's \\ ${not} a 'param' {nicNsgSuffix}",
                            "odata.kind",
                            "",
                            "label",
                            "[not an expression]"),
                        "properties",
                        Map.of("securityRules", List.of(), "flowTimeout", 1.5, "priority", -4096)),
                    "Create the NSG."),
                ArmChange.put(
                    GROUP + "/providers/Microsoft.Network/networkInterfaces/nic1",
                    "Microsoft.Network/networkInterfaces",
                    "2024-05-01",
                    Map.of("properties", Map.of("networkSecurityGroup", Map.of("id", NSG))),
                    "Attach the NSG."),
                ArmChange.put(
                    NSG + SETTING,
                    "Microsoft.Insights/diagnosticSettings",
                    "2021-05-01-preview",
                    export,
                    "Export the NSG's logs."),
                ArmChange.put(
                    BLOBS,
                    "Microsoft.Storage/storageAccounts/blobServices",
                    "2023-05-01",
                    Map.of("properties", Map.of("isVersioningEnabled", true)),
                    "Keep blob versions."),
                ArmChange.put(
                    BLOBS + SETTING,
                    "Microsoft.Insights/diagnosticSettings",
                    "2021-05-01-preview",
                    export,
                    "Export the blob logs."),
                ArmChange.patch(
                    VAULT,
                    "Microsoft.KeyVault/vaults",
                    "2023-07-01",
                    Map.of("properties", Map.of("enablePurgeProtection", true)),
                    "Turn on purge protection."),
                ArmChange.put(
                    "/subscriptions/"
                        + SUB
                        + "/resourceGroups/{alertResourceGroup}/providers/Microsoft.Insights/activityLogAlerts/changes",
                    "Microsoft.Insights/activityLogAlerts",
                    "2020-10-01",
                    Map.of("location", "Global", "properties", Map.of("enabled", true)),
                    "Alert on changes."),
                ArmChange.put(
                    "/providers/microsoft.aadiam/diagnosticSettings/readiness-export",
                    "microsoft.aadiam/diagnosticSettings",
                    "2017-04-01",
                    export,
                    "Export the Entra ID logs.")),
            WORKSPACE,
            SUFFIX,
            ALERTS);
    return new FixPlan(List.of(FixRenderingTest.failure(VAULT, fix)), Map.of());
  }

  @Test
  void eachModuleDeclaresTheResourceOfItsNestedDeploymentInMainJson() throws IOException {
    FixPlan plan = everyKind();
    JsonNode template = MAPPER.readTree(ArmTemplate.render(plan));
    Map<String, String> files = BicepFile.files(plan);
    BicepReader.File main = BicepReader.read(files.get("main.bicep"));
    JsonNode deployments = template.get("resources");

    assertThat(main.targetScope()).isEqualTo("subscription");
    assertThat(main.parameters())
        .containsExactly("workspaceId", "nicNsgSuffix", "alertResourceGroup");
    assertThat(main.modules()).hasSize(deployments.size()).hasSize(9);
    assertThat(files).hasSize(10);
    for (int i = 0; i < deployments.size(); i++) {
      JsonNode deployment = deployments.get(i);
      BicepReader.Module module = main.modules().get(i);
      String context = module.path() + " and " + deployment.get("name").asText();
      assertThat(module.body().get("name").asText())
          .as(context)
          .isEqualTo(deployment.get("name").asText());
      assertThat(module.body().get("scope")).as(context).isEqualTo(scopeOf(deployment));
      assertThat(dependsOn(module.body())).as(context).isEqualTo(armDependsOn(deployment));

      BicepReader.File file = BicepReader.read(files.get(module.path()));
      JsonNode arm = deployment.at("/properties/template/resources/0");
      assertThat(file.targetScope()).as(context).isEqualTo(targetScopeOf(deployment));
      assertThat(passed(module.body())).as(context).isEqualTo(file.parameters());
      BicepReader.Resource change = file.resource("change");
      assertThat(change.existing()).isFalse();
      assertThat(change.type()).as(context).isEqualTo(arm.get("type").asText());
      assertThat(change.apiVersion()).as(context).isEqualTo(arm.get("apiVersion").asText());
      assertThat(change.body().get("name").asText())
          .as(context)
          .isEqualTo(withParameters(arm.get("name").asText()));
      assertThat(scopeText(file, change)).as(context).isEqualTo(armScope(arm));
      assertThat(MAPPER.writeValueAsString(body(change.body())))
          .as(context)
          .isEqualTo(MAPPER.writeValueAsString(withParameters(body(arm))));
    }
  }

  @Test
  void thePatchIsInNeitherTemplateButInTheirNotesAndTheScript() throws IOException {
    FixPlan plan = everyKind();
    String vault = VAULT;
    JsonNode template = MAPPER.readTree(ArmTemplate.render(plan));
    Map<String, String> files = BicepFile.files(plan);

    assertThat(template.get("resources").toString()).doesNotContain("Microsoft.KeyVault");
    files.forEach(
        (path, text) -> {
          BicepReader.File file = BicepReader.read(text);
          file.resources()
              .forEach(r -> assertThat(r.type()).isNotEqualTo("Microsoft.KeyVault/vaults"));
        });
    assertThat(String.join("", files.values()).lines().filter(l -> !l.startsWith("//")))
        .noneMatch(line -> line.contains("Microsoft.KeyVault"));
    assertThat(template.at("/metadata/leftOut/changes/0/resourceId").asText()).isEqualTo(vault);
    assertThat(files.get("main.bicep")).contains("// - FR-TEST-01: PATCH " + vault + "?");
    assertThat(AzCliScript.render(plan))
        .contains("az rest --method patch \\\n  --url \"https://management.azure.com" + vault);
  }

  @Test
  void theFilesMatchTheirApprovedCopies() throws IOException {
    FixPlan plan = everyKind();

    for (Map.Entry<String, String> file : BicepFile.files(plan).entrySet()) {
      Golden.assertApproved("fix/" + file.getKey(), file.getValue());
    }
    Golden.assertApproved("fix/main.json", ArmTemplate.render(plan));
  }

  @Test
  void aParameterNamedLikeASymbolOfTheFilesIsRejected() {
    FixParameter clash = new FixParameter("change2", "A clash.", "x");
    Fix fix =
        Fix.of(
            List.of(
                ArmChange.put(
                    "/subscriptions/" + SUB + "/resourceGroups/{change2}/providers/A.B/c/d",
                    "A.B/c",
                    "2020-01-01",
                    Map.of(),
                    "Change.")),
            clash);
    FixPlan plan = new FixPlan(List.of(FixRenderingTest.failure(VAULT, fix)), Map.of());

    assertThatThrownBy(() -> BicepFile.files(plan)).hasMessageContaining("'change2'");
  }

  /** The module's scope as main.json's nested deployment gives it, as the reader reads a call. */
  private static JsonNode scopeOf(JsonNode deployment) {
    ObjectNode call = JsonNodeFactory.instance.objectNode();
    ArrayNode args = JsonNodeFactory.instance.arrayNode();
    if (deployment.has("scope")) {
      assertThat(deployment.get("scope").asText()).isEqualTo("/");
      call.put("call", "tenant");
    } else if (deployment.has("resourceGroup")) {
      call.put("call", "resourceGroup");
      args.add(withParameters(deployment.get("subscriptionId").asText()));
      args.add(withParameters(deployment.get("resourceGroup").asText()));
    } else {
      call.put("call", "subscription");
      args.add(withParameters(deployment.get("subscriptionId").asText()));
    }
    call.set("args", args);
    return call;
  }

  private static String targetScopeOf(JsonNode deployment) {
    String schema = deployment.at("/properties/template/$schema").asText();
    if (schema.contains("tenantDeploymentTemplate")) {
      return "tenant";
    }
    return schema.contains("subscriptionDeploymentTemplate") ? "subscription" : "resourceGroup";
  }

  private static List<String> dependsOn(ObjectNode module) {
    List<String> names = new ArrayList<>();
    if (module.has("dependsOn")) {
      module
          .get("dependsOn")
          .forEach(s -> names.add(s.asText().replaceAll("^\\{change(\\d+)}$", "readiness-fix-$1")));
    }
    return names;
  }

  private static List<String> armDependsOn(JsonNode deployment) {
    List<String> names = new ArrayList<>();
    if (deployment.has("dependsOn")) {
      deployment.get("dependsOn").forEach(name -> names.add(name.asText()));
    }
    return names;
  }

  /** The parameters main.bicep passes the module, each as itself. */
  private static List<String> passed(ObjectNode module) {
    List<String> names = new ArrayList<>();
    if (module.has("params")) {
      module
          .get("params")
          .fields()
          .forEachRemaining(
              f -> {
                assertThat(f.getValue().asText()).isEqualTo("{" + f.getKey() + "}");
                names.add(f.getKey());
              });
    }
    return names;
  }

  /** The ARM scope the change's {@code scope: target} stands for, or null without one. */
  private static String scopeText(BicepReader.File file, BicepReader.Resource change) {
    if (!change.body().has("scope")) {
      return null;
    }
    assertThat(change.body().get("scope").asText()).isEqualTo("{target}");
    BicepReader.Resource target = file.resource("target");
    assertThat(target.existing()).isTrue();
    String[] types = target.type().split("/");
    String[] names = target.body().get("name").asText().split("/");
    StringBuilder scope = new StringBuilder(types[0]);
    for (int i = 1; i < types.length; i++) {
      scope.append('/').append(types[i]).append('/').append(names[i - 1]);
    }
    assertThat(target.apiVersion()).matches("\\d{4}-\\d{2}-\\d{2}");
    return scope.toString();
  }

  private static String armScope(JsonNode arm) {
    return arm.has("scope") ? withParameters(arm.get("scope").asText()) : null;
  }

  /** A resource's body: what it declares besides its type, version, name and scope. */
  private static ObjectNode body(JsonNode resource) {
    ObjectNode body = resource.deepCopy();
    body.remove(List.of("type", "apiVersion", "name", "scope"));
    return body;
  }

  /** {@code node} with each template expression written back as text with {@code {name}}. */
  private static JsonNode withParameters(JsonNode node) {
    if (node.isTextual()) {
      return JsonNodeFactory.instance.textNode(withParameters(node.asText()));
    }
    if (node instanceof ObjectNode object) {
      for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        field.setValue(withParameters(field.getValue()));
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        array.set(i, withParameters(array.get(i)));
      }
    }
    return node;
  }

  private static final Pattern PART = Pattern.compile("'((?:[^']|'')*)'|parameters\\('(\\w+)'\\)");

  /** An ARM expression such as {@code [concat('a', parameters('x'))]} as {@code a{x}}. */
  private static String withParameters(String text) {
    if (text.startsWith("[[")) {
      return text.substring(1);
    }
    if (!text.startsWith("[") || !text.endsWith("]")) {
      return text;
    }
    String inner = text.substring(1, text.length() - 1);
    if (inner.startsWith("concat(")) {
      inner = inner.substring("concat(".length(), inner.length() - 1);
    }
    StringBuilder plain = new StringBuilder();
    Matcher part = PART.matcher(inner);
    int end = 0;
    while (part.find()) {
      assertThat(inner.substring(end, part.start())).matches("(, )?");
      plain.append(
          part.group(1) != null ? part.group(1).replace("''", "'") : "{" + part.group(2) + "}");
      end = part.end();
    }
    assertThat(end).as("a whole expression: %s", text).isEqualTo(inner.length());
    return plain.toString();
  }
}
