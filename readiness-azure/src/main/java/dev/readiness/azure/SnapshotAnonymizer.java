package dev.readiness.azure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.readiness.api.CoverageRecord;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceId;
import dev.readiness.api.Snapshot;
import dev.readiness.api.SnapshotMetadata;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Makes a snapshot shareable as a fixture: tenant and subscription ids, principal ids and the names
 * of resource groups and resources are replaced by keyed pseudonyms. The same input always gives
 * the same pseudonym under the same key, so ids stay parseable and every reference between
 * resources (a VM's NIC, a diagnostic setting's workspace, a role assignment's principal) still
 * points at the right resource. Names that carry meaning rather than identity are kept: types,
 * built-in role definitions, Defender plan names, child names such as {@code default} or {@code
 * SigninLogs}, and diagnostic setting names.
 *
 * <p>Immutable and thread-safe.
 */
public final class SnapshotAnonymizer {
  private static final Pattern GUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  /** Fields whose GUID values identify a principal or a tenant. */
  private static final Set<String> PRINCIPAL_FIELDS =
      Set.of("principalid", "objectid", "tenantid", "clientid", "appid", "customerid");

  /** Fields whose values name a person. */
  private static final Set<String> PERSON_FIELDS =
      Set.of("userprincipalname", "displayname", "userdisplayname", "mail", "computername");

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

  private SnapshotAnonymizer(byte[] key) {
    this.key = key;
  }

  /**
   * An anonymizer keyed with {@code key}. Keep the key to repeat the same pseudonyms in a later
   * recording; without it nobody can reverse them by guessing inputs.
   *
   * @throws IllegalArgumentException when the key is shorter than 16 bytes
   */
  public static SnapshotAnonymizer withKey(byte[] key) {
    Objects.requireNonNull(key, "'key' cannot be null.");
    if (key.length < 16) {
      throw new IllegalArgumentException(
          "'key' must be at least 16 bytes, not " + key.length + ".");
    }
    return new SnapshotAnonymizer(key.clone());
  }

  /** {@code snapshot} with identities replaced by pseudonyms. */
  public Snapshot anonymize(Snapshot snapshot) {
    Run run = new Run();
    SnapshotMetadata metadata = snapshot.metadata();
    run.sensitiveGuids(metadata.tenantId());
    metadata.subscriptions().forEach(run::sensitiveGuids);
    for (Resource resource : snapshot.resources()) {
      run.learn(resource.id());
      run.learnPrincipals(resource.root().toJsonNode(), resource.id());
    }
    List<String> subscriptions = new ArrayList<>();
    metadata.subscriptions().forEach(s -> subscriptions.add(run.guid(s)));
    Snapshot.Builder out =
        Snapshot.builder(
            new SnapshotMetadata(
                metadata.tenantId().isEmpty() ? "" : run.guid(metadata.tenantId()),
                subscriptions,
                metadata.cloud(),
                metadata.capturedAt(),
                metadata.producer(),
                metadata.producerVersion()));
    for (Resource resource : snapshot.resources()) {
      out.add(Resource.of(run.rewrite(resource.toJsonNode(), null)));
    }
    for (CoverageRecord record : snapshot.coverage().records()) {
      out.coverage(
          new CoverageRecord(
              ResourceId.parse(run.text(record.scope().toString())),
              record.type(),
              record.status(),
              record.httpStatus(),
              record.permission(),
              record.request() == null ? null : run.text(record.request()),
              record.message() == null ? null : run.text(record.message())));
    }
    return out.build();
  }

  /** The pseudonym state of one snapshot. */
  private final class Run {
    private final Map<String, String> guids = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();

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

    void learn(ResourceId id) {
      rewriteId(id.toString());
    }

    void learnPrincipals(JsonNode node, ResourceId owner) {
      if (owner.toString().toLowerCase(Locale.ROOT).startsWith("/providers/microsoft.graph/")) {
        guidIfOne(owner.name());
      }
      walk(node);
    }

    private void walk(JsonNode node) {
      if (node instanceof ObjectNode object) {
        object
            .fields()
            .forEachRemaining(
                field -> {
                  if (PRINCIPAL_FIELDS.contains(field.getKey().toLowerCase(Locale.ROOT))
                      && field.getValue().isTextual()) {
                    guidIfOne(field.getValue().textValue());
                  }
                  walk(field.getValue());
                });
      } else if (node instanceof ArrayNode array) {
        array.forEach(this::walk);
      }
    }

    private void guidIfOne(String value) {
      if (GUID.matcher(value).matches()) {
        guid(value);
      }
    }

    JsonNode rewrite(JsonNode node, String fieldName) {
      if (node instanceof ObjectNode object) {
        ObjectNode copy = JsonNodeFactory.instance.objectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        while (fields.hasNext()) {
          Map.Entry<String, JsonNode> field = fields.next();
          copy.set(text(field.getKey()), rewrite(field.getValue(), field.getKey()));
        }
        return copy;
      }
      if (node instanceof ArrayNode array) {
        ArrayNode copy = JsonNodeFactory.instance.arrayNode();
        array.forEach(item -> copy.add(rewrite(item, fieldName)));
        return copy;
      }
      if (node.isTextual()) {
        String value = node.textValue();
        if (fieldName != null && PERSON_FIELDS.contains(fieldName.toLowerCase(Locale.ROOT))) {
          String pseudonym = name(value);
          return TextNode.valueOf(value.contains("@") ? pseudonym + "@contoso.example" : pseudonym);
        }
        return TextNode.valueOf(text(value));
      }
      return node;
    }

    /** Any text: an ARM id is rewritten segment by segment, other text by what was learnt. */
    String text(String value) {
      String rewritten = value;
      if (value.startsWith("/subscriptions/") || value.startsWith("/providers/")) {
        rewritten = rewriteId(value);
      } else if (value.contains(" /")) {
        // "GET /subscriptions/..." request lines
        int slash = value.indexOf(" /");
        rewritten = value.substring(0, slash + 1) + rewriteId(value.substring(slash + 1));
      } else if (value.contains("://")) {
        rewritten = rewriteHost(value);
      } else {
        String exact = names.get(value.toLowerCase(Locale.ROOT));
        if (exact != null) {
          rewritten = exact;
        }
      }
      Matcher m = GUID.matcher(rewritten);
      StringBuilder replaced = new StringBuilder();
      while (m.find()) {
        String pseudonym = guids.get(m.group().toLowerCase(Locale.ROOT));
        m.appendReplacement(replaced, pseudonym == null ? m.group() : pseudonym);
      }
      m.appendTail(replaced);
      return replaced.toString();
    }

    /** A URL whose first host label is a learnt name ({@code https://{account}.blob...}). */
    private String rewriteHost(String url) {
      int start = url.indexOf("://") + 3;
      int end = start;
      while (end < url.length()
          && (Character.isLetterOrDigit(url.charAt(end)) || url.charAt(end) == '-')) {
        end++;
      }
      String pseudonym = names.get(url.substring(start, end).toLowerCase(Locale.ROOT));
      return pseudonym == null ? url : url.substring(0, start) + pseudonym + url.substring(end);
    }

    /** Rewrites the identifying segments of an ARM id or path; the rest is kept as it is. */
    private String rewriteId(String id) {
      String[] segments = id.split("/", -1);
      int i = 1;
      if (is(segments, i, "subscriptions") && i + 1 < segments.length) {
        segments[i + 1] = guid(segments[i + 1]);
        i += 2;
        if (is(segments, i, "resourceGroups") && i + 1 < segments.length) {
          segments[i + 1] = name(segments[i + 1]);
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
          segments[i + 1] = name(segments[i + 1]);
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
