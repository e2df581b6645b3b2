package dev.readiness.rules.checklist;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The settings of the built-in checklist: a value for every row of the {@link OptionTable}, and the
 * record each checklist area's rules take. Immutable; every value was checked by its row.
 *
 * <pre>{@code
 * ChecklistOptions options =
 *     ChecklistOptions.defaults().toBuilder().set(OptionTable.RETENTION_DAYS, 730).build();
 * List<Rule> rules = BuiltInRules.all(options);
 * }</pre>
 */
public final class ChecklistOptions {
  private static final ChecklistOptions DEFAULTS = new Builder(Map.of()).build();

  private final Map<Option<?>, Object> values;
  private final LoggingOptions logging;
  private final IdentityOptions identity;
  private final DataProtectionOptions dataProtection;
  private final NetworkOptions network;

  private ChecklistOptions(Map<Option<?>, Object> values) {
    this.values = values;
    this.logging = LoggingOptions.of(this);
    this.identity = IdentityOptions.of(this);
    this.dataProtection = DataProtectionOptions.of(this);
    this.network = NetworkOptions.of(this);
  }

  /** Every option at its default, as the {@link OptionTable} documents it. */
  public static ChecklistOptions defaults() {
    return DEFAULTS;
  }

  /** A builder starting from these options. */
  public Builder toBuilder() {
    return new Builder(values);
  }

  /** The value of {@code option}. */
  @SuppressWarnings("unchecked") // Builder.set stores only values its option accepted.
  public <T> T get(Option<T> option) {
    Objects.requireNonNull(option, "'option' cannot be null.");
    return (T) values.get(option);
  }

  /** What the logging and monitoring rules read. */
  public LoggingOptions logging() {
    return logging;
  }

  /** What the identity and access rules read. */
  public IdentityOptions identity() {
    return identity;
  }

  /** What the data protection rules read. */
  public DataProtectionOptions dataProtection() {
    return dataProtection;
  }

  /** What the network security rules read. */
  public NetworkOptions network() {
    return network;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ChecklistOptions options && values.equals(options.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return "ChecklistOptions" + values;
  }

  /** Builds {@link ChecklistOptions}; each value is checked by its row as it is set. */
  public static final class Builder {
    private final Map<Option<?>, Object> values = new LinkedHashMap<>();

    private Builder(Map<Option<?>, Object> from) {
      for (Option<?> option : OptionTable.rows()) {
        values.put(option, from.containsKey(option) ? from.get(option) : option.defaultValue());
      }
    }

    /**
     * Sets {@code option} to {@code value}.
     *
     * @throws InvalidOptionException naming the option, the value and what it accepts
     */
    public <T> Builder set(Option<T> option, T value) {
      Objects.requireNonNull(option, "'option' cannot be null.");
      values.put(option, option.accept(value));
      return this;
    }

    /**
     * Sets the option named {@code name} to {@code value}, given as Java or as the plain values a
     * JSON reader produces (numbers, strings, booleans, lists and maps).
     *
     * @throws IllegalArgumentException naming an unknown option and the nearest known name
     * @throws InvalidOptionException naming the option, the value and what it accepts
     */
    public Builder set(String name, Object value) {
      Option<?> option = OptionTable.named(Objects.requireNonNull(name, "'name' cannot be null."));
      values.put(option, option.accept(value));
      return this;
    }

    /** The options, each value as set or at its default. */
    public ChecklistOptions build() {
      return new ChecklistOptions(Collections.unmodifiableMap(new LinkedHashMap<>(values)));
    }
  }
}
