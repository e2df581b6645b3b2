package dev.readiness.rules.checklist;

/** The part of the checklist an option tunes; each has one options record its rules take. */
public enum OptionArea {
  /** {@link LoggingOptions}: what logs must exist, where, and for how long. */
  LOGGING("Logging and monitoring"),
  /** {@link IdentityOptions}: privileged roles, break-glass accounts and assignment limits. */
  IDENTITY("Identity and access"),
  /** {@link DataProtectionOptions}: encryption, key rotation and disk evidence. */
  DATA_PROTECTION("Data protection"),
  /** {@link NetworkOptions}: which ports count as remote management. */
  NETWORK("Network security"),
  /** How findings read; every area's record carries these. */
  REPORTING("Reporting");

  private final String title;

  OptionArea(String title) {
    this.title = title;
  }

  /** The area's name as the docs print it. */
  public String title() {
    return title;
  }
}
