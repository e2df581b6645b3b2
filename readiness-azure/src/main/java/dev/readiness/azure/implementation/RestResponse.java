package dev.readiness.azure.implementation;

/**
 * The final outcome of one call after retries.
 *
 * @param status the HTTP status, or 0 when no response arrived (timeout, connection reset)
 * @param body the response body, or {@code ""}
 * @param request the call as {@code METHOD path}, for coverage records and logs
 * @param failure why no usable response arrived, or {@code null}
 */
public record RestResponse(int status, String body, String request, String failure) {
  /** True for 2xx. */
  public boolean isSuccess() {
    return status >= 200 && status < 300;
  }
}
