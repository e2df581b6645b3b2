package dev.readiness.examples.cli;

import dev.readiness.api.Snapshot;
import dev.readiness.testkit.fakeazure.FakeAzure;
import dev.readiness.testkit.fakeazure.Fault;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code readiness fake-azure}: serves a snapshot on loopback the way Azure serves a tenant, so
 * {@code record --live} and {@code scan --live} can be tried end to end without an Azure account.
 */
@Command(
    name = "fake-azure",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Serves a snapshot on the loopback address as Azure Resource Manager, Resource Graph,"
          + " Microsoft Graph and Key Vault serve a tenant, until stopped (Ctrl+C).",
      "Point record --live or scan --live at it with --arm-endpoint and --graph-endpoint and any"
          + " token in READINESS_ACCESS_TOKEN."
    })
final class FakeAzureCommand implements Callable<Integer> {
  private final Console console;

  @Option(
      names = "--snapshot",
      paramLabel = "FILE",
      description = "The snapshot to serve (format v1, ARM JSON array or PSRule export).")
  Path snapshot;

  @Option(names = "--demo", description = "Serve the bundled case-study tenant (THA-VM).")
  boolean demo;

  @Option(
      names = "--port",
      paramLabel = "N",
      description =
          "Resource Manager on loopback port N, Microsoft Graph on N+1, Key Vault on N+2."
              + " Default: free ports.")
  int port;

  @Option(
      names = "--deny",
      paramLabel = "TYPE",
      description =
          "Answer 403 for every read of this resource type, as Azure does for a missing"
              + " permission (repeatable).")
  List<String> denied = new ArrayList<>();

  @Option(
      names = "--unthrottled",
      description = "Do not throttle (by default ARM's and Resource Graph's limits apply).")
  boolean unthrottled;

  FakeAzureCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws InterruptedException {
    if ((snapshot == null) == !demo) {
      throw new Exit.BadInput("give --snapshot FILE or --demo.");
    }
    Snapshot served = demo ? Sources.demo() : Inputs.snapshot(snapshot, console);
    FakeAzure.Builder builder = FakeAzure.builder().snapshot(served);
    try {
      builder.port(port);
    } catch (IllegalArgumentException outOfRange) {
      throw new Exit.BadInput("--port " + port + ": " + outOfRange.getMessage());
    }
    if (unthrottled) {
      builder.unthrottled();
    }
    for (String type : denied) {
      try {
        builder.fault(Fault.forbidden().onType(type));
      } catch (IllegalArgumentException notAType) {
        throw new Exit.BadInput("--deny '" + type + "': " + notAType.getMessage());
      }
    }
    FakeAzure azure;
    try {
      azure = builder.start();
    } catch (UncheckedIOException bindFailed) {
      throw new Exit.CannotRun(
          "cannot listen on the loopback ports from "
              + port
              + ": "
              + bindFailed.getCause().getMessage()
              + ".");
    }
    try (azure) {
      console.out().println(describe(azure, served));
      console.out().flush();
      new CountDownLatch(1).await();
    }
    return Exit.OK;
  }

  private static String describe(FakeAzure azure, Snapshot served) {
    return String.join(
        System.lineSeparator(),
        "FakeAzure serves "
            + Plural.count(served.size(), "resource", "resources")
            + " of tenant '"
            + served.metadata().tenantId().orElse("")
            + "' on loopback:",
        "  Resource Manager and Resource Graph  " + azure.armEndpoint(),
        "  Microsoft Graph                      " + azure.graphEndpoint(),
        "  Key Vault                            " + azure.keyVaultEndpoint(),
        "Try it (any token will do):",
        "  READINESS_ACCESS_TOKEN=fake readiness record --live --arm-endpoint "
            + azure.armEndpoint()
            + " --graph-endpoint "
            + azure.graphEndpoint()
            + " --output tenant.json",
        "Stop with Ctrl+C.");
  }
}
