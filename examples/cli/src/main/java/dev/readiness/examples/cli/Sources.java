package dev.readiness.examples.cli;

import dev.readiness.api.ResourceType;
import dev.readiness.api.Snapshot;
import dev.readiness.rules.CaseStudy;
import java.util.Set;

/** Turns the chosen source (a file, the demo, or live collection) into a snapshot. */
final class Sources {
  private Sources() {}

  static Snapshot snapshot(
      SourceOptions source, LiveOptions live, Set<ResourceType> types, Console console) {
    if (live.anyGiven() && !source.live) {
      throw new Exit.BadInput("--tenant, --subscription, --cloud and the endpoints need --live.");
    }
    if (source.snapshot != null) {
      return Inputs.snapshot(source.snapshot, console);
    }
    if (source.demo) {
      return demo();
    }
    return LiveCollection.collect(live, types, console);
  }

  static Snapshot demo() {
    return CaseStudy.snapshot();
  }
}
