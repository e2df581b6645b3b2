package dev.readiness.testkit.fakeazure;

import java.util.function.Supplier;

/**
 * Where a request was routed: what it asks for, how to answer it normally, and for lists the
 * continuation field and the link that would repeat the current page (for endless paging).
 *
 * @param call what the request reads
 * @param answer the normal answer, made only when neither a fault nor coverage decides otherwise
 * @param linkField the field of the answer that carries the continuation, or {@code null}
 * @param selfLink the continuation value that leads back to this very page, or {@code null}
 */
record Route(Call call, Supplier<Response> answer, String linkField, String selfLink) {
  static Route single(Call call, Supplier<Response> answer) {
    return new Route(call, answer, null, null);
  }
}
