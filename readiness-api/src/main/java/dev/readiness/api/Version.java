package dev.readiness.api;

/** The library's version, as written into snapshots and reports. */
public final class Version {
  private Version() {}

  /** The version of this library, from the jar manifest, or {@code "dev"} when run from classes. */
  public static String current() {
    String version = Version.class.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }
}
