package dev.readiness.rules.support;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the durations and timestamps Azure writes (ISO-8601 periods, instants, epoch seconds). */
public final class Durations {
  private static final Pattern PERIOD =
      Pattern.compile("P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?(?:T.*)?");

  private Durations() {}

  /**
   * The days of an ISO-8601 period such as {@code P90D}, {@code P18M} or {@code P1Y}, counting a
   * year as 365 days and a month as 30; empty when the text is not such a period.
   */
  public static OptionalLong days(String period) {
    if (period == null) {
      return OptionalLong.empty();
    }
    Matcher m = PERIOD.matcher(period.strip().toUpperCase(java.util.Locale.ROOT));
    if (!m.matches() || period.strip().length() < 2) {
      return OptionalLong.empty();
    }
    long days =
        365 * number(m.group(1))
            + 30 * number(m.group(2))
            + 7 * number(m.group(3))
            + number(m.group(4));
    return OptionalLong.of(days);
  }

  private static long number(String group) {
    return group == null ? 0 : Long.parseLong(group);
  }

  /** An ISO-8601 timestamp with an offset, such as ARM writes; empty when it is not one. */
  public static Optional<Instant> instant(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(text.strip()).toInstant());
    } catch (DateTimeParseException notOffset) {
      try {
        return Optional.of(Instant.parse(text.strip()));
      } catch (DateTimeParseException notInstant) {
        return Optional.empty();
      }
    }
  }
}
