package dev.readiness.azure.implementation;

import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpPipeline;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.util.Context;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends reads through an azure-core pipeline and survives throttling: a token bucket per
 * subscription shared by every thread, Resource Graph's per-user quota, {@code Retry-After} on 429,
 * and bounded exponential backoff with jitter on what {@link FailureClass#retryable()} says may
 * succeed on another attempt (5xx, timeouts, broken connections). An endpoint that cannot be
 * reached (refused, unknown host, TLS, sign-in) is not asked again in this transport's life. A call
 * that still fails comes back as a {@link RestResponse} the caller turns into a coverage gap;
 * nothing is thrown for it.
 */
public final class RestTransport {
  private static final HttpHeaderName REMAINING_READS =
      HttpHeaderName.fromString("x-ms-ratelimit-remaining-subscription-reads");
  private static final HttpHeaderName QUOTA_REMAINING =
      HttpHeaderName.fromString("x-ms-user-quota-remaining");
  private static final HttpHeaderName QUOTA_RESETS_AFTER =
      HttpHeaderName.fromString("x-ms-user-quota-resets-after");
  private static final HttpHeaderName RETRY_AFTER_MS = HttpHeaderName.fromString("retry-after-ms");
  private static final HttpHeaderName X_MS_RETRY_AFTER_MS =
      HttpHeaderName.fromString("x-ms-retry-after-ms");
  private static final Pattern SUBSCRIPTION_PATH =
      Pattern.compile("^/subscriptions/([^/]+)", Pattern.CASE_INSENSITIVE);
  private static final String RESOURCE_GRAPH_SCOPE = "Resource Graph";

  private final Function<String, HttpPipeline> pipelines;
  private final TransportOptions options;
  private final TimeSource time;
  private final TransportListener listener;
  private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
  private final Map<String, RestResponse> unreachable = new ConcurrentHashMap<>();
  private final Random jitter;
  private long resourceGraphBlockedUntil = Long.MIN_VALUE;

  /**
   * A transport that sends each URL through the pipeline {@code pipelines} picks for it; each
   * pipeline must hold the read-only and token policies.
   */
  public RestTransport(
      Function<String, HttpPipeline> pipelines,
      TransportOptions options,
      TimeSource time,
      TransportListener listener) {
    this.pipelines = pipelines;
    this.options = options;
    this.time = time;
    this.listener = listener;
    this.jitter = new Random(options.jitterSeed());
  }

  /** GETs {@code url}. */
  public RestResponse get(String url) {
    return send(HttpMethod.GET, url, null);
  }

  /** POSTs a Resource Graph query {@code body} to {@code url}. */
  public RestResponse postResourceGraph(String url, String body) {
    return send(HttpMethod.POST, url, body);
  }

  private RestResponse send(HttpMethod method, String url, String body) {
    URL parsed = toUrl(url);
    String request = method + " " + parsed.getPath();
    String endpoint = endpointOf(parsed);
    RestResponse down = unreachable.get(endpoint);
    if (down != null) {
      // The endpoint was out of reach earlier in this run: asking again would only fail the same.
      return new RestResponse(0, "", request, down.failure(), down.failureClass());
    }
    boolean resourceGraph = method == HttpMethod.POST;
    String subscription = subscriptionOf(parsed.getPath());
    RestResponse last = null;
    for (int attempt = 0; attempt <= options.maxRetries(); attempt++) {
      try {
        pace(resourceGraph, subscription);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        return new RestResponse(0, "", request, "interrupted", FailureClass.OTHER);
      }
      try {
        listener.sent(request);
        HttpRequest httpRequest = new HttpRequest(method, parsed);
        if (body != null) {
          httpRequest.setHeader(HttpHeaderName.CONTENT_TYPE, "application/json");
          httpRequest.setBody(body.getBytes(StandardCharsets.UTF_8));
        }
        try (HttpResponse response = pipelines.apply(url).sendSync(httpRequest, Context.NONE)) {
          observe(response, resourceGraph, subscription);
          last = RestResponse.answer(response.getStatusCode(), bodyOf(response), request);
          if (last.failureClass() == FailureClass.THROTTLED) {
            Duration retryAfter = retryAfter(response).orElse(backoff(attempt));
            if (retryAfter.compareTo(options.maxDelay()) > 0) {
              return new RestResponse(
                  last.status(),
                  last.body(),
                  request,
                  "throttled; Retry-After " + retryAfter.toSeconds() + "s exceeds the limit",
                  FailureClass.THROTTLED);
            }
            waitFor(subscriptionOrGraph(resourceGraph, subscription), retryAfter, "HTTP 429");
            continue;
          }
          if (last.failureClass() == null || !last.failureClass().retryable()) {
            return last;
          }
        }
      } catch (ReadOnlyViolationException refused) {
        throw refused;
      } catch (RuntimeException error) {
        FailureClass kind = FailureClass.of(error);
        last = new RestResponse(0, "", request, describe(error, kind, endpoint), kind);
        if (!kind.retryable()) {
          if (kind.endpointUnreachable()) {
            unreachable.putIfAbsent(endpoint, last);
          }
          return last;
        }
      }
      if (attempt < options.maxRetries()) {
        waitFor(subscriptionOrGraph(resourceGraph, subscription), backoff(attempt), reason(last));
      }
    }
    return new RestResponse(
        last.status(),
        last.body(),
        request,
        "gave up after " + (options.maxRetries() + 1) + " attempts: " + reason(last),
        last.failureClass());
  }

  private static String reason(RestResponse failed) {
    if (failed.failure() != null) {
      return failed.failure();
    }
    return failed.failureClass() == FailureClass.THROTTLED
        ? FailureClass.THROTTLED.words()
        : "HTTP " + failed.status();
  }

  /** The endpoint's {@code host:port}, the unit that is reachable or not. */
  private static String endpointOf(URL url) {
    int port = url.getPort() == -1 ? url.getDefaultPort() : url.getPort();
    return url.getHost() + ":" + port;
  }

  private static String subscriptionOrGraph(boolean resourceGraph, String subscription) {
    return resourceGraph ? RESOURCE_GRAPH_SCOPE : subscription == null ? "tenant" : subscription;
  }

  private void pace(boolean resourceGraph, String subscription) throws InterruptedException {
    Duration wait;
    if (resourceGraph) {
      synchronized (this) {
        long now = time.nanoTime();
        wait =
            resourceGraphBlockedUntil > now
                ? Duration.ofNanos(resourceGraphBlockedUntil - now)
                : Duration.ZERO;
      }
      if (!wait.isZero()) {
        listener.waiting(RESOURCE_GRAPH_SCOPE, wait, "Resource Graph user quota");
        time.sleep(wait);
      }
    } else if (subscription != null) {
      wait = bucket(subscription).take(time.nanoTime());
      if (!wait.isZero()) {
        listener.waiting(subscription, wait, "subscription read budget");
        time.sleep(wait);
      }
    }
  }

  private TokenBucket bucket(String subscription) {
    return buckets.computeIfAbsent(
        subscription.toLowerCase(Locale.ROOT),
        s -> new TokenBucket(options.bucketCapacity(), options.refillPerSecond(), time.nanoTime()));
  }

  private void observe(HttpResponse response, boolean resourceGraph, String subscription) {
    if (resourceGraph) {
      String remaining = response.getHeaderValue(QUOTA_REMAINING);
      String resetsAfter = response.getHeaderValue(QUOTA_RESETS_AFTER);
      if (remaining != null && resetsAfter != null && parseLong(remaining) <= 0) {
        Duration reset = parseHms(resetsAfter);
        synchronized (this) {
          resourceGraphBlockedUntil = time.nanoTime() + reset.toNanos();
        }
      }
    } else if (subscription != null) {
      String remaining = response.getHeaderValue(REMAINING_READS);
      if (remaining != null && parseLong(remaining) >= 0) {
        bucket(subscription).observeRemaining(parseLong(remaining), time.nanoTime());
      }
    }
  }

  private void waitFor(String scope, Duration wait, String reason) {
    listener.waiting(scope, wait, reason);
    try {
      time.sleep(wait);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** Exponential backoff with jitter: between half and all of {@code base * 2^attempt}, capped. */
  private Duration backoff(int attempt) {
    long ceiling =
        Math.min(
            options.maxDelay().toMillis(),
            options.baseDelay().toMillis() * (1L << Math.min(attempt, 20)));
    double factor;
    synchronized (jitter) {
      factor = 0.5 + jitter.nextDouble() / 2;
    }
    return Duration.ofMillis(Math.max(1, (long) (ceiling * factor)));
  }

  static Optional<Duration> retryAfter(HttpResponse response) {
    for (HttpHeaderName millisHeader : new HttpHeaderName[] {RETRY_AFTER_MS, X_MS_RETRY_AFTER_MS}) {
      String millis = response.getHeaderValue(millisHeader);
      if (millis != null && parseLong(millis) >= 0) {
        return Optional.of(Duration.ofMillis(parseLong(millis)));
      }
    }
    String value = response.getHeaderValue(HttpHeaderName.RETRY_AFTER);
    if (value == null) {
      return Optional.empty();
    }
    if (parseLong(value) >= 0) {
      return Optional.of(Duration.ofSeconds(parseLong(value)));
    }
    try {
      ZonedDateTime at = ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration until = Duration.between(ZonedDateTime.now(at.getZone()), at);
      return Optional.of(until.isNegative() ? Duration.ZERO : until);
    } catch (DateTimeParseException unreadable) {
      return Optional.empty();
    }
  }

  /** Parses Resource Graph's {@code hh:mm:ss}; an unreadable value waits one second. */
  static Duration parseHms(String value) {
    Matcher m = Pattern.compile("(\\d+):(\\d{1,2}):(\\d{1,2})(?:\\.\\d+)?").matcher(value.strip());
    if (!m.matches()) {
      return Duration.ofSeconds(1);
    }
    return Duration.ofHours(Long.parseLong(m.group(1)))
        .plusMinutes(Long.parseLong(m.group(2)))
        .plusSeconds(Long.parseLong(m.group(3)));
  }

  private static long parseLong(String value) {
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException notANumber) {
      return -1;
    }
  }

  private static String subscriptionOf(String path) {
    Matcher m = SUBSCRIPTION_PATH.matcher(path);
    return m.find() ? m.group(1) : null;
  }

  private static String bodyOf(HttpResponse response) {
    byte[] bytes = response.getBodyAsBinaryData().toBytes();
    return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
  }

  /**
   * What went wrong, in the words a report's reader needs: the HTTP client's exception classes
   * ("PrematureCloseException") name its internals, not what failed. A failure of the endpoint
   * itself names the endpoint.
   */
  static String describe(Throwable error, FailureClass kind, String endpoint) {
    String words = describe(error);
    return kind.endpointUnreachable() && kind != FailureClass.SIGN_IN
        ? "cannot reach " + endpoint + ": " + words
        : words;
  }

  /** {@link FailureClass#words()} with the detail of the deepest cause where it helps. */
  static String describe(Throwable error) {
    FailureClass kind = FailureClass.of(error);
    Throwable root = error;
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      root = t;
      if (t instanceof SignInFailedException) {
        break;
      }
    }
    String detail = root.getMessage() == null ? "" : " (" + oneLine(root.getMessage()) + ")";
    return switch (kind) {
      case TIMEOUT, CONNECTION_BROKEN -> kind.words();
      case SIGN_IN -> kind.words() + ": " + oneLine(root.getMessage());
      default -> kind.words() + detail;
    };
  }

  private static String oneLine(String text) {
    String line = text.strip().lines().findFirst().orElse("");
    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
  }

  /**
   * The URL with every non-ASCII character percent-encoded as UTF-8: resource group and resource
   * names may hold letters such as 'ü', and a request line must be ASCII (RFC 3986 section 2.5).
   * Resource group names may hold "Unicode characters that match the allowed characters":
   * https://learn.microsoft.com/dotnet/api/azure.provisioning.resources.resourcegroup.name
   */
  private static URL toUrl(String url) {
    try {
      URI ascii = URI.create(URI.create(url).toASCIIString());
      if (ascii.getPort() >= 0 && ascii.getPort() < 10) {
        // The HTTP client (reactor-netty) reads a port only when it has two to five digits, and
        // takes "127.0.0.1:9" whole for a host name, then fails on it as an IPv6 literal. URL
        // keeps the authority as written, so a leading zero gives the same port in two digits.
        ascii =
            URI.create(
                ascii
                    .toString()
                    .replaceFirst(
                        "^([a-zA-Z][a-zA-Z0-9+.-]*://[^/?#]*):" + ascii.getPort() + "(?=[/?#]|$)",
                        "$1:0" + ascii.getPort()));
      }
      return ascii.toURL();
    } catch (MalformedURLException | IllegalArgumentException malformed) {
      throw new IllegalArgumentException("Not a valid URL: " + url, malformed);
    }
  }
}
