package dev.readiness.api;

import java.util.Objects;
import java.util.Optional;

/**
 * How to close a gap, as a rule-level summary for the catalogue: what to do in the portal, and a
 * command or template that does it. A rule whose fix is a human act (a policy, training, a plan, an
 * approval) has no command: see {@link #of(HumanStep)}. The changes for one finding's own resource
 * are its {@link Finding#fix()}.
 *
 * @param portal the steps in the Azure portal's words
 * @param cli an {@code az} command, or {@code ""}
 * @param bicep a Bicep snippet, or {@code ""}
 */
public record Remediation(String portal, String cli, String bicep) {
  /** Validates the remediation. */
  public Remediation {
    Objects.requireNonNull(portal, "'portal' cannot be null.");
    Objects.requireNonNull(cli, "'cli' cannot be null.");
    Objects.requireNonNull(bicep, "'bicep' cannot be null.");
    if (portal.isBlank()) {
      throw new IllegalArgumentException("A remediation needs the portal steps.");
    }
  }

  /** The steps of a fix that only people can make: nothing to automate, so no command. */
  public static Remediation humanAct(String steps) {
    return new Remediation(steps, "", "");
  }

  /**
   * The remediation of a rule whose fix only a person can make, such as a manual rule answered by
   * attestation: the step's text and who takes it, with no command.
   */
  public static Remediation of(HumanStep step) {
    Objects.requireNonNull(step, "'step' cannot be null.");
    return humanAct(step.text() + " (" + step.who() + ")");
  }

  /** True when the fix is a human act, with neither command nor template. */
  public boolean isHumanAct() {
    return cli.isBlank() && bicep.isBlank();
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
    return new Remediation(portal, cli, "");
  }

  /** This remediation with a Bicep snippet. */
  public Remediation withBicep(String snippet) {
    return new Remediation(portal, cli, snippet);
  }

  /** The {@code az} command, if any. */
  public Optional<String> azCommand() {
    return cli.isBlank() ? Optional.empty() : Optional.of(cli);
  }

  /** The Bicep snippet, if any. */
  public Optional<String> bicepSnippet() {
    return bicep.isBlank() ? Optional.empty() : Optional.of(bicep);
  }
}
