package dev.readiness.examples.cli;

import dev.readiness.api.Snapshot;

/** Turns the chosen source (a file, the demo, or live collection) into a snapshot. */
final class Sources {
  private Sources() {}

  static Snapshot snapshot(SourceOptions source, LiveOptions live, Console console) {
    if (live.anyGiven() && !source.live) {
      throw new Exit.BadInput("--tenant, --subscription, --cloud and the endpoints need --live.");
    }
    if (source.snapshot != null) {
      return Inputs.snapshot(source.snapshot);
    }
    if (source.demo) {
      return demo();
    }
    return live(live, console);
  }

  static Snapshot demo() {
    throw new Exit.CannotRun("the demo snapshot is not bundled in this build yet.");
  }

  static Snapshot live(LiveOptions live, Console console) {
    throw new Exit.CannotRun("live collection is not available in this build yet.");
  }
}
