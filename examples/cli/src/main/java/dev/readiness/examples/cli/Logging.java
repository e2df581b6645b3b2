package dev.readiness.examples.cli;

import java.util.List;

/**
 * The command line prints its own words only: the libraries' log lines (the Azure SDK's, Netty's,
 * MSAL's, the collector's) are off unless {@code --verbose} is given. slf4j-simple reads its
 * settings once, when the first logger is made, so this runs before any command.
 */
final class Logging {
  static final String VERBOSE = "--verbose";

  private Logging() {}

  /** Configures slf4j-simple for {@code args}; a setting the user made with -D is kept. */
  static void configure(List<String> args) {
    boolean verbose = args.contains(VERBOSE);
    setUnlessGiven("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "info" : "off");
    if (verbose) {
      setUnlessGiven("org.slf4j.simpleLogger.log.dev.readiness", "debug");
    }
    setUnlessGiven("org.slf4j.simpleLogger.showThreadName", "false");
    setUnlessGiven("org.slf4j.simpleLogger.showShortLogName", "true");
    setUnlessGiven("org.slf4j.simpleLogger.logFile", "System.err");
  }

  private static void setUnlessGiven(String property, String value) {
    if (System.getProperty(property) == null) {
      System.setProperty(property, value);
    }
  }
}
