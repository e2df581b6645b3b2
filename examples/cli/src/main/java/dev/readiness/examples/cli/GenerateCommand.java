package dev.readiness.examples.cli;

import dev.readiness.api.Snapshot;
import dev.readiness.api.format.SnapshotWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code readiness generate}: writes the seeded synthetic tenant that {@code bench --resources N}
 * measures, so that anyone can reproduce a measurement or try the reports at scale.
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Writes a seeded synthetic tenant of about N resources as a snapshot file (format v1): the"
          + " tenant 'readiness bench --resources N --seed S' measures. All ids are fake."
    })
final class GenerateCommand implements Callable<Integer> {
  private final Console console;

  @Option(
      names = "--resources",
      required = true,
      paramLabel = "N",
      description = "About this many resources, 5000 a subscription.")
  int resources;

  @Option(names = "--seed", description = "The generator's seed (default ${DEFAULT-VALUE}).")
  long seed = BenchCommand.DEFAULT_SEED;

  @Option(names = "--output", required = true, paramLabel = "FILE", description = "Snapshot file.")
  Path output;

  GenerateCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    if (resources < 1) {
      throw new Exit.BadInput("--resources must be at least 1.");
    }
    Snapshot tenant = SyntheticSnapshots.tenant(resources, seed);
    try {
      SnapshotWriter.write(tenant, output);
    } catch (UncheckedIOException unwritable) {
      throw new Exit.CannotRun(unwritable.getMessage());
    }
    console
        .err()
        .println(
            "Wrote "
                + tenant.size()
                + " resources in "
                + tenant.subscriptions().size()
                + " subscriptions (seed "
                + seed
                + ") to "
                + output);
    return Exit.OK;
  }
}
