package dev.readiness.azure.implementation;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * Why a call failed, decided in this one place from the HTTP status or the exception, and what
 * follows from it: whether another attempt can succeed, whether the endpoint itself is out of reach
 * (so no later call to it can succeed in this run either), and whether it is a denial.
 */
public enum FailureClass {
  /** Nothing listens at the endpoint's address and port. */
  CONNECTION_REFUSED("the connection was refused", false, true),
  /** The endpoint's host name does not resolve. */
  UNKNOWN_HOST("the host name could not be resolved", false, true),
  /** The TLS handshake failed: a wrong host, certificate or protocol. */
  TLS("the TLS connection failed", false, true),
  /** The credential could not produce a token: nothing can be read with it. */
  SIGN_IN("sign-in failed", false, true),
  /** No answer within the request timeout. */
  TIMEOUT("no answer within the request timeout", true, false),
  /** The connection broke (reset, closed early) before a complete answer. */
  CONNECTION_BROKEN("the connection closed before the answer", true, false),
  /** HTTP 401: the token was not accepted. */
  UNAUTHORIZED("HTTP 401", false, false),
  /** HTTP 403: a permission is missing. */
  FORBIDDEN("HTTP 403", false, false),
  /** HTTP 404: the thing asked for does not exist (any more). */
  NOT_FOUND("HTTP 404", false, false),
  /** HTTP 429: throttled; worth another attempt after the service's Retry-After. */
  THROTTLED("throttled (HTTP 429)", true, false),
  /** HTTP 5xx: the service failed; worth another attempt. */
  SERVER_ERROR("a server error", true, false),
  /** Another 4xx: the request itself is wrong, so repeating it cannot help. */
  CLIENT_ERROR("a client error", false, false),
  /** An answer arrived but cannot be used (malformed, incomplete, paging that never ends). */
  UNUSABLE_ANSWER("an unusable answer", false, false),
  /** Anything else the HTTP client threw. */
  OTHER("the call failed", false, false);

  private final String words;
  private final boolean retryable;
  private final boolean endpointUnreachable;

  FailureClass(String words, boolean retryable, boolean endpointUnreachable) {
    this.words = words;
    this.retryable = retryable;
    this.endpointUnreachable = endpointUnreachable;
  }

  /** The class of an HTTP answer with {@code status}, or {@code null} for a 2xx. */
  public static FailureClass of(int status) {
    if (status >= 200 && status < 300) {
      return null;
    }
    return switch (status) {
      case 401 -> UNAUTHORIZED;
      case 403 -> FORBIDDEN;
      case 404 -> NOT_FOUND;
      case 429 -> THROTTLED;
      default -> status >= 500 ? SERVER_ERROR : status >= 400 ? CLIENT_ERROR : OTHER;
    };
  }

  /**
   * The class of what the pipeline threw. The HTTP client wraps the cause it met in its own
   * exceptions, so the whole cause chain is read; the deepest recognised cause decides.
   */
  public static FailureClass of(Throwable error) {
    FailureClass found = OTHER;
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      FailureClass here = ofOne(t);
      if (here != null) {
        found = here;
      }
    }
    return found;
  }

  private static FailureClass ofOne(Throwable t) {
    if (t instanceof SignInFailedException) {
      return SIGN_IN;
    }
    if (t instanceof TimeoutException || t.getClass().getName().endsWith("TimeoutException")) {
      return TIMEOUT;
    }
    if (t instanceof UnknownHostException) {
      return UNKNOWN_HOST;
    }
    if (t instanceof ConnectException || t instanceof NoRouteToHostException) {
      // Netty reports a refused connection as its own ConnectException subclass, and a connect
      // timeout as a ConnectTimeoutException (caught above).
      return CONNECTION_REFUSED;
    }
    if (t instanceof SSLException) {
      return TLS;
    }
    if (t instanceof IOException) {
      return CONNECTION_BROKEN;
    }
    return null;
  }

  /** True when another attempt of the same call may succeed. */
  public boolean retryable() {
    return retryable;
  }

  /**
   * True when the endpoint cannot be reached or signed in to at all: every later call to it would
   * fail the same way, so none is made.
   */
  public boolean endpointUnreachable() {
    return endpointUnreachable;
  }

  /** True for 401 and 403, which make a coverage record DENIED rather than FAILED. */
  public boolean denial() {
    return this == UNAUTHORIZED || this == FORBIDDEN;
  }

  /** A few plain words for people, for example "the connection was refused". */
  public String words() {
    return words;
  }
}
