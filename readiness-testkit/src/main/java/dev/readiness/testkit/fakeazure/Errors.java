package dev.readiness.testkit.fakeazure;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Error answers in each service's own style: ARM and Resource Graph {@code
 * {"error":{"code","message"}}}, Graph with its codes and {@code innerError}, Key Vault with its
 * codes.
 */
final class Errors {
  private Errors() {}

  static Response error(int status, String code, String message) {
    ObjectNode body = Response.object();
    ObjectNode error = body.putObject("error");
    error.put("code", code);
    error.put("message", message);
    return Response.json(status, body);
  }

  static Response.Refusal refuse(int status, String code, String message) {
    return new Response.Refusal(error(status, code, message));
  }

  static Response unauthenticated(AzureService service) {
    return switch (service) {
      case GRAPH -> error(401, "InvalidAuthenticationToken", "Access token is empty.");
      case KEY_VAULT ->
          error(401, "Unauthorized", "Request is missing a Bearer or PoP token.")
              .header(
                  "WWW-Authenticate",
                  "Bearer authorization=\"https://login.microsoftonline.com/common\","
                      + " resource=\"https://vault.azure.net\"");
      default ->
          error(
              401,
              "AuthenticationFailed",
              "Authentication failed. The 'Authorization' header is missing.");
    };
  }

  static Response forbidden(AzureService service, String permission, String scope) {
    return switch (service) {
      case GRAPH -> {
        Response response =
            error(
                403,
                "Authorization_RequestDenied",
                "Insufficient privileges to complete the operation.");
        ((ObjectNode) response.json().get("error"))
            .putObject("innerError")
            .put("request-id", "00000000-0000-0000-0000-000000000000");
        yield response;
      }
      case KEY_VAULT ->
          error(
              403,
              "Forbidden",
              "Caller is not authorized to perform action on resource. Action: '"
                  + permission
                  + "', resource: '"
                  + scope
                  + "'.");
      default ->
          error(
              403,
              "AuthorizationFailed",
              "The client '00000000-0000-0000-0000-000000000000' with object id"
                  + " '00000000-0000-0000-0000-000000000000' does not have authorization to"
                  + " perform action '"
                  + permission
                  + "' over scope '"
                  + scope
                  + "' or the scope is invalid. If access was recently granted, please refresh"
                  + " your credentials.");
    };
  }

  static Response notFound(AzureService service, String what) {
    return switch (service) {
      case GRAPH ->
          error(404, "Request_ResourceNotFound", "Resource '" + what + "' does not exist.");
      case KEY_VAULT -> error(404, "KeyNotFound", "A key with name '" + what + "' was not found.");
      default -> error(404, "ResourceNotFound", "The Resource '" + what + "' was not found.");
    };
  }

  static Response serverError(AzureService service, int status) {
    String code =
        switch (status) {
          case 502 -> "BadGateway";
          case 503 -> "ServiceUnavailable";
          case 504 -> "GatewayTimeout";
          default -> service == AzureService.GRAPH ? "generalException" : "InternalServerError";
        };
    return error(status, code, "The service failed to answer (HTTP " + status + ").");
  }

  static Response failed(AzureService service, int status, String what) {
    if (status == 404) {
      return notFound(service, what);
    }
    if (status == 429) {
      return throttled(service);
    }
    if (status >= 500) {
      return serverError(service, status);
    }
    return error(status, "BadRequest", "The request for '" + what + "' failed.");
  }

  static Response throttled(AzureService service) {
    return switch (service) {
      case GRAPH ->
          error(429, "TooManyRequests", "Too many requests. Please wait before retrying.");
      case RESOURCE_GRAPH ->
          error(
              429,
              "RateLimiting",
              "Please provide below info when asking for support: the client has exceeded its"
                  + " Resource Graph query quota.");
      default ->
          error(
              429,
              "SubscriptionRequestsThrottled",
              "Number of 'read' requests exceeded. Please try again after additional tokens"
                  + " are available.");
    };
  }
}
