package dev.readiness.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The thresholds of the built-in checklist, in one typed, immutable object. Every field has a
 * documented default; override what your organisation decides differently:
 *
 * <pre>{@code
 * ChecklistOptions options = ChecklistOptions.defaults().toBuilder().retentionDays(730).build();
 * List<Rule> rules = BuiltInRules.all(options);
 * }</pre>
 */
public final class ChecklistOptions {
  private final int retentionDays;
  private final int maxWorkspaces;
  private final List<String> requiredDefenderPlans;
  private final List<String> breakGlassAccounts;
  private final int listedItemsLimit;

  private ChecklistOptions(Builder builder) {
    this.retentionDays = builder.retentionDays;
    this.maxWorkspaces = builder.maxWorkspaces;
    this.requiredDefenderPlans = List.copyOf(builder.requiredDefenderPlans);
    this.breakGlassAccounts = List.copyOf(builder.breakGlassAccounts);
    this.listedItemsLimit = builder.listedItemsLimit;
  }

  /** The defaults documented on each accessor. */
  public static ChecklistOptions defaults() {
    return new Builder().build();
  }

  /** A builder starting from these options. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Days a security log must be kept, along the chain resource → diagnostic setting → destination.
   * Default 365.
   */
  public int retentionDays() {
    return retentionDays;
  }

  /**
   * The most Log Analytics workspaces logs may be spread over and still count as central. Default
   * 3.
   */
  public int maxWorkspaces() {
    return maxWorkspaces;
  }

  /**
   * The Defender for Cloud plans every subscription needs at Standard. Default VirtualMachines,
   * StorageAccounts, KeyVaults, Arm, SqlServers, AppServices, Containers, CloudPosture.
   */
  public List<String> requiredDefenderPlans() {
    return requiredDefenderPlans;
  }

  /**
   * Break-glass accounts (object ids or user principal names) allowed standing privileged access.
   * Default none.
   */
  public List<String> breakGlassAccounts() {
    return breakGlassAccounts;
  }

  /** How many offending items a failure message lists before it says "and N more". Default 10. */
  public int listedItemsLimit() {
    return listedItemsLimit;
  }

  /** Builds {@link ChecklistOptions}; {@link #build()} validates the values. */
  public static final class Builder {
    private int retentionDays = 365;
    private int maxWorkspaces = 3;
    private List<String> requiredDefenderPlans =
        List.of(
            "VirtualMachines",
            "StorageAccounts",
            "KeyVaults",
            "Arm",
            "SqlServers",
            "AppServices",
            "Containers",
            "CloudPosture");
    private List<String> breakGlassAccounts = List.of();
    private int listedItemsLimit = 10;

    private Builder() {}

    private Builder(ChecklistOptions options) {
      this.retentionDays = options.retentionDays;
      this.maxWorkspaces = options.maxWorkspaces;
      this.requiredDefenderPlans = options.requiredDefenderPlans;
      this.breakGlassAccounts = options.breakGlassAccounts;
      this.listedItemsLimit = options.listedItemsLimit;
    }

    /** See {@link ChecklistOptions#retentionDays()}. */
    public Builder retentionDays(int days) {
      this.retentionDays = days;
      return this;
    }

    /** See {@link ChecklistOptions#maxWorkspaces()}. */
    public Builder maxWorkspaces(int count) {
      this.maxWorkspaces = count;
      return this;
    }

    /** See {@link ChecklistOptions#requiredDefenderPlans()}. */
    public Builder requiredDefenderPlans(Collection<String> plans) {
      this.requiredDefenderPlans =
          new ArrayList<>(Objects.requireNonNull(plans, "'plans' cannot be null."));
      return this;
    }

    /** See {@link ChecklistOptions#breakGlassAccounts()}. */
    public Builder breakGlassAccounts(Collection<String> accounts) {
      this.breakGlassAccounts =
          new ArrayList<>(Objects.requireNonNull(accounts, "'accounts' cannot be null."));
      return this;
    }

    /** See {@link ChecklistOptions#listedItemsLimit()}. */
    public Builder listedItemsLimit(int limit) {
      this.listedItemsLimit = limit;
      return this;
    }

    /**
     * Validates and builds.
     *
     * @throws IllegalArgumentException naming the option and the allowed range
     */
    public ChecklistOptions build() {
      positive("retentionDays", retentionDays);
      positive("maxWorkspaces", maxWorkspaces);
      positive("listedItemsLimit", listedItemsLimit);
      return new ChecklistOptions(this);
    }

    private static void positive(String option, int value) {
      if (value < 1) {
        throw new IllegalArgumentException(
            "Option '" + option + "' must be at least 1, not " + value + ".");
      }
    }
  }
}
