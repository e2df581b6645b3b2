package dev.readiness.api;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A dated human statement that a control is in place, for checklist rows no API can show (an
 * incident response plan, administrator training) or where the data could not be collected. Built
 * with {@link #builder(String)}, the only way to make one:
 *
 * <pre>{@code
 * Attestation plan = Attestation.builder("FR-IR-05")
 *     .scope(ResourceId.TENANT)
 *     .evidence("https://wiki.contoso.example/ir-plan")
 *     .owner("secops@contoso.example")
 *     .date(LocalDate.parse("2026-06-01"))
 *     .build();
 * }</pre>
 *
 * <p>Two attestations are equal when all their parts are.
 */
public final class Attestation {
  private final String ruleId;
  private final ResourceId scope;
  private final String evidence;
  private final String owner;
  private final LocalDate date;

  private Attestation(Builder builder) {
    this.ruleId = builder.ruleId;
    this.scope = builder.scope;
    this.evidence = builder.evidence;
    this.owner = builder.owner;
    this.date = builder.date;
    if (evidence.isBlank() || owner.isBlank()) {
      throw new IllegalArgumentException(
          "An attestation of " + ruleId + " needs evidence and an owner.");
    }
  }

  /** A builder of an attestation of rule {@code ruleId}; the scope is the tenant unless set. */
  public static Builder builder(String ruleId) {
    return new Builder(Objects.requireNonNull(ruleId, "'ruleId' cannot be null."));
  }

  /** The rule attested. */
  public String ruleId() {
    return ruleId;
  }

  /** The scope it covers: {@code /} for the tenant, a subscription or a resource id. */
  public ResourceId scope() {
    return scope;
  }

  /** A link to the evidence (a document, a ticket). */
  public String evidence() {
    return evidence;
  }

  /** Who attests. */
  public String owner() {
    return owner;
  }

  /** When it was attested. */
  public LocalDate date() {
    return date;
  }

  /** True when the attestation covers {@code target}: its scope is the target or above it. */
  public boolean covers(Target target) {
    return target.id().isWithin(scope);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Attestation that
        && ruleId.equals(that.ruleId)
        && scope.equals(that.scope)
        && evidence.equals(that.evidence)
        && owner.equals(that.owner)
        && date.equals(that.date);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleId, scope, evidence, owner, date);
  }

  /** The parts by name, as {@code Attestation[ruleId=.., scope=.., ..]}. */
  @Override
  public String toString() {
    return "Attestation[ruleId=%s, scope=%s, evidence=%s, owner=%s, date=%s]"
        .formatted(ruleId, scope, evidence, owner, date);
  }

  /** Collects an attestation's parts by name; {@link #build()} says which one is missing. */
  public static final class Builder {
    private final String ruleId;
    private ResourceId scope = ResourceId.TENANT;
    private String evidence;
    private String owner;
    private LocalDate date;

    private Builder(String ruleId) {
      this.ruleId = ruleId;
    }

    /** The scope covered: the tenant ({@code /}, the default), a subscription or a resource. */
    public Builder scope(ResourceId scope) {
      this.scope = Objects.requireNonNull(scope, "'scope' cannot be null.");
      return this;
    }

    /** A link to the evidence: a document, a ticket. */
    public Builder evidence(String evidence) {
      this.evidence = Objects.requireNonNull(evidence, "'evidence' cannot be null.");
      return this;
    }

    /** Who attests. */
    public Builder owner(String owner) {
      this.owner = Objects.requireNonNull(owner, "'owner' cannot be null.");
      return this;
    }

    /** When it was attested. */
    public Builder date(LocalDate date) {
      this.date = Objects.requireNonNull(date, "'date' cannot be null.");
      return this;
    }

    /**
     * The attestation.
     *
     * @throws IllegalStateException naming the first part that was not set
     * @throws IllegalArgumentException when the evidence or owner is blank
     */
    public Attestation build() {
      require(evidence, "evidence");
      require(owner, "owner");
      require(date, "date");
      return new Attestation(this);
    }

    private void require(Object part, String name) {
      if (part == null) {
        throw new IllegalStateException(
            "The attestation of " + ruleId + " has no " + name + "; set it with " + name + "(..).");
      }
    }
  }
}
