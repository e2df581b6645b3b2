package dev.readiness.api;

import java.util.Locale;

/** How much a gap hurts an investigation, from most to least. */
public enum Severity {
  CRITICAL,
  HIGH,
  MEDIUM,
  LOW,
  INFO;

  /** True when this severity is {@code other} or worse. */
  public boolean atLeast(Severity other) {
    return compareTo(other) <= 0;
  }

  /**
   * The severity named {@code name}, ignoring case.
   *
   * @throws IllegalArgumentException naming the valid choices
   */
  public static Severity parse(String name) {
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw new IllegalArgumentException(
          "Unknown severity '" + name + "'; expected one of critical, high, medium, low, info.");
    }
  }
}
