package dev.readiness.api;

import java.util.Objects;
import java.util.Optional;

/**
 * How to close a gap: what to do in the portal, and a command or template that does it.
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
    if (cli.isBlank() && bicep.isBlank()) {
      throw new IllegalArgumentException("A remediation needs an 'az' command or a Bicep snippet.");
    }
  }

  /** Portal steps and an {@code az} command. */
  public static Remediation of(String portal, String cli) {
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
