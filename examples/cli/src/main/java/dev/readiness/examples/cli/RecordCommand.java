package dev.readiness.examples.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code readiness record}: collect a tenant into a snapshot file. */
@Command(
    name = "record",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = "Collects a live tenant (read-only) into a snapshot file for later scans.")
final class RecordCommand implements Callable<Integer> {
  private final Console console;

  @Option(names = "--live", required = true, description = "Collect from Azure now.")
  boolean live;

  @Mixin LiveOptions options;

  @Option(names = "--output", required = true, paramLabel = "FILE", description = "Snapshot file.")
  Path output;

  @Option(
      names = "--anonymize",
      description = "Replace tenant, subscription and object ids and names with stable fakes.")
  boolean anonymize;

  RecordCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    Sources.live(options, console);
    return Exit.OK;
  }
}
