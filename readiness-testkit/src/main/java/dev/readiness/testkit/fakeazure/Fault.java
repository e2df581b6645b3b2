package dev.readiness.testkit.fakeazure;

import dev.readiness.api.ResourceId;
import dev.readiness.api.ResourceType;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A failure {@link FakeAzure} injects into the requests it selects: an HTTP error, throttling, a
 * delay, a dropped connection, a broken body or paging that never ends. Immutable; each {@code
 * on...} method narrows the selection and returns a new fault.
 *
 * <pre>{@code
 * FakeAzure.builder()
 *     .snapshot(snapshot)
 *     .fault(Fault.serverError(503).onType("Microsoft.Insights/diagnosticSettings").times(2))
 *     .fault(Fault.forbidden().onScope("/subscriptions/00000000-0000-0000-0000-000000000002"))
 *     .fault(Fault.connectionReset().fraction(0.05))
 *     .start();
 * }</pre>
 *
 * <p>A request is selected when it matches every condition given: the service, a path pattern, a
 * scope (the request reads that id or something below it; a Resource Graph query matches when one
 * of its subscriptions lies in the scope), a resource type (read, listed or queried), or one exact
 * resource id. {@link #times(int)} limits the fault to the first matching requests and {@link
 * #fraction(double)} to a seeded share of them. Faults are tried in the order they were added:
 * every selected {@linkplain #delay(Duration) delay} adds up, and the first other selected fault
 * decides the answer.
 */
public final class Fault {
  /** What the fault does to a selected request. */
  enum Kind {
    STATUS,
    THROTTLED,
    FORBIDDEN,
    NOT_FOUND,
    DELAY,
    CONNECTION_RESET,
    TRUNCATED_BODY,
    MALFORMED_BODY,
    ENDLESS_PAGING,
    IDS_WITHOUT_LEADING_SLASH,
    IDS_IN_ANOTHER_SUBSCRIPTION,
    ITEMS_WITHOUT_ID
  }

  /** The subscription {@link #idsInAnotherSubscription()} names instead of the real one. */
  public static final String ANOTHER_SUBSCRIPTION = "00000000-0000-0000-0000-00000000ffff";

  private final Kind kind;
  private final int status;
  private final Duration duration;
  private final AzureService service;
  private final Pattern path;
  private final ResourceId scope;
  private final ResourceType type;
  private final ResourceId resource;
  private final int times;
  private final double fraction;

  private Fault(
      Kind kind,
      int status,
      Duration duration,
      AzureService service,
      Pattern path,
      ResourceId scope,
      ResourceType type,
      ResourceId resource,
      int times,
      double fraction) {
    this.kind = kind;
    this.status = status;
    this.duration = duration;
    this.service = service;
    this.path = path;
    this.scope = scope;
    this.type = type;
    this.resource = resource;
    this.times = times;
    this.fraction = fraction;
  }

  private static Fault of(Kind kind, int status, Duration duration) {
    return new Fault(kind, status, duration, null, null, null, null, null, -1, 1.0);
  }

  /**
   * Answers with server error {@code status} (500, 502, 503, 504...) and an error body in the
   * service's style.
   *
   * @throws IllegalArgumentException when {@code status} is not between 500 and 599
   */
  public static Fault serverError(int status) {
    if (status < 500 || status > 599) {
      throw new IllegalArgumentException(
          "'status' must be a server error between 500 and 599, not " + status + ".");
    }
    return of(Kind.STATUS, status, null);
  }

  /** Answers 429 Too Many Requests with a {@code Retry-After} header of {@code retryAfter}. */
  public static Fault throttled(Duration retryAfter) {
    requireNotNegative(retryAfter, "retryAfter");
    return of(Kind.THROTTLED, 429, retryAfter);
  }

  /** Answers 429 Too Many Requests without a {@code Retry-After} header. */
  public static Fault throttledWithoutRetryAfter() {
    return of(Kind.THROTTLED, 429, null);
  }

  /**
   * Answers 403 as the service does when a permission is missing: ARM's {@code AuthorizationFailed}
   * naming the action and scope, Graph's {@code Authorization_RequestDenied}.
   */
  public static Fault forbidden() {
    return of(Kind.FORBIDDEN, 403, null);
  }

  /** Answers 404 as the service does for a resource that does not exist. */
  public static Fault notFound() {
    return of(Kind.NOT_FOUND, 404, null);
  }

  /** Answers normally, {@code delay} later (on top of the server's latency). */
  public static Fault delay(Duration delay) {
    requireNotNegative(delay, "delay");
    return of(Kind.DELAY, 0, delay);
  }

  /** Closes the connection without sending any answer. */
  public static Fault connectionReset() {
    return of(Kind.CONNECTION_RESET, 0, null);
  }

  /** Answers 200 with the normal body cut in half: a complete HTTP answer, incomplete JSON. */
  public static Fault truncatedBody() {
    return of(Kind.TRUNCATED_BODY, 0, null);
  }

  /** Answers 200 with a body that is not valid JSON. */
  public static Fault malformedBody() {
    return of(Kind.MALFORMED_BODY, 0, null);
  }

  /**
   * Makes a list page point to itself: ARM's {@code nextLink}, Graph's {@code @odata.nextLink} or
   * Resource Graph's {@code $skipToken} repeats the request's own position forever, as a buggy
   * service would. A client must notice the loop.
   */
  public static Fault endlessPaging() {
    return of(Kind.ENDLESS_PAGING, 0, null);
  }

  /**
   * Answers normally, but spells every item's {@code id} without its leading {@code /} ({@code
   * subscriptions/.../diagnosticSettings/x}), as some Azure APIs do. The item still belongs where
   * it was listed; a client must not lose it.
   */
  public static Fault idsWithoutLeadingSlash() {
    return of(Kind.IDS_WITHOUT_LEADING_SLASH, 0, null);
  }

  /**
   * Answers normally, but every item's {@code id} names the subscription {@link
   * #ANOTHER_SUBSCRIPTION} instead of its own: an id that does not say where the item was listed.
   */
  public static Fault idsInAnotherSubscription() {
    return of(Kind.IDS_IN_ANOTHER_SUBSCRIPTION, 0, null);
  }

  /**
   * Answers normally, but without any item's {@code id} and {@code name}: items nobody can place.
   */
  public static Fault itemsWithoutId() {
    return of(Kind.ITEMS_WITHOUT_ID, 0, null);
  }

  /** Selects only requests to {@code service}. */
  public Fault on(AzureService service) {
    Objects.requireNonNull(service, "'service' cannot be null.");
    return new Fault(kind, status, duration, service, path, scope, type, resource, times, fraction);
  }

  /**
   * Selects only requests whose decoded path contains a match of {@code regex}, ignoring case.
   *
   * @throws java.util.regex.PatternSyntaxException when {@code regex} is not a valid pattern
   */
  public Fault onPath(String regex) {
    Objects.requireNonNull(regex, "'regex' cannot be null.");
    Pattern compiled = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    return new Fault(
        kind, status, duration, service, compiled, scope, type, resource, times, fraction);
  }

  /** Selects only requests about {@code scope} or anything below it. */
  public Fault onScope(String scope) {
    ResourceId parsed = ResourceId.parse(Objects.requireNonNull(scope, "'scope' cannot be null."));
    return new Fault(
        kind, status, duration, service, path, parsed, type, resource, times, fraction);
  }

  /** Selects only requests that read, list or query resources of {@code type}. */
  public Fault onType(String type) {
    ResourceType parsed = ResourceType.of(Objects.requireNonNull(type, "'type' cannot be null."));
    return new Fault(
        kind, status, duration, service, path, scope, parsed, resource, times, fraction);
  }

  /** Selects only {@code GET} requests for exactly the resource {@code id}. */
  public Fault onResource(String id) {
    ResourceId parsed = ResourceId.parse(Objects.requireNonNull(id, "'id' cannot be null."));
    return new Fault(kind, status, duration, service, path, scope, type, parsed, times, fraction);
  }

  /**
   * Applies the fault to the first {@code count} selected requests only; later ones are answered
   * normally. A 429 storm of five requests is {@code throttled(...).times(5)}.
   *
   * @throws IllegalArgumentException when {@code count} is less than 1
   */
  public Fault times(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("'count' must be at least 1, not " + count + ".");
    }
    return new Fault(kind, status, duration, service, path, scope, type, resource, count, fraction);
  }

  /**
   * Applies the fault to a share of the selected requests, drawn from a generator seeded by the
   * server's {@linkplain FakeAzure.Builder#seed(long) seed}.
   *
   * @throws IllegalArgumentException when {@code share} is not in (0, 1]
   */
  public Fault fraction(double share) {
    if (!(share > 0.0 && share <= 1.0)) {
      throw new IllegalArgumentException("'share' must be in (0, 1], not " + share + ".");
    }
    return new Fault(kind, status, duration, service, path, scope, type, resource, times, share);
  }

  private static void requireNotNegative(Duration duration, String name) {
    Objects.requireNonNull(duration, "'" + name + "' cannot be null.");
    if (duration.isNegative()) {
      throw new IllegalArgumentException("'" + name + "' cannot be negative: " + duration + ".");
    }
  }

  Kind kind() {
    return kind;
  }

  int status() {
    return status;
  }

  /** The delay, or the {@code Retry-After} of a throttling fault ({@code null} for none). */
  Duration duration() {
    return duration;
  }

  int times() {
    return times;
  }

  double share() {
    return fraction;
  }

  /** True when {@code call}, made by a request with {@code path}, is selected. */
  boolean selects(Call call, String requestPath) {
    return (service == null || service == call.service())
        && (path == null || path.matcher(requestPath).find())
        && (scope == null || call.scopes().stream().anyMatch(this::inScope))
        && (type == null || call.types().contains(type))
        && (resource == null || resource.equals(call.resource()));
  }

  private boolean inScope(ResourceId id) {
    return id.ancestry().contains(scope);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(kind.name().toLowerCase(Locale.ROOT));
    if (status != 0) {
      text.append(' ').append(status);
    }
    if (duration != null) {
      text.append(' ').append(duration);
    }
    if (service != null) {
      text.append(" on ").append(service);
    }
    if (path != null) {
      text.append(" on path ~ ").append(path.pattern());
    }
    if (scope != null) {
      text.append(" in scope ").append(scope);
    }
    if (type != null) {
      text.append(" for type ").append(type);
    }
    if (resource != null) {
      text.append(" for resource ").append(resource);
    }
    if (times > 0) {
      text.append(", first ").append(times).append(" times");
    }
    if (fraction < 1.0) {
      text.append(", share ").append(fraction);
    }
    return text.toString();
  }
}
