package dev.readiness.testkit.fakeazure;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The path every request takes on one endpoint: authentication, routing, throttling, injected
 * faults, the snapshot's coverage, the normal answer; then latency, the request log, and sending.
 */
final class Dispatcher implements HttpHandler {
  private static final String REMAINING_SUBSCRIPTION_READS =
      "x-ms-ratelimit-remaining-subscription-reads";
  private static final String REMAINING_TENANT_READS = "x-ms-ratelimit-remaining-tenant-reads";

  /** How an answer's body is damaged on purpose. */
  private enum Damage {
    NONE,
    TRUNCATED,
    MALFORMED
  }

  /** What to do with a request: answer (or drop the connection, when response is null). */
  private record Outcome(AzureService service, Response response, long delayNanos, Damage damage) {}

  private final ServiceApi api;
  private final Settings settings;
  private final ServedSnapshot served;
  private final List<ActiveFault> faults;
  private final TokenBuckets buckets;
  private final UserQuota quota;
  private final RequestLog log;
  private final ScheduledExecutorService scheduler;
  private final URI base;

  Dispatcher(
      ServiceApi api,
      Settings settings,
      ServedSnapshot served,
      List<ActiveFault> faults,
      TokenBuckets buckets,
      UserQuota quota,
      RequestLog log,
      ScheduledExecutorService scheduler,
      URI base) {
    this.api = api;
    this.settings = settings;
    this.served = served;
    this.faults = faults;
    this.buckets = buckets;
    this.quota = quota;
    this.log = log;
    this.scheduler = scheduler;
    this.base = base;
  }

  @Override
  public void handle(HttpExchange exchange) {
    byte[] body;
    try {
      body = exchange.getRequestBody().readAllBytes();
    } catch (IOException clientGone) {
      exchange.close();
      return;
    }
    Request request =
        new Request(
            exchange.getRequestMethod(),
            exchange.getRequestURI(),
            body,
            bearerToken(exchange.getRequestHeaders().getFirst("Authorization")),
            base);
    Outcome outcome;
    try {
      outcome = decide(request);
    } catch (RuntimeException bug) {
      outcome =
          new Outcome(
              api.service(request),
              Errors.error(500, "InternalServerError", "The fake server failed: " + bug),
              settings.latency().toNanos(),
              Damage.NONE);
    }
    deliver(exchange, request, outcome);
  }

  private static String bearerToken(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    String token = authorization.substring(7).strip();
    return token.isEmpty() ? null : token;
  }

  private Outcome decide(Request request) {
    AzureService service = api.service(request);
    long delay = settings.latency().toNanos();
    if (settings.requireBearerToken() && request.bearerToken() == null) {
      return new Outcome(service, Errors.unauthenticated(service), delay, Damage.NONE);
    }
    Route route;
    try {
      route = api.route(request);
    } catch (Response.Refusal refusal) {
      return new Outcome(service, refusal.response(), delay, Damage.NONE);
    }
    Call call = route.call();
    Map<String, String> throttleHeaders = new LinkedHashMap<>();
    Response throttled = throttle(call, request, throttleHeaders);
    FaultChoice choice = throttled == null ? chooseFault(call, request) : FaultChoice.NONE;
    Fault decisive = choice.decisive();
    delay += choice.delayNanos();
    if (decisive != null && decisive.kind() == Fault.Kind.CONNECTION_RESET) {
      return new Outcome(service, null, delay, Damage.NONE);
    }
    Response response = throttled != null ? throttled : faultAnswer(decisive, call);
    Damage damage = Damage.NONE;
    if (response == null) {
      response = served.refusal(call).orElseGet(route.answer());
      if (decisive != null && response.status() == 200) {
        switch (decisive.kind()) {
          case TRUNCATED_BODY -> damage = Damage.TRUNCATED;
          case MALFORMED_BODY -> damage = Damage.MALFORMED;
          case ENDLESS_PAGING -> {
            if (route.linkField() != null) {
              response.json().put(route.linkField(), route.selfLink());
            }
          }
          case IDS_WITHOUT_LEADING_SLASH, IDS_IN_ANOTHER_SUBSCRIPTION, ITEMS_WITHOUT_ID ->
              ItemQuirks.apply(decisive.kind(), response.json());
          default -> {}
        }
      }
    }
    if (settings.nullNextLinks()
        && response.status() == 200
        && route.linkField() != null
        && !response.json().has(route.linkField())) {
      response.json().putNull(route.linkField());
    }
    throttleHeaders.forEach(response::header);
    return new Outcome(call.service(), response, delay, damage);
  }

  /** The faults that apply to a request: delays added up, and the first other fault, if any. */
  private record FaultChoice(Fault decisive, long delayNanos) {
    static final FaultChoice NONE = new FaultChoice(null, 0);
  }

