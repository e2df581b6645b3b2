package dev.readiness.rules.response;

import static dev.readiness.rules.types.AzureTypes.SENTINEL_ONBOARDING_STATES;
import static dev.readiness.rules.types.AzureTypes.WORKSPACES;

import dev.readiness.api.Resource;
import dev.readiness.api.RuleContext;
import java.util.List;

/** Finds the Log Analytics workspaces Microsoft Sentinel is onboarded on. */
final class Sentinel {
  private Sentinel() {}

  /** The workspaces with a Sentinel onboarding state, sorted by id. */
  static List<Resource> workspaces(RuleContext context) {
    return context.resources(WORKSPACES).stream()
        .filter(ws -> !context.snapshot().children(ws, SENTINEL_ONBOARDING_STATES).isEmpty())
        .toList();
  }
}
