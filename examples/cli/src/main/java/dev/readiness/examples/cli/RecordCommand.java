package dev.readiness.examples.cli;

import dev.readiness.api.Snapshot;
import dev.readiness.api.format.SnapshotRecorder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
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
    // Decided before collecting, so a wrong path costs no collection.
    Path file = target(output);
    Snapshot snapshot =
        LiveCollection.collect(options, new Evaluation().engine().requiredTypes(), console);
    try {
      recorder.write(snapshot, file);
    } catch (UncheckedIOException failed) {
      throw new Exit.BadInput("cannot write " + file + ": " + why(failed.getCause()) + ".");
    }
    console
        .err()
        .println(
            "readiness: recorded "
                + GapLines.count(snapshot.size(), "resource")
                + " in "
                + GapLines.count(snapshot.metadata().subscriptions().size(), "subscription")
                + " with "
                + GapLines.count(snapshot.coverage().gaps().size(), "coverage gap")
                + " to "
                + file);
    return Exit.OK;
  }

  /**
   * The file to write: {@code output} itself, or {@code snapshot.json} in it when it is a
   * directory. Its parent must be a directory or creatable; a directory is never replaced.
   */
  static Path target(Path output) {
    Path file = Files.isDirectory(output) ? output.resolve(FILE_IN_DIRECTORY) : output;
    if (Files.isDirectory(file)) {
      throw new Exit.BadInput(
          "cannot write " + file + ": it is a directory; give a file name for --output.");
    }
    Path parent = file.toAbsolutePath().getParent();
    for (Path up = parent; up != null; up = up.getParent()) {
      if (Files.exists(up)) {
        if (!Files.isDirectory(up)) {
          throw new Exit.BadInput("cannot write " + file + ": " + up + " is not a directory.");
        }
        break;
      }
    }
    return file;
  }

  /** The reason in words: a file system exception's message is often the path alone. */
  private static String why(IOException failure) {
    if (failure instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (failure instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
      return fileSystem.getReason();
    }
    return failure.getMessage();
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
