package dev.readiness.testkit.fakeazure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Pages of a list served as ARM and Microsoft Graph serve them: {@code value} plus an absolute next
 * link (ARM's {@code nextLink}, Graph's {@code @odata.nextLink}) that carries a {@code $skiptoken}
 * and every other query parameter of the request.
 */
final class Pages {
  static final String SKIP_TOKEN = "$skiptoken";

  private Pages() {}

  /**
   * Routes a paged list: {@code items} are cut into pages of {@code pageSize} at the position the
   * request's {@code $skiptoken} names.
   */
  static <T> Route route(
      Request request,
      Call call,
      List<T> items,
      Function<T, JsonNode> json,
      int pageSize,
      String linkField,
      ObjectNode header) {
    String listKey = request.path().toLowerCase(Locale.ROOT);
    int offset = PageToken.decode(request.parameter(SKIP_TOKEN), listKey, call.service());
    String selfLink = request.linkWith(SKIP_TOKEN, PageToken.encode(listKey, offset));
    return new Route(
        call,
        () -> {
          ObjectNode body = header == null ? Response.object() : header.deepCopy();
          ArrayNode value = body.putArray("value");
          int end = Math.min(items.size(), offset + pageSize);
          for (int i = offset; i < end; i++) {
            value.add(json.apply(items.get(i)));
          }
          if (end < items.size()) {
            body.put(linkField, request.linkWith(SKIP_TOKEN, PageToken.encode(listKey, end)));
          }
          return Response.ok(body);
        },
        linkField,
        selfLink);
  }
}
