package dev.readiness.azure.implementation;

/** A request the collector refused to send because it is not a read. */
public final class ReadOnlyViolationException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  ReadOnlyViolationException(String method, String path) {
    super(
        "Refused "
            + method
            + " "
            + path
            + ": the collector only reads (GET, and POST to the Resource Graph query endpoint).");
  }
}
