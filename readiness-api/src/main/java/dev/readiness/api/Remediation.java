package dev.readiness.api;

import java.util.Objects;
import java.util.Optional;

/**
 * How to close a gap, as a rule-level summary for the catalogue: what to do in the portal, and a
 * command or template that does it. A rule whose fix is a human act (a policy, training, a plan, an
 * approval) has no command: see {@link #of(HumanStep)}. The changes for one finding's own resource
 * are its {@link Finding#fix()}. Immutable.
 */
public final class Remediation {
  private final String portal;
  private final Optional<String> cli;
  private final Optional<String> bicep;

  private Remediation(String portal, Optional<String> cli, Optional<String> bicep) {
    Objects.requireNonNull(portal, "'portal' cannot be null.");
    if (portal.isBlank()) {
      throw new IllegalArgumentException("A remediation needs the portal steps.");
    }
    this.portal = portal;
    this.cli = cli;
    this.bicep = bicep;
  }

  /** The steps of a fix that only people can make: nothing to automate, so no command. */
  public static Remediation humanAct(String steps) {
    return new Remediation(steps, Optional.empty(), Optional.empty());
  }

  /**
   * The remediation of a rule whose fix only a person can make, such as a manual rule answered by
   * attestation: the step's text and who takes it, with no command.
   */
  public static Remediation of(HumanStep step) {
    Objects.requireNonNull(step, "'step' cannot be null.");
    return humanAct(step.text() + " (" + step.who() + ")");
  }

  /**
   * Portal steps and an {@code az} command.
   *
   * @throws IllegalArgumentException when the command is null or blank: a fix with nothing to
   *     automate is a human step, {@link #of(HumanStep)}
   */
  public static Remediation of(String portal, String cli) {
    if (cli == null || cli.isBlank()) {
      throw new IllegalArgumentException(
          "Remediation.of(portal, cli) needs an 'az' command or a Bicep snippet; a fix with"
              + " nothing to automate (a manual rule, a policy, training) is"
              + " Remediation.of(new HumanStep(text, who)).");
    }
    return new Remediation(portal, Optional.of(cli), Optional.empty());
  }

  /**
   * This remediation with a Bicep snippet.
   *
   * @throws IllegalArgumentException when the snippet is blank
   */
  public Remediation withBicep(String snippet) {
    Objects.requireNonNull(snippet, "'snippet' cannot be null.");
    if (snippet.isBlank()) {
      throw new IllegalArgumentException("A Bicep snippet cannot be blank.");
    }
    return new Remediation(portal, cli, Optional.of(snippet));
  }

  /** The steps in the Azure portal's words. */
  public String portal() {
    return portal;
  }

  /** The {@code az} command, if any. */
  public Optional<String> cli() {
    return cli;
  }

  /** The Bicep snippet, if any. */
  public Optional<String> bicep() {
    return bicep;
  }

  /** True when the fix is a human act, with neither command nor template. */
  public boolean isHumanAct() {
    return cli.isEmpty() && bicep.isEmpty();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Remediation that
        && portal.equals(that.portal)
        && cli.equals(that.cli)
        && bicep.equals(that.bicep);
  }

  @Override
  public int hashCode() {
    return Objects.hash(portal, cli, bicep);
  }

  @Override
  public String toString() {
    return "Remediation[portal="
        + portal
        + ", cli="
        + cli.orElse("")
        + ", bicep="
        + bicep.orElse("")
        + "]";
  }
}
