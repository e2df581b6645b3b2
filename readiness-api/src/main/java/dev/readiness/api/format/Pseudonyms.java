package dev.readiness.api.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.readiness.api.ResourceId;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The pseudonyms of one snapshot under one key: what {@link SnapshotAnonymizer} learnt is an
 * identity (ids, names, principals, people, labels), and how any text is rewritten with it.
 */
final class Pseudonyms {
  private static final Pattern GUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  /** Fields whose GUID values identify a principal or a tenant. */
  private static final Set<String> PRINCIPAL_FIELDS =
      Set.of("principalid", "objectid", "tenantid", "clientid", "appid", "customerid");

  /** Fields whose values name a person or a machine. */
  private static final Set<String> PERSON_FIELDS =
      Set.of(
          "userprincipalname",
          "displayname",
          "userdisplayname",
          "mail",
          "computername",
          "adminusername",
          "username",
          "emailaddress",
          "email",
          "emails",
          "givenname",
          "surname",
          "publisheremail");

  /** An e-mail address anywhere in a text. */
  private static final Pattern EMAIL =
      Pattern.compile(
          "[A-Za-z0-9._%+'#!$&*=?^{|}~-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

  /** Learnt names shorter than this are replaced only as whole values, never inside a text. */
  private static final int SHORTEST_NAME_IN_TEXT = 3;

  /** Namespaces whose top-level names are constants or carry no identity. */
  private static final Set<String> KEEP_NAMES_IN =
      Set.of(
          "microsoft.authorization",
          "microsoft.security",
          "microsoft.securityinsights",
          "microsoft.aadiam",
          "microsoft.graph",
          "microsoft.insights/diagnosticsettings",
          "microsoft.advisor",
          "microsoft.policyinsights");

  private final byte[] key;

  private final Map<String, String> guids = new HashMap<>();
  private final Map<String, String> names = new HashMap<>();
  private final Set<String> namesInText = new HashSet<>();

  /**
   * Names of child resources ({@code default}, {@code web}, {@code SigninLogs}): constants the
   * rules read, so never replaced inside a text, even when a label happens to share one.
   */
  private final Set<String> childNames = new HashSet<>();

  private Pattern learnt;

  void sensitiveGuids(String text) {
    Matcher m = GUID.matcher(text);
    while (m.find()) {
      guid(m.group());
    }
  }

  String guid(String original) {
    return guids.computeIfAbsent(
        original.toLowerCase(Locale.ROOT),
        lower -> {
          String hex = HexFormat.of().formatHex(hmac("guid:" + lower));
          return hex.substring(0, 8)
              + "-"
              + hex.substring(8, 12)
              + "-"
              + hex.substring(12, 16)
              + "-"
              + hex.substring(16, 20)
              + "-"
              + hex.substring(20, 32);
        });
  }

  String name(String original) {
    return names.computeIfAbsent(
        original.toLowerCase(Locale.ROOT),
        lower -> "n" + HexFormat.of().formatHex(hmac("name:" + lower)).substring(0, 11));
  }

  /**
   * The pseudonym of a name that identifies wherever it stands, so it is also replaced inside other
   * texts. Tag values are not among them (see {@link #tagValues}): "prod" or "true" identify
   * nothing inside a text.
   */
  String nameInText(String original) {
    namesInText.add(original.toLowerCase(Locale.ROOT));
    return name(original);
  }

  void learn(ResourceId id) {
    rewriteId(id.toString());
    for (ResourceId step : id.ancestry()) {
      if (!step.isScope() && !step.parent().isScope()) {
        childNames.add(step.name().toLowerCase(Locale.ROOT));
      }
    }
  }

  void learnPrincipals(JsonNode node, ResourceId owner) {
    if (owner.toString().toLowerCase(Locale.ROOT).startsWith("/providers/microsoft.graph/")) {
      guidIfOne(owner.name());
    }
    walk(node);
  }

  private void walk(JsonNode node) {
    if (node instanceof ObjectNode object) {
      boolean labelled = refersToAResource(object);
      object
          .fields()
          .forEachRemaining(
              field -> {
                String key = field.getKey().toLowerCase(Locale.ROOT);
                JsonNode value = field.getValue();
                if (PRINCIPAL_FIELDS.contains(key) && value.isTextual()) {
                  guidIfOne(value.textValue());
                }
                if (PERSON_FIELDS.contains(key) || (labelled && key.equals("name"))) {
                  learnValue(value);
                }
                walk(value);
              });
    } else if (node instanceof ArrayNode array) {
      array.forEach(this::walk);
    } else if (node.isTextual()) {
      String text = node.textValue();
      if (text.startsWith("/subscriptions/") || text.startsWith("/providers/")) {
        // A reference to a resource outside the snapshot names it all the same.
        rewriteId(text);
      }
      Matcher m = EMAIL.matcher(text);
      while (m.find()) {
        nameInText(m.group());
      }
    }
  }

  /**
   * An object that points at a resource by id (a destination with its {@code workspaceResourceId},
   * a receiver with its {@code resourceId}) calls it by a {@code name} of its own choosing: a label
   * other parts of the resource use, and as identifying as the resource's name.
   */
  private static boolean refersToAResource(ObjectNode object) {
    Iterator<String> fields = object.fieldNames();
    while (fields.hasNext()) {
      String field = fields.next().toLowerCase(Locale.ROOT);
      if (field.endsWith("resourceid") && !field.equals("resourceid")) {
        return true;
      }
    }
    return false;
  }

  private void learnValue(JsonNode value) {
    if (value.isTextual() && !value.textValue().isBlank()) {
      nameInText(value.textValue());
    } else if (value instanceof ArrayNode array) {
      array.forEach(this::learnValue);
    }
  }

  /**
   * One pattern of every learnt name long enough to be told from a word, longest first, matched as
   * a whole token: bounded by anything but a letter or digit, so {@code rg-app} is found in {@code
   * VM;iaasvmcontainerv2;rg-app;APP-VM} and {@code stappdata} in a blob URL, but {@code app} is not
   * found in {@code appsettings}.
   */
  void compile() {
    List<String> all = new ArrayList<>();
    namesInText.removeAll(childNames);
    for (String name : namesInText) {
      if (name.length() >= SHORTEST_NAME_IN_TEXT && !name.contains("@")) {
        all.add(name);
      }
    }
    all.sort((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b));
    StringBuilder alternatives = new StringBuilder();
    for (String name : all) {
      alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(name));
    }
    learnt =
        all.isEmpty()
            ? null
            : Pattern.compile(
                "(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  private void guidIfOne(String value) {
    if (GUID.matcher(value).matches()) {
      guid(value);
    }
  }

  JsonNode rewrite(JsonNode node) {
    if (node instanceof ObjectNode object) {
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        JsonNode value = field.getValue();
        copy.set(
            text(field.getKey()),
            field.getKey().equalsIgnoreCase("tags") && value instanceof ObjectNode tags
                ? tagValues(tags)
                : rewrite(value));
      }
      return copy;
    }
    if (node instanceof ArrayNode array) {
      ArrayNode copy = JsonNodeFactory.instance.arrayNode();
      array.forEach(item -> copy.add(rewrite(item)));
      return copy;
    }
    if (node.isTextual()) {
      return TextNode.valueOf(text(node.textValue()));
    }
    return node;
  }

