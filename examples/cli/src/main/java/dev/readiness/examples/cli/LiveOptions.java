package dev.readiness.examples.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Where and how to collect live, shared by {@code scan --live} and {@code record --live}. */
final class LiveOptions {
  @Option(names = "--tenant", paramLabel = "ID", description = "Entra tenant id to sign in to.")
  String tenant;

  @Option(
      names = "--subscription",
      paramLabel = "ID",
      description = "A subscription to collect (repeatable). Default: every readable one.")
  List<String> subscriptions = new ArrayList<>();

  @Option(
      names = "--management-group",
      paramLabel = "ID",
      description = "Collect every subscription under this management group.")
  String managementGroup;

  @Option(
      names = "--cloud",
      paramLabel = "NAME",
      description = "AzureCloud (default), AzureChinaCloud or AzureUSGovernment.")
  String cloud;

  @Option(
      names = "--arm-endpoint",
      paramLabel = "URL",
      description = "Resource Manager endpoint, overriding the cloud's.")
  String armEndpoint;

  @Option(
      names = "--graph-endpoint",
      paramLabel = "URL",
      description = "Microsoft Graph endpoint, overriding the cloud's.")
  String graphEndpoint;

  @Option(
      names = "--credential",
      paramLabel = "NAME",
      description =
          "How to sign in when READINESS_ACCESS_TOKEN is not set: default"
              + " (DefaultAzureCredential), azure-cli, or environment (AZURE_TENANT_ID,"
              + " AZURE_CLIENT_ID, AZURE_CLIENT_SECRET).")
  String credential;

  @Option(
      names = Logging.VERBOSE,
      description = "Also print the log lines of the collector and the Azure SDK.")
  boolean verbose;

  /** True when any live option was given. */
  boolean anyGiven() {
    return tenant != null
        || !subscriptions.isEmpty()
        || managementGroup != null
        || cloud != null
        || armEndpoint != null
        || graphEndpoint != null
        || credential != null;
  }
}
