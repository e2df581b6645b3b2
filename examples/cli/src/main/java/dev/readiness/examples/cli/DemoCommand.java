package dev.readiness.examples.cli;

import dev.readiness.api.format.SnapshotWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code readiness demo}: writes the bundled case-study tenant as a snapshot file, so a user
 * without Azure has a file to scan, diff, edit and fix ({@code scan --snapshot FILE} then reports
 * what {@code scan --demo} does).
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the case-study tenant (THA-VM) as a format v1 snapshot, to try the other commands"
          + " without Azure.",
      "Without --output, the snapshot goes to standard output."
    })
final class DemoCommand implements Callable<Integer> {
  /** The name written into a directory given as {@code --output}. */
  static final String FILE_NAME = "snapshot.json";

  private final Console console;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "The file to write; given a directory, writes " + FILE_NAME + " in it.")
  Path output;

  DemoCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    if (output == null) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try {
        SnapshotWriter.write(Sources.demo(), bytes);
      } catch (IOException impossible) {
        throw new UncheckedIOException(impossible);
      }
      console.out().write(bytes.toString(StandardCharsets.UTF_8));
      return Exit.OK;
    }
    Path file = Files.isDirectory(output) ? output.resolve(FILE_NAME) : output;
    OutputFiles.checkWritable(file, "the snapshot");
    OutputFiles.write(file, "the snapshot", out -> SnapshotWriter.write(Sources.demo(), out));
    console.err().println("Wrote " + file + "; try: readiness scan --snapshot " + file);
    return Exit.OK;
  }
}
