package dev.readiness.rules.checklist;

import java.util.List;
import java.util.Objects;

/**
 * One row of the {@link OptionTable}: a checklist setting's name, the checklist area it tunes, its
 * default, what it means, and what values it accepts. The row alone decides whether a value is
 * valid, whether the value comes from {@link ChecklistOptions.Builder#set(Option, Object)} or from
 * an options file, and the generated options page describes it.
 *
 * @param <T> the Java type of the value, for example {@code Integer} or {@code List<String>}
 */
public final class Option<T> {
  private final String name;
  private final OptionArea area;
  private final T defaultValue;
  private final String description;
  private final OptionKind<T> kind;

  Option(String name, OptionArea area, String description, OptionKind<T> kind, T defaultValue) {
    this.name = Objects.requireNonNull(name, "'name' cannot be null.");
    this.area = Objects.requireNonNull(area, "'area' cannot be null.");
    this.description = Objects.requireNonNull(description, "'description' cannot be null.");
    this.kind = Objects.requireNonNull(kind, "'kind' cannot be null.");
    // The default goes through the same check as any value, so a bad default fails at load time.
    this.defaultValue = kind.accept(this.name, defaultValue, List.of());
  }

  /** The option's name, as written in an options file, for example {@code retentionDays}. */
  public String name() {
    return name;
  }

  /** The checklist area whose rules read the option. */
  public OptionArea area() {
    return area;
  }

  /** The value used when none is given. */
  public T defaultValue() {
    return defaultValue;
  }

  /** What the option decides and why its default is what it is (Markdown). */
  public String description() {
    return description;
  }

  /** The values the option accepts, in words, for example "a whole number from 1 to 4383". */
  public String accepts() {
    return kind.describe();
  }

  /**
   * The values the option knows by name (Defender plans, log categories, …), empty when any value
   * of the right shape is accepted.
   */
  public List<String> knownValues() {
    return kind.known();
  }

  /**
   * Checks {@code value} and returns it as the option keeps it: immutable, with role ids in lower
   * case. Accepts the plain values a JSON reader produces as well (numbers of any integral type,
   * strings for resource types, lists and maps), so every source of options is checked the same
   * way.
   *
   * @throws InvalidOptionException naming the option, the value and what was expected
   */
  public T accept(Object value) {
    return kind.accept(name, value, List.of());
  }

  @Override
  public String toString() {
    return name;
  }
}
