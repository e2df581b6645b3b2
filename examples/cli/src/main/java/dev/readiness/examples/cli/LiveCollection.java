package dev.readiness.examples.cli;

import dev.readiness.api.ResourceType;
import dev.readiness.api.Snapshot;
import dev.readiness.azure.AzureCloud;
import dev.readiness.azure.CollectionException;
import dev.readiness.azure.CollectionListener;
import dev.readiness.azure.CollectionPhase;
import dev.readiness.azure.CollectionProgress;
import dev.readiness.azure.CollectionScope;
import dev.readiness.azure.Collector;
import dev.readiness.azure.CollectorBuilder;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Live collection for {@code scan --live} and {@code record --live}. The only class of the command
 * line that touches the Azure SDK, so other commands never load it.
 */
final class LiveCollection {
  /** A bearer token to use as is, for pipelines that already hold one, and for test servers. */
  static final String TOKEN_VARIABLE = Credentials.TOKEN_VARIABLE;

  private LiveCollection() {}

  /**
   * Collects {@code types} and prints one line per cause of its coverage gaps on standard error.
   *
   * @throws Exit.CannotRun when sign-in fails, the endpoint cannot be reached, or no subscription
   *     was readable
   */
  static Snapshot collect(LiveOptions options, Set<ResourceType> types, Console console) {
    AzureCloud cloud = cloud(options);
    Credentials.Chosen credential =
        Credentials.choose(options.credential, console.environment(), cloud);
    CollectorBuilder builder =
        Collector.builder()
            .types(types)
            .cloud(cloud)
            .scope(scope(options))
            .credential(credential.credential());
    if (options.tenant != null) {
      builder.tenantId(options.tenant);
    }
    if (console.stderrIsTerminal()) {
      builder.listener(new ProgressBar(console));
    }
    Snapshot snapshot;
    try {
      snapshot = builder.build().collect();
    } catch (CollectionException failed) {
      throw new Exit.CannotRun(
          failed.reason() == CollectionException.Reason.SIGN_IN
              ? "cannot sign in with "
                  + credential.name()
                  + ": "
                  + failed.getMessage().replaceFirst("^sign-in failed: ", "")
                  + ". Sign in with 'az login' (--credential azure-cli) or set "
                  + TOKEN_VARIABLE
                  + "."
              : failed.getMessage() + ".");
    }
    for (String line : GapLines.of(snapshot.coverage().gaps())) {
      console.err().println("readiness: " + line);
    }
    if (snapshot.metadata().subscriptions().isEmpty()) {
      throw new Exit.CannotRun(
          "no subscription was readable; check the principal's Reader role and the scope.");
    }
    return snapshot;
  }

  private static CollectionScope scope(LiveOptions options) {
    if (options.managementGroup != null && !options.subscriptions.isEmpty()) {
      throw new Exit.BadInput("give --subscription or --management-group, not both.");
    }
    if (options.managementGroup != null) {
      return CollectionScope.managementGroups(java.util.List.of(options.managementGroup));
    }
    return options.subscriptions.isEmpty()
        ? CollectionScope.tenant()
        : CollectionScope.subscriptions(options.subscriptions);
  }

  private static AzureCloud cloud(LiveOptions options) {
    AzureCloud base =
        switch (options.cloud == null ? "azurecloud" : options.cloud.toLowerCase(Locale.ROOT)) {
          case "azurecloud", "public" -> AzureCloud.PUBLIC;
          case "azurechinacloud", "china" -> AzureCloud.CHINA;
          case "azureusgovernment", "usgovernment" -> AzureCloud.US_GOVERNMENT;
          default ->
              throw new Exit.BadInput(
                  "Unknown --cloud '"
                      + options.cloud
                      + "'; expected AzureCloud, AzureChinaCloud or AzureUSGovernment.");
        };
    if (options.armEndpoint == null && options.graphEndpoint == null) {
      return base;
    }
    try {
      return AzureCloud.custom(
          base.name(),
          options.armEndpoint == null
              ? base.resourceManagerEndpoint()
              : URI.create(options.armEndpoint),
          options.graphEndpoint == null ? base.graphEndpoint() : URI.create(options.graphEndpoint),
          base.loginEndpoint());
    } catch (IllegalArgumentException invalid) {
      throw new Exit.BadInput(invalid.getMessage());
    }
  }

  /** One line on standard error, redrawn in place as calls finish. */
  private static final class ProgressBar implements CollectionListener {
    private static final int WIDTH = 30;
    private final Console console;

    ProgressBar(Console console) {
      this.console = console;
    }

    @Override
    public void phaseStarted(CollectionPhase phase, CollectionProgress progress) {
      draw(progress);
    }

    @Override
    public void callFinished(CollectionProgress progress) {
      draw(progress);
    }

    @Override
    public void finished(CollectionProgress progress) {
      draw(progress);
      synchronized (console) {
        console.err().println();
        console.err().flush();
      }
    }

    private void draw(CollectionProgress progress) {
      int planned = Math.max(1, progress.callsPlanned());
      int filled = Math.min(WIDTH, WIDTH * progress.callsDone() / planned);
      String line =
          String.format(
              "\r[%s%s] %d/%d calls · %s · %d throttled · %d gaps ",
              "#".repeat(filled),
              ".".repeat(WIDTH - filled),
              progress.callsDone(),
              progress.callsPlanned(),
              progress.phase().toString().toLowerCase(Locale.ROOT),
              progress.throttledWaits(),
              progress.gaps());
      synchronized (console) {
        console.err().print(line);
        console.err().flush();
      }
    }
  }
}
