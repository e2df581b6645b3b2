package dev.readiness.testkit.fakeazure;

/** One served API: turns a request into a route, or refuses it. */
interface ServiceApi {
  /** The service a request to this API belongs to, before it is routed. */
  AzureService service(Request request);

  /**
   * Routes {@code request}.
   *
   * @throws Response.Refusal when the request is malformed or asks for something not served
   */
  Route route(Request request);
}
