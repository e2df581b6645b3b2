package dev.readiness.rules.data;

import dev.readiness.api.Json;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads TLS versions the way each service spells them: {@code TLS1_2}, {@code 1.2}, {@code None}.
 */
final class TlsVersions {
  private TlsVersions() {}

  /** The version as a number such as 1.2; empty when absent, {@code None} or unreadable. */
  static Optional<Double> parse(Json value) {
    String text = value.textOr("").strip().toUpperCase(Locale.ROOT);
    if (text.startsWith("TLS")) {
      text = text.substring(3);
    }
    text = text.replace('_', '.');
    try {
      return text.isEmpty() ? Optional.empty() : Optional.of(Double.parseDouble(text));
    } catch (NumberFormatException none) {
      return Optional.empty();
    }
  }

  /** True when {@code value} names a version at least {@code minimum} (such as "1.2"). */
  static boolean atLeast(Json value, String minimum) {
    return parse(value).map(v -> atLeast(v, minimum)).orElse(false);
  }

  /** True when {@code version} (such as 1.2) is at least {@code minimum} (such as "1.2"). */
  static boolean atLeast(double version, String minimum) {
    return version >= Double.parseDouble(minimum) - 1e-9;
  }
}
