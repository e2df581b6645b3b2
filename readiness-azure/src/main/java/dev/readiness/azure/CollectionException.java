package dev.readiness.azure;

import java.util.Objects;

/**
 * A collection that could not start: Resource Manager cannot be reached (the connection is refused,
 * the host name does not resolve, TLS fails) or the credential cannot sign in. Every other failure
 * of a call is a coverage gap in the snapshot, not an exception.
 */
public final class CollectionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why nothing could be collected. */
  public enum Reason {
    /** The credential produced no token. */
    SIGN_IN,
    /** The endpoint could not be reached; the message names its host and port. */
    UNREACHABLE
  }

  private final Reason reason;

  /** An exception for {@code reason}; {@code message} is one line for people. */
  public CollectionException(Reason reason, String message) {
    super(Objects.requireNonNull(message, "'message' cannot be null."));
    this.reason = Objects.requireNonNull(reason, "'reason' cannot be null.");
  }

  /** Why nothing could be collected. */
  public Reason reason() {
    return reason;
  }
}
