package dev.readiness.testkit.fakeazure;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque continuation tokens for every paged list: the offset of the next page, bound to a key that
 * names the list (a path, or a Resource Graph query), so a token replayed against another list is
 * refused as the real services refuse it.
 */
final class PageToken {
  private static final String PREFIX = "fake-page:";

  private PageToken() {}

  static String encode(String listKey, int offset) {
    String plain = PREFIX + offset + ":" + Integer.toHexString(listKey.hashCode());
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The offset a token names; 0 for a {@code null} token.
   *
   * @throws Response.Refusal with a 400 when the token is not one of ours or names another list
   */
  static int decode(String token, String listKey, AzureService service) {
    if (token == null) {
      return 0;
    }
    try {
      String plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      if (plain.startsWith(PREFIX)) {
        String[] parts = plain.substring(PREFIX.length()).split(":", 2);
        if (parts.length == 2 && parts[1].equals(Integer.toHexString(listKey.hashCode()))) {
          int offset = Integer.parseInt(parts[0]);
          if (offset >= 0) {
            return offset;
          }
        }
      }
    } catch (IllegalArgumentException notOurs) {
      // falls through to the refusal below
    }
    throw Errors.refuse(
        400,
        service == AzureService.GRAPH ? "Request_BadRequest" : "InvalidSkipToken",
        "The skip token '" + token + "' is not valid for this request.");
  }
}