  private FaultChoice chooseFault(Call call, Request request) {
    long delay = 0;
    for (ActiveFault active : faults) {
      if (active.fault().selects(call, request.path()) && active.applies()) {
        if (active.fault().kind() != Fault.Kind.DELAY) {
          return new FaultChoice(active.fault(), delay);
        }
        delay += active.fault().duration().toNanos();
      }
    }
    return new FaultChoice(null, delay);
  }

  /**
   * Takes the request's share of ARM's per-subscription token bucket or of Resource Graph's
   * per-user quota, records the headers that report what is left, and returns the 429 answer when
   * nothing was left.
   */
  private Response throttle(Call call, Request request, Map<String, String> headers) {
    if (call.service() == AzureService.ARM && buckets != null) {
      Optional<String> subscription = call.scopes().get(0).subscriptionId();
      long left = buckets.take(subscription.map(s -> s.toLowerCase(Locale.ROOT)).orElse("/"));
      headers.put(
          subscription.isPresent() ? REMAINING_SUBSCRIPTION_READS : REMAINING_TENANT_READS,
          String.valueOf(Math.max(0, left)));
      return left >= 0
          ? null
          : Errors.throttled(AzureService.ARM).header("Retry-After", String.valueOf(-left));
    }
    if (call.service() == AzureService.RESOURCE_GRAPH && quota != null) {
      String user =
          request.bearerToken() == null
              ? "anonymous"
              : Integer.toHexString(request.bearerToken().hashCode());
      UserQuota.Decision decision = quota.take(user);
      headers.put("x-ms-user-quota-remaining", String.valueOf(decision.remaining()));
      headers.put("x-ms-user-quota-resets-after", decision.resetsAfterText());
      return decision.allowed()
          ? null
          : Errors.throttled(AzureService.RESOURCE_GRAPH)
              .header("Retry-After", String.valueOf(seconds(decision.resetsAfter())));
    }
    return null;
  }

  /** The answer a fault gives instead of the normal one, or null when it only alters it. */
  private static Response faultAnswer(Fault fault, Call call) {
    if (fault == null) {
      return null;
    }
    String scope = call.scopes().isEmpty() ? "/" : call.scopes().get(0).toString();
    String permission = call.types().isEmpty() ? "*/read" : call.types().get(0) + "/read";
    return switch (fault.kind()) {
      case STATUS -> Errors.serverError(call.service(), fault.status());
      case THROTTLED -> {
        Response response = Errors.throttled(call.service());
        if (fault.duration() != null) {
          response.header("Retry-After", String.valueOf(seconds(fault.duration())));
        }
        yield response;
      }
      case FORBIDDEN -> Errors.forbidden(call.service(), permission, scope);
      case NOT_FOUND ->
          Errors.notFound(
              call.service(), call.resource() == null ? scope : call.resource().toString());
      default -> null;
    };
  }

  private static long seconds(Duration duration) {
    return (duration.toNanos() + 999_999_999L) / 1_000_000_000L;
  }

  private void deliver(HttpExchange exchange, Request request, Outcome outcome) {
    Runnable send = () -> send(exchange, request, outcome);
    if (outcome.delayNanos() <= 0) {
      send.run();
      return;
    }
    try {
      scheduler.schedule(send, outcome.delayNanos(), TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException closing) {
      exchange.close();
    }
  }

  private void send(HttpExchange exchange, Request request, Outcome outcome) {
    Response response = outcome.response();
    // Logged before the answer leaves, so a client that has its answer also finds it in the log.
    log.add(
        outcome.service(),
        request.method(),
        request.path(),
        request.rawQuery(),
        exchange.getRequestHeaders(),
        new String(request.body(), StandardCharsets.UTF_8),
        response == null ? 0 : response.status());
    if (response == null) {
      exchange.close(); // no status line at all: the client sees the connection drop
      return;
    }
    try (OutputStream out = exchange.getResponseBody()) {
      byte[] bytes = damaged(response.body(), outcome.damage());
      exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
      response.headers().forEach(exchange.getResponseHeaders()::set);
      exchange.sendResponseHeaders(response.status(), bytes.length == 0 ? -1 : bytes.length);
      out.write(bytes);
    } catch (IOException clientGone) {
      // the client closed the connection first; nothing left to answer
    } finally {
      exchange.close();
    }
  }

  private static byte[] damaged(byte[] body, Damage damage) {
    return switch (damage) {
      case NONE -> body;
      case TRUNCATED -> Arrays.copyOf(body, body.length / 2);
      case MALFORMED -> {
        byte[] broken = new byte[body.length + 1];
        broken[0] = '{'; // "{{" cannot start a JSON document
        System.arraycopy(body, 0, broken, 1, body.length);
        yield broken;
      }
    };
  }
}