  /** A tag's value says whose or what a resource is: each becomes its pseudonym whole. */
  private ObjectNode tagValues(ObjectNode tags) {
    ObjectNode copy = JsonNodeFactory.instance.objectNode();
    tags.fields()
        .forEachRemaining(
            tag ->
                copy.set(
                    text(tag.getKey()),
                    tag.getValue().isTextual() && !tag.getValue().textValue().isBlank()
                        ? TextNode.valueOf(name(tag.getValue().textValue()))
                        : rewrite(tag.getValue())));
    return copy;
  }

  /**
   * Any text: an ARM id is rewritten segment by segment, a learnt name by its pseudonym wherever it
   * stands, an e-mail address by a pseudonym address, a learnt GUID by its pseudonym.
   */
  String text(String value) {
    String rewritten = value;
    if (value.startsWith("/subscriptions/") || value.startsWith("/providers/")) {
      rewritten = rewriteId(value);
    } else if (value.contains(" /")) {
      // "GET /subscriptions/..." request lines
      int slash = value.indexOf(" /");
      rewritten = value.substring(0, slash + 1) + rewriteId(value.substring(slash + 1));
    }
    String lower = rewritten.toLowerCase(Locale.ROOT);
    String exact =
        rewritten.contains("@") || !namesInText.contains(lower) ? null : names.get(lower);
    if (exact != null) {
      return exact;
    }
    rewritten = replaceAll(EMAIL, rewritten, address -> email(address));
    if (learnt != null) {
      rewritten = replaceAll(learnt, rewritten, this::name);
    }
    return replaceAll(
        GUID,
        rewritten,
        guid -> {
          String pseudonym = guids.get(guid.toLowerCase(Locale.ROOT));
          return pseudonym == null ? guid : pseudonym;
        });
  }

  private String email(String address) {
    return name(address) + "@contoso.example";
  }

  private static String replaceAll(
      Pattern pattern, String text, java.util.function.UnaryOperator<String> replacement) {
    Matcher m = pattern.matcher(text);
    if (!m.find()) {
      return text;
    }
    StringBuilder replaced = new StringBuilder();
    do {
      m.appendReplacement(replaced, Matcher.quoteReplacement(replacement.apply(m.group())));
    } while (m.find());
    m.appendTail(replaced);
    return replaced.toString();
  }

  /** Rewrites the identifying segments of an ARM id or path; the rest is kept as it is. */
  private String rewriteId(String id) {
    String[] segments = id.split("/", -1);
    int i = 1;
    if (is(segments, i, "subscriptions") && i + 1 < segments.length) {
      segments[i + 1] = guid(segments[i + 1]);
      i += 2;
      if (is(segments, i, "resourceGroups") && i + 1 < segments.length) {
        segments[i + 1] = nameInText(segments[i + 1]);
        i += 2;
      }
    }
    boolean firstBlock = true;
    while (i < segments.length) {
      if (!is(segments, i, "providers") || i + 1 >= segments.length) {
        i++;
        continue;
      }
      String namespace = segments[i + 1].toLowerCase(Locale.ROOT);
      i += 2;
      if (firstBlock
          && i + 1 < segments.length
          && !KEEP_NAMES_IN.contains(namespace)
          && !KEEP_NAMES_IN.contains(namespace + "/" + segments[i].toLowerCase(Locale.ROOT))) {
        segments[i + 1] = nameInText(segments[i + 1]);
      }
      firstBlock = false;
      while (i < segments.length && !is(segments, i, "providers")) {
        i++;
      }
    }
    return String.join("/", segments);
  }

  private static boolean is(String[] segments, int index, String keyword) {
    return index < segments.length && segments[index].equalsIgnoreCase(keyword);
  }

  Pseudonyms(byte[] key) {
    this.key = key;
  }

  private byte[] hmac(String input) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(input.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException missing) {
      throw new IllegalStateException("HmacSHA256 is not available in this JVM.", missing);
    }
  }
}
