package dev.readiness.api.report;

import dev.readiness.api.ArmChange;
import dev.readiness.api.Change;
import dev.readiness.api.Fix;
import dev.readiness.api.GraphRequest;
import dev.readiness.api.HumanStep;
import java.util.List;

/** A finding's own fix as sentences, one per change, for the human-readable reports. */
final class FixSteps {
  private FixSteps() {}

  /** The steps of {@code fix}, in order; empty when there is none. */
  static List<String> of(Fix fix) {
    return fix.changes().stream().map(FixSteps::step).toList();
  }

  private static String step(Change change) {
    if (change instanceof HumanStep human) {
      return human.text() + " (needs a person: " + human.who() + ")";
    }
    if (change instanceof GraphRequest graph) {
      return graph.summary() + " (Microsoft Graph, permission " + graph.permission() + ")";
    }
    ArmChange arm = (ArmChange) change;
    return arm.summary() + (arm.cost().isEmpty() ? "" : " Cost: " + arm.cost());
  }
}
