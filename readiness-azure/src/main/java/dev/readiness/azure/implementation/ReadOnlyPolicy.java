package dev.readiness.azure.implementation;

import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpPipelineCallContext;
import com.azure.core.http.HttpPipelineNextPolicy;
import com.azure.core.http.HttpPipelineNextSyncPolicy;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.http.policy.HttpPipelinePolicy;
import java.util.Locale;
import java.util.Set;
import reactor.core.publisher.Mono;

/**
 * Refuses every request that could change a tenant or reveal a secret: anything but GET, except a
 * POST to the Resource Graph query endpoint; and any action such as {@code listKeys}, whatever its
 * method. The refusal happens before the request leaves the process.
 */
public final class ReadOnlyPolicy implements HttpPipelinePolicy {
  /** The one path a POST may go to: a Resource Graph query reads, it does not write. */
  static final String RESOURCE_GRAPH_PATH = "/providers/microsoft.resourcegraph/resources";

  /** Actions that return secrets; refused even if a server accepted them over GET. */
  private static final Set<String> SECRET_ACTIONS =
      Set.of(
          "listkeys",
          "listsecrets",
          "listconnectionstrings",
          "listcredentials",
          "listcredential",
          "listaccountsas",
          "listservicesas",
          "listadminkeys",
          "listquerykeys",
          "listauthkeys",
          "listpublishingcredentials",
          "regeneratekey");

  @Override
  public Mono<HttpResponse> process(HttpPipelineCallContext context, HttpPipelineNextPolicy next) {
    try {
      check(context.getHttpRequest());
    } catch (ReadOnlyViolationException refused) {
      return Mono.error(refused);
    }
    return next.process();
  }

  @Override
  public HttpResponse processSync(
      HttpPipelineCallContext context, HttpPipelineNextSyncPolicy next) {
    check(context.getHttpRequest());
    return next.processSync();
  }

  /**
   * Throws when {@code request} is not a read.
   *
   * @throws ReadOnlyViolationException naming the method and path that was refused
   */
  public static void check(HttpRequest request) {
    String path = request.getUrl().getPath().toLowerCase(Locale.ROOT);
    String method = request.getHttpMethod().name();
    String lastSegment = path.substring(path.lastIndexOf('/') + 1);
    if (SECRET_ACTIONS.contains(lastSegment)) {
      throw new ReadOnlyViolationException(method, request.getUrl().getPath());
    }
    boolean read = request.getHttpMethod() == HttpMethod.GET;
    boolean resourceGraphQuery =
        request.getHttpMethod() == HttpMethod.POST && path.equals(RESOURCE_GRAPH_PATH);
    if (!read && !resourceGraphQuery) {
      throw new ReadOnlyViolationException(method, request.getUrl().getPath());
    }
  }
}
