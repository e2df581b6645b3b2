package dev.readiness.api.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.readiness.api.CoverageRecord;
import dev.readiness.api.Resource;
import dev.readiness.api.ResourceType;
import dev.readiness.api.Snapshot;
import dev.readiness.api.implementation.JacksonAccess;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keeps secrets out of snapshots, reports and logs. Fields known to carry secrets (VM {@code
 * customData} and {@code adminPassword}, connection strings, access keys, SAS tokens, {@code
 * administratorLoginPassword}, app setting values, …) are removed wherever they occur, and text
 * that looks like a secret (a SAS {@code sig=}, {@code AccountKey=}, {@code SharedAccessKey=}, a
 * password in a connection string, a PEM private key, a JWT) is masked in every remaining string.
 *
 * <p>The collector applies it to every snapshot it returns; apply it to any snapshot that came from
 * elsewhere before writing or sharing it. Stateless and thread-safe.
 */
public final class SecretSanitizer {
  private static final JacksonAccess.Forms JACKSON = JacksonAccess.forms();

  /** What replaces a masked value. */
  public static final String MASK = "***";

  /** Field names (compared ignoring case) whose values are secrets, wherever they appear. */
  private static final Set<String> SECRET_FIELDS =
      Set.of(
          "customdata",
          "userdata",
          "adminpassword",
          "password",
          "administratorloginpassword",
          "publishingpassword",
          "connectionstring",
          "connectionstrings",
          "primaryconnectionstring",
          "secondaryconnectionstring",
          "primarykey",
          "secondarykey",
          "primarymasterkey",
          "secondarymasterkey",
          "primaryreadonlymasterkey",
          "secondaryreadonlymasterkey",
          "accesskey",
          "accesskeys",
          "accountkey",
          "storageaccountkey",
          "storageaccountaccesskey",
          "sharedaccesskey",
          "sastoken",
          "sasurl",
          "sasuri",
          "clientsecret",
          "protectedsettings",
          "keyvalue");

  /** Arrays of {@code {name, value}} pairs whose names are kept and whose values are dropped. */
  private static final Set<String> NAME_VALUE_LISTS = Set.of("appsettings", "settings");

  /**
   * A kind of secret-looking text: the pattern that finds it, what replaces it, and a literal that
   * every match contains, so that the many strings holding none skip the regular expression.
   */
  private record SecretText(Pattern pattern, String replacement, String literal, boolean anyCase) {
    boolean mayOccurIn(String text) {
      if (!anyCase) {
        return text.contains(literal);
      }
      for (int at = 0; at <= text.length() - literal.length(); at++) {
        if (text.regionMatches(true, at, literal, 0, literal.length())) {
          return true;
        }
      }
      return false;
    }
  }

  private static final List<SecretText> SECRET_TEXT =
      List.of(
          new SecretText(
              // A key cut short (no END line) is still a key: mask to the end of the value.
              Pattern.compile(
                  "-----BEGIN [A-Z ]*PRIVATE KEY-----[\\s\\S]*?(-----END [A-Z ]*PRIVATE"
                      + " KEY-----|$)"),
              "-----PRIVATE KEY " + MASK + "-----",
              "-----BEGIN ",
              false),
          new SecretText(
              Pattern.compile("eyJ[A-Za-z0-9_-]{4,}\\.eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*"),
              MASK,
              "eyJ",
              false),
          new SecretText(Pattern.compile("(?i)\\b(sig=)[^&\\s\"';]+"), "$1" + MASK, "sig=", true),
          // An Azure Functions key in a URL.
          new SecretText(
              Pattern.compile("(?i)([?&]code=)[^&\\s\"';]+"), "$1" + MASK, "code=", true),
          // An opaque bearer token pasted with its header.
          new SecretText(
              Pattern.compile("(?i)\\b(Bearer\\s+)[A-Za-z0-9._~+/-]+=*"),
              "$1" + MASK,
              "bearer",
              true),
          new SecretText(
              Pattern.compile(
                  "(?i)\\b(AccountKey|SharedAccessKey|Password|Pwd)=(?:'[^']*'|\"[^\"]*\"|[^;\\s\"']+)"),
              "$1=" + MASK,
              "=",
              false));

  private static final ResourceType KEY_VAULT_SECRETS =
      ResourceType.of("Microsoft.KeyVault/vaults/secrets");

  private static final SecretSanitizer STANDARD = new SecretSanitizer();

  private SecretSanitizer() {}

  /** The sanitizer for the known secret fields and secret-looking text. */
  public static SecretSanitizer standard() {
    return STANDARD;
  }

  /** {@code snapshot} with every resource sanitized and coverage messages masked. */
  public Snapshot sanitize(Snapshot snapshot) {
    Snapshot.Builder clean = Snapshot.builder(snapshot.metadata());
    snapshot.resources().forEach(resource -> clean.add(sanitize(resource)));
    for (CoverageRecord record : snapshot.coverage().records()) {
      clean.coverage(
          new CoverageRecord(
              record.scope(),
              record.type(),
              record.status(),
              record.httpStatus(),
              record.permission(),
              maskText(record.request()),
              maskText(record.message())));
    }
    return clean.build();
  }

  /** {@code resource} without secret fields and with secret-looking text masked. */
  public Resource sanitize(Resource resource) {
    ObjectNode json = JACKSON.toJsonNode(resource);
    if (resource.type().equals(KEY_VAULT_SECRETS)
        && json.get("properties") instanceof ObjectNode p) {
      // A secret's value is only ever "value"; ARM does not list it, but never keep it if it came.
      p.remove("value");
    }
    clean(json);
    return JACKSON.resource(json);
  }

  /** {@code text} with secret-looking parts masked; {@code null} stays {@code null}. */
  public static String maskText(String text) {
    if (text == null) {
      return null;
    }
    String masked = text;
    for (SecretText rule : SECRET_TEXT) {
      if (rule.mayOccurIn(masked)) {
        masked = rule.pattern().matcher(masked).replaceAll(rule.replacement());
      }
    }
    return masked;
  }

  private static void clean(JsonNode node) {
    if (node instanceof ObjectNode object) {
      List<String> secrets = new ArrayList<>();
      Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        String name = field.getKey().toLowerCase(Locale.ROOT);
        JsonNode value = field.getValue();
        if (SECRET_FIELDS.contains(name)) {
          secrets.add(field.getKey());
        } else if (value.isTextual()) {
          field.setValue(TextNode.valueOf(maskText(value.textValue())));
        } else {
          if (NAME_VALUE_LISTS.contains(name) && value instanceof ArrayNode pairs) {
            pairs.forEach(
                pair -> {
                  if (pair instanceof ObjectNode entry && entry.has("name")) {
                    entry.remove("value");
                  }
                });
          }
          clean(value);
        }
      }
      object.remove(secrets);
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        JsonNode item = array.get(i);
        if (item.isTextual()) {
          array.set(i, TextNode.valueOf(maskText(item.textValue())));
        } else {
          clean(item);
        }
      }
    }
  }
}
