package dev.readiness.examples.cli;

import dev.readiness.api.Attestations;
import dev.readiness.api.RuleMetadata;
import dev.readiness.api.Snapshot;
import dev.readiness.api.format.AttestationReader;
import dev.readiness.api.format.SnapshotReader;
import dev.readiness.api.format.WaiverReader;
import dev.readiness.api.report.Waivers;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the input files of the commands. Bad input raises the readers' own exceptions, whose
 * one-line messages name the file, line and column; {@link Main} turns them into exit code 2. A
 * snapshot that was read but had items skipped is no error: the one line naming them goes to
 * standard error, and the gaps they left make the findings that depend on them UNKNOWN.
 */
final class Inputs {
  private Inputs() {}

  /** The name {@code --snapshot} takes for standard input, as most command-line tools do. */
  static final String STANDARD_INPUT = "-";

  /**
   * The snapshot in {@code file}, or on standard input when {@code file} is {@code -}. Standard
   * input is read as a stream, never by seeking, so a pipe works as well as a redirected file; an
   * import read from it is stamped with the current time, having no file time of its own.
   */
  static Snapshot snapshot(Path file, Console console) {
    java.util.function.Consumer<String> notices =
        skipped -> console.err().println("readiness: " + skipped);
    if (file.toString().equals(STANDARD_INPUT)) {
      return SnapshotReader.read(console.in(), "standard input", Instant.now(), notices);
    }
    return SnapshotReader.read(file, notices);
  }

  /**
   * Reads waiver and attestation files, checking their rule ids against the available rules: an
   * entry that applies to nothing (an id no rule has, an attestation for a rule that takes none) is
   * a warning with its place, or, with {@code --strict}, bad input once every file has been read,
   * so all of them are named at once.
   */
  static final class RuleIds {
    private final Console console;
    private final boolean strict;
    private final List<RuleMetadata> rules = RulesCommand.catalogue();
    private final List<String> inapplicable = new ArrayList<>();

    RuleIds(Console console, boolean strict) {
      this.console = console;
      this.strict = strict;
    }

    Attestations attestations(Path file) {
      return AttestationReader.read(file, rules, this::inapplicable);
    }

    Waivers waivers(Path file) {
      return WaiverReader.read(file, rules, this::inapplicable);
    }

    private void inapplicable(String warning) {
      inapplicable.add(warning);
      console.err().println("readiness: " + (strict ? "" : "warning: ") + warning);
    }

    /** With {@code --strict}, an entry that applies to nothing is bad input: exit 2. */
    void failIfStrict() {
      if (strict && !inapplicable.isEmpty()) {
        throw new Exit.BadInput(
            Plural.count(
                    inapplicable.size(),
                    "entry that applies to nothing",
                    "entries that apply to nothing")
                + " in the files above; --strict refuses them.");
      }
    }
  }
}
