package dev.readiness.api.report;

import dev.readiness.api.RuleMetadata;
import dev.readiness.api.Target;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An accepted gap: findings of one rule on the resources a pattern matches are reported as WAIVED,
 * with the justification and owner, until the expiry date has passed.
 *
 * @param ruleId the rule waived (its id or an alternate id)
 * @param resource a resource id, or a pattern of one: {@code *} matches within one id segment,
 *     {@code **} across segments, {@code ?} one character; case-insensitive like ARM ids
 * @param justification why the gap is accepted
 * @param owner who accepted it
 * @param expires the last day the waiver counts (UTC), compared with the snapshot's capture date
 * @param source where the waiver was declared, {@code file:line:column}, for messages
 */
public record Waiver(
    String ruleId,
    String resource,
    String justification,
    String owner,
    LocalDate expires,
    String source) {

  /** Validates the waiver. */
  public Waiver {
    Objects.requireNonNull(ruleId, "'ruleId' cannot be null.");
    Objects.requireNonNull(resource, "'resource' cannot be null.");
    Objects.requireNonNull(justification, "'justification' cannot be null.");
    Objects.requireNonNull(owner, "'owner' cannot be null.");
    Objects.requireNonNull(expires, "'expires' cannot be null.");
    Objects.requireNonNull(source, "'source' cannot be null.");
  }

  /** True when the waiver names {@code rule} and its pattern matches {@code target}'s id. */
  public boolean covers(RuleMetadata rule, Target target) {
    return rule.answersTo(ruleId) && matches(target.id().toString());
  }

  /** True when the pattern matches {@code resourceId}, ignoring case. */
  public boolean matches(String resourceId) {
    return glob(resource).matcher(resourceId.toLowerCase(Locale.ROOT)).matches();
  }

  /** True when the waiver still counts on {@code day}. */
  public boolean isValidOn(LocalDate day) {
    return !expires.isBefore(day);
  }

  private static Pattern glob(String pattern) {
    StringBuilder regex = new StringBuilder();
    String lower = pattern.toLowerCase(Locale.ROOT);
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c == '*' && i + 1 < lower.length() && lower.charAt(i + 1) == '*') {
        regex.append(".*");
        i++;
      } else if (c == '*') {
        regex.append("[^/]*");
      } else if (c == '?') {
        regex.append("[^/]");
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString());
  }
}
