package dev.readiness.examples.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Exactly one place a scan reads the tenant from. */
final class SourceOptions {
  @Option(
      names = "--snapshot",
      paramLabel = "FILE",
      description =
          "A snapshot file: format v1, an ARM JSON array (az graph query output) or a PSRule for"
              + " Azure export, detected by content; - reads standard input.")
  Path snapshot;

  @Option(names = "--demo", description = "The bundled case-study tenant (THA-VM).")
  boolean demo;

  @Option(
      names = "--live",
      description =
          "Collect from Azure now (read-only). Token from READINESS_ACCESS_TOKEN, else"
              + " DefaultAzureCredential.")
  boolean live;
}
