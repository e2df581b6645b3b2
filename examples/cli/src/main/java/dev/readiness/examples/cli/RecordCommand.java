package dev.readiness.examples.cli;

import dev.readiness.api.Snapshot;
import dev.readiness.api.format.SnapshotRecorder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code readiness record}: collect a tenant into a snapshot file. */
@Command(
    name = "record",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Collects a live tenant (read-only) into a snapshot file for later scans. Secrets are"
          + " removed before anything is written.",
      "With --anonymize, ids and names become keyed pseudonyms; set READINESS_ANONYMIZE_KEY (16"
          + " or more characters) to get the same pseudonyms in every recording."
    })
final class RecordCommand implements Callable<Integer> {
  static final String KEY_VARIABLE = "READINESS_ANONYMIZE_KEY";

  /** The file written into a directory given as {@code --output}. */
  static final String FILE_IN_DIRECTORY = "snapshot.json";

  private final Console console;

  @Option(names = "--live", required = true, description = "Collect from Azure now.")
  boolean live;

  @Mixin LiveOptions options;

  @Option(
      names = "--output",
      required = true,
      paramLabel = "FILE",
      description = "Snapshot file; an existing directory gets " + FILE_IN_DIRECTORY + ".")
  Path output;

  @Option(
      names = "--anonymize",
      description =
          "Replace every id and name (resources, people, e-mail addresses, tag values) with"
              + " keyed pseudonyms, wherever they appear.")
  boolean anonymize;

  RecordCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    SnapshotRecorder recorder =
        anonymize ? SnapshotRecorder.anonymizing(key()) : SnapshotRecorder.plain();
    // Decided and checked before collecting, so a wrong path costs no collection.
    Path file = Files.isDirectory(output) ? output.resolve(FILE_IN_DIRECTORY) : output;
    OutputFiles.checkWritable(file, "the snapshot");
    Snapshot snapshot =
        LiveCollection.collect(options, new Evaluation().engine().typesToCollect(), console);
    OutputFiles.write(file, "the snapshot", out -> recorder.write(snapshot, out));
    console
        .err()
        .println(
            "readiness: recorded "
                + Plural.count(snapshot.size(), "resource", "resources")
                + " in "
                + Plural.count(
                    snapshot.metadata().subscriptions().size(), "subscription", "subscriptions")
                + " with "
                + Plural.count(snapshot.coverage().gaps().size(), "coverage gap", "coverage gaps")
                + " to "
                + file);
    return Exit.OK;
  }

  private byte[] key() {
    String configured = console.environment().get(KEY_VARIABLE);
    if (configured == null) {
      byte[] random = new byte[32];
      new SecureRandom().nextBytes(random);
      return random;
    }
    byte[] key = configured.getBytes(StandardCharsets.UTF_8);
    if (key.length < 16) {
      throw new Exit.BadInput(KEY_VARIABLE + " must hold at least 16 characters.");
    }
    return key;
  }
}
