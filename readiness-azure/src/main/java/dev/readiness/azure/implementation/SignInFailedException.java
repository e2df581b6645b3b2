package dev.readiness.azure.implementation;

/** The credential could not produce a token; {@link FailureClass#SIGN_IN} of every call. */
public final class SignInFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A failure whose message says what the credential reported, on one line. */
  public SignInFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
