package dev.readiness.azure.implementation;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpPipelineCallContext;
import com.azure.core.http.HttpPipelineNextPolicy;
import com.azure.core.http.HttpPipelineNextSyncPolicy;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.http.policy.HttpPipelinePolicy;
import java.net.URL;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Objects;
import reactor.core.publisher.Mono;

/**
 * Attaches a bearer token for one audience. Unlike azure-core's own policy it also serves a
 * loopback test server over plain http, and it refuses every other plain-http host, so a token
 * never crosses a network unencrypted.
 */
public final class BearerTokenPolicy implements HttpPipelinePolicy {
  /** A token this close to expiry is renewed before use. */
  private static final Duration RENEW_BEFORE = Duration.ofMinutes(5);

  private final TokenCredential credential;
  private final TokenRequestContext request;
  private AccessToken cached;

  /**
   * A policy that asks {@code credential} for tokens for {@code scope}, for example {@code
   * https://management.azure.com/.default}.
   */
  public BearerTokenPolicy(TokenCredential credential, String scope) {
    this.credential = Objects.requireNonNull(credential, "'credential' cannot be null.");
    this.request = new TokenRequestContext().addScopes(scope);
  }

  @Override
  public Mono<HttpResponse> process(HttpPipelineCallContext context, HttpPipelineNextPolicy next) {
    return Mono.fromCallable(
            () -> {
              authorize(context.getHttpRequest());
              return context;
            })
        .flatMap(ignored -> next.process());
  }

  @Override
  public HttpResponse processSync(
      HttpPipelineCallContext context, HttpPipelineNextSyncPolicy next) {
    authorize(context.getHttpRequest());
    return next.processSync();
  }

  private void authorize(HttpRequest httpRequest) {
    URL url = httpRequest.getUrl();
    if (!"https".equalsIgnoreCase(url.getProtocol()) && !isLoopback(url.getHost())) {
      throw new IllegalStateException(
          "Refused to send a token over "
              + url.getProtocol()
              + " to '"
              + url.getHost()
              + "': tokens go only over https, or to a loopback test server.");
    }
    httpRequest.setHeader(HttpHeaderName.AUTHORIZATION, "Bearer " + token().getToken());
  }

  private synchronized AccessToken token() {
    if (cached == null
        || cached.getExpiresAt().minus(RENEW_BEFORE).isBefore(OffsetDateTime.now())) {
      AccessToken fresh;
      try {
        fresh = credential.getTokenSync(request);
      } catch (RuntimeException refused) {
        // Whatever the credential throws (unavailable, refused, a chain that found nothing) means
        // the same for the collection: no call can be made with it.
        throw new SignInFailedException(
            refused.getMessage() == null
                ? refused.getClass().getSimpleName()
                : refused.getMessage(),
            refused);
      }
      if (fresh == null) {
        throw new SignInFailedException(
            "the credential returned no token for " + request.getScopes(), null);
      }
      cached = fresh;
    }
    return cached;
  }

  /**
   * True for the literal loopback hosts {@code localhost}, {@code 127.0.0.0/8} and {@code ::1}.
   * Names are not resolved, so no DNS answer can turn a remote host into a "loopback" one.
   */
  public static boolean isLoopback(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    if (h.equals("localhost") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1")) {
      return true;
    }
    String[] octets = h.split("\\.", -1);
    if (octets.length != 4 || !octets[0].equals("127")) {
      return false;
    }
    for (String octet : octets) {
      if (!octet.matches("\\d{1,3}") || Integer.parseInt(octet) > 255) {
        return false;
      }
    }
    return true;
  }
}
