package dev.readiness.api;

/**
 * One concrete change of a {@link Fix}: an ARM request, a Microsoft Graph request, or a step only a
 * human can take.
 */
public sealed interface Change permits ArmChange, GraphRequest, HumanStep {
  /** What the change does, as a sentence for the portal and the plan. */
  String summary();

  /** True when no tool can make the change: a person must act. */
  default boolean needsHuman() {
    return false;
  }
}
