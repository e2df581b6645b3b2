package dev.readiness.api;

import java.util.Objects;

/**
 * A step no request can take: writing a policy, training people, buying a plan, approving access.
 *
 * @param text what to do, as a sentence
 * @param who the role that does it, such as "the security officer"
 */
public record HumanStep(String text, String who) implements Change {
  /** Validates the step. */
  public HumanStep {
    Objects.requireNonNull(text, "'text' cannot be null.");
    Objects.requireNonNull(who, "'who' cannot be null.");
    if (text.isBlank() || who.isBlank()) {
      throw new IllegalArgumentException("A human step needs what to do and who does it.");
    }
  }

  @Override
  public String summary() {
    return text;
  }

  @Override
  public boolean needsHuman() {
    return true;
  }
}
