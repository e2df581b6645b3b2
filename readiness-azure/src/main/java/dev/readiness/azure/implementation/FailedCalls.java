package dev.readiness.azure.implementation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.readiness.api.CoverageRecord;
import dev.readiness.api.ResourceId;
import dev.readiness.api.ResourceType;
import dev.readiness.api.format.SecretSanitizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a failed call into the coverage record it causes: DENIED, naming the missing permission,
 * for the denials of {@link FailureClass#denial()}; FAILED, saying why in words, for the rest.
 */
final class FailedCalls {
  private static final Pattern DENIED_ACTION = Pattern.compile("perform action '([^']+)'");

  private FailedCalls() {}

  static CoverageRecord gap(
      ResourceId scope, ResourceType type, RestResponse response, String permission) {
    if (response.isDenial()) {
      return CoverageRecord.denied(
          scope,
          type,
          response.status(),
          deniedAction(response, type, permission),
          response.request());
    }
    return CoverageRecord.failed(
        scope,
        type,
        response.status(),
        response.request(),
        SecretSanitizer.maskText(
            response.failure() != null ? response.failure() : errorOf(response)));
  }

  /**
   * The action ARM names in its AuthorizationFailed message when it is about {@code type}, else the
   * catalog's permission. One Resource Graph query covers several types, and its denial names only
   * one of them.
   */
  private static String deniedAction(RestResponse response, ResourceType type, String permission) {
    Matcher m = DENIED_ACTION.matcher(response.body());
    if (m.find() && m.group(1).toLowerCase(Locale.ROOT).startsWith(type.key() + "/")) {
      return m.group(1);
    }
    return permission;
  }

  /** ARM's and Graph's {@code {"error":{"code","message"}}}, shortened. */
  private static String errorOf(RestResponse response) {
    JsonNode json = Pager.parse(response);
    JsonNode error = json == null ? null : json.path("error");
    String text =
        error == null || error.isMissingNode()
            ? "HTTP " + response.status()
            : error.path("code").asText("") + ": " + error.path("message").asText("");
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }
}
